# Shared by the bench/ scripts: sourced, not run.
# Builds the test classes and writes the test classpath to target/cp.txt (offline Maven).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"

bench_classpath() {
  (cd "$ROOT" && mvn -q -o test-compile \
    && mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null)
  TEST_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/cp.txt")"
  export TEST_CP
}

#!/usr/bin/env bash
# Runs the JMH benchmarks of src/test/java/io/github/vnnews/bench.
#   bench/jmh.sh RepairBenchmark                 # short run: 1 fork, 3x1s warm-up, 5x1s measured
#   bench/jmh.sh RepairBenchmark -f 3 -i 10      # any JMH options after the name
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  echo "usage: bench/jmh.sh BENCHMARK_REGEX [JMH options]" >&2
  exit 2
fi
pattern=$1
shift
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 3 -i 5 -w 1 -r 1
fi
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" \
  org.openjdk.jmh.Main "$pattern" "$@"

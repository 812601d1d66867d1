#!/usr/bin/env bash
# bench/jmh.sh NAME [jmh args]: runs the JMH benchmarks whose name matches NAME, e.g.
#   bench/jmh.sh SplitBenchmark -f 1 -wi 3 -i 5
#   bench/jmh.sh 'JsonWriteBenchmark|ClassifyBenchmark' -prof gc
# The benchmarks live in src/test/java/io/github/vnnews/bench.
source "$(dirname "$0")/lib.sh"
if [ $# -lt 1 ]; then
  echo "usage: bench/jmh.sh NAME [jmh args]" >&2
  exit 2
fi
bench_classpath
cd "$ROOT"
exec java -cp "$TEST_CP" -Dvnnews.shared="$ROOT/../shared" -Dvnnews.basedir="$ROOT" \
  org.openjdk.jmh.Main "$@"

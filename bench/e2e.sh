#!/usr/bin/env bash
# bench/e2e.sh SIZE [--threads "1 2"] [--repeat N] [--no-floor] [--no-peers] [--jfr]
#
# End-to-end benchmark: generates (once) a realistic corpus of SIZE text bytes (e.g. 1g, 500m)
# under ${VNNEWS_BENCH_DIR:-/tmp/vnnews-bench}/SIZE, then, in the same run on the same machine:
#   - the read-and-write floor (FloorBenchmark: same bytes, same number of JSON Lines records,
#     Jackson, no processing),
#   - vnnews ingest (target/vnnews.jar, -Xmx512m) for each thread count,
#   - the peers on the corpus's sample articles (bench/peers.sh), unless --no-peers,
# and reports wall time, MB/s, articles/s, CPU time, peak RSS (/usr/bin/time -v), GC pauses
# (-Xlog:gc) and the ratio to the floor. Logs go to $DIR/runs/. Outputs go to /tmp and are deleted.
# VNNEWS_JAR=path/to/vnnews.jar measures another build (default: target/vnnews.jar, built here).
source "$(dirname "$0")/lib.sh"

if [ $# -lt 1 ]; then
  echo "usage: bench/e2e.sh SIZE [--threads \"1 2\"] [--repeat N] [--no-floor] [--no-peers] [--jfr]" >&2
  exit 2
fi
SIZE="$1"; shift
THREADS="1 2"
REPEAT=1
FLOOR=1
PEERS=1
JFR=0
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) THREADS="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --no-floor) FLOOR=0; shift ;;
    --no-peers) PEERS=0; shift ;;
    --jfr) JFR=1; shift ;;
    *) echo "e2e: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "e2e: /usr/bin/time (GNU time, for peak RSS) is missing: installing it with apt-get (package 'time')" >&2
  apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
fi

DIR="${VNNEWS_BENCH_DIR:-/tmp/vnnews-bench}/$SIZE"
(cd "$ROOT" && mvn -q -o package -DskipTests)
JAR="${VNNEWS_JAR:-$ROOT/target/vnnews.jar}"
bench_classpath
if [ ! -f "$DIR/manifest.properties" ]; then
  echo "e2e: generating a $SIZE corpus in $DIR" >&2
  "$BENCH_DIR/generate" --size "$SIZE" --out "$DIR"
fi
prop() { grep "^$1=" "$DIR/manifest.properties" | cut -d= -f2; }
ARTICLES=$(prop articles)
TEXT=$(prop textBytes)
DISK=$(prop diskBytes)
RUNS="$DIR/runs/$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$RUNS"
OUT="${TMPDIR:-/tmp}/vnnews-e2e-$$.jsonl"
trap 'rm -f "$OUT"' EXIT

echo "e2e: corpus $DIR/corpus: $(prop files) files, $ARTICLES articles, $TEXT text bytes ($DISK on disk)"
echo "e2e: jar $JAR"
echo "e2e: machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(java -version 2>&1 | head -1)"
# warm the page cache so that every run reads from memory alike
find "$DIR/corpus" -type f -exec cat {} + > /dev/null

secs() { # h:mm:ss or m:ss.ss -> seconds
  awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<< "$1"
}
report() { # NAME LOGPREFIX ARTICLES
  local name="$1" log="$2" arts="$3"
  local wall rss user sys gcn gcms
  wall=$(secs "$(grep 'Elapsed (wall clock)' "$log.time" | awk '{print $NF}')")
  rss=$(grep 'Maximum resident set size' "$log.time" | awk '{print $NF}')
  user=$(grep 'User time' "$log.time" | awk '{print $NF}')
  sys=$(grep 'System time' "$log.time" | awk '{print $NF}')
  if [ -f "$log.gc" ]; then
    gcn=$(grep -c 'Pause' "$log.gc" || true)
    gcms=$(grep 'Pause' "$log.gc" | grep -o '[0-9.]*ms$' | tr -d 'ms' | awk '{s += $1} END {printf "%.0f", s}')
  else
    gcn="-"; gcms="-"
  fi
  awk -v n="$name" -v w="$wall" -v t="$TEXT" -v a="$arts" -v u="$user" -v s="$sys" -v r="$rss" \
      -v gn="$gcn" -v gm="$gcms" -v fl="${FLOOR_WALL:-0}" 'BEGIN {
    ratio = fl > 0 ? sprintf("%.2f", w / fl) : "-";
    printf "%-22s %8.2f s %8.1f MB/s %9.0f art/s  cpu %7.2f s  rss %6.0f MB  gc %4s pauses %6s ms  x floor %s\n",
      n, w, t / 1e6 / w, a / w, u + s, r / 1024, gn, gm, ratio }' | tee -a "$RUNS/summary.txt"
}

echo "e2e: results (MB/s = text bytes / wall time, JVM start-up included; -Xmx512m everywhere)" | tee "$RUNS/summary.txt"
for ((rep = 1; rep <= REPEAT; rep++)); do
  if [ "$FLOOR" = 1 ]; then
    log="$RUNS/floor-$rep"
    /usr/bin/time -v -o "$log.time" java -Xmx512m -Xlog:gc:file="$log.gc" -cp "$TEST_CP" \
      io.github.vnnews.bench.FloorBenchmark --records "$ARTICLES" --text-bytes "$TEXT" -o "$OUT" "$DIR/corpus" 2> "$log.err"
    FLOOR_WALL=$(secs "$(grep 'Elapsed (wall clock)' "$log.time" | awk '{print $NF}')")
    report "floor (read+write)" "$log" "$ARTICLES"
    rm -f "$OUT"
  fi
  for t in $THREADS; do
    log="$RUNS/vnnews-t$t-$rep"
    jfr=()
    if [ "$JFR" = 1 ]; then
      jfr=(-XX:StartFlightRecording=filename="$log.jfr",settings=profile)
    fi
    /usr/bin/time -v -o "$log.time" java -Xmx512m -Xlog:gc:file="$log.gc" "${jfr[@]}" -jar "$JAR" \
      ingest --threads "$t" "$DIR/corpus" -o "$OUT" 2> "$log.err"
    got=$(grep -o 'vnnews: [0-9]* articles' "$log.err" | awk '{print $2}')
    report "vnnews --threads $t" "$log" "${got:-0}"
    rm -f "$OUT"
  done
done
echo "e2e: load average $(cut -d' ' -f1-3 /proc/loadavg) at end; logs in $RUNS"

if [ "$PEERS" = 1 ]; then
  "$BENCH_DIR/peers.sh" "$DIR/sample.txt" | tee -a "$RUNS/summary.txt"
fi

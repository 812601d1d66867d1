#!/usr/bin/env bash
# bench/peers.sh SAMPLE.txt: articles/s of vnnews and of its peers on the same plain-text articles
# (a generated corpus's sample.txt, #####-delimited; bench/generate writes one), in one run:
#   vnnews (in-process, 1 and 2 threads, JSON encoding included),
#   Readability4J and boilerpipe (bench/peers-jvm, in-process on the JVM),
#   Mozilla Readability on jsdom (bench/peers-node; npm install there on first use).
# Peers see each article as an HTML page, one <p> per line. Each program makes its inputs before
# its clock starts, warms up (3 s; Node: 200 articles), then times passes (>= 3 s; Node: one); CPU seconds are reported next to wall seconds
# because the machine may be shared.
source "$(dirname "$0")/lib.sh"
SAMPLE="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
bench_classpath
(cd "$BENCH_DIR/peers-jvm" && mvn -q -o package dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null)
PEER_CP="$BENCH_DIR/peers-jvm/target/classes:$(cat "$BENCH_DIR/peers-jvm/target/cp.txt")"
if [ ! -d "$BENCH_DIR/peers-node/node_modules" ]; then
  (cd "$BENCH_DIR/peers-node" && npm install --no-audit --no-fund --silent)
fi
RES="$(mktemp)"
trap 'rm -f "$RES"' EXIT
{
  java -Xmx512m -cp "$TEST_CP" io.github.vnnews.bench.SampleThroughput "$SAMPLE" 1
  java -Xmx512m -cp "$TEST_CP" io.github.vnnews.bench.SampleThroughput "$SAMPLE" 2
  java -Xmx512m -cp "$PEER_CP" bench.peers.PeerSpeed readability4j "$SAMPLE" 2>/dev/null
  java -Xmx512m -cp "$PEER_CP" bench.peers.PeerSpeed boilerpipe "$SAMPLE" 2>/dev/null
  (cd "$BENCH_DIR/peers-node" && node speed.js "$SAMPLE")
} > "$RES"
echo "peers: the same $(( $(grep -c '^#####$' "$SAMPLE") + 1 )) articles ($SAMPLE), timed passes over them; load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
  { name[NR] = $1; n[NR] = $2; s[NR] = $3; aps[NR] = $4; cpu[NR] = $5; apc[NR] = $6 }
  $1 ~ /^vnnews-t1/ { v = $4; vc = $6 }
  $1 !~ /^vnnews/ { if ($4 > best) { best = $4; bn = $1 }; if ($6 > bestc) { bestc = $6; bcn = $1 } }
  END {
    printf "%-20s %9s %9s %12s %9s %14s\n", "program", "articles", "wall s", "articles/s", "cpu s", "articles/cpu-s"
    for (i = 1; i <= NR; i++) printf "%-20s %9d %9.3f %12.1f %9.3f %14.1f\n", name[i], n[i], s[i], aps[i], cpu[i], apc[i]
    printf "vnnews (1 thread) / fastest peer (%s): %.1fx in articles/s; %.1fx in articles per CPU-second (%s)\n", bn, v / best, vc / bestc, bcn
  }' "$RES"

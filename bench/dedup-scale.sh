#!/usr/bin/env bash
# bench/dedup-scale.sh GEN_DIR N_FILES OUT_DIR
# One `ingest --dedup mark` of the first N_FILES files (10,000 articles each) of a corpus made by
# bench/dedup-generate (GEN_DIR/corpus, GEN_DIR/truth.tsv), at -Xmx512m under `nice -n 10`
# (the machine is shared): CPU, wall and peak RSS from /usr/bin/time (OUT_DIR/time.txt:
# user sys wall maxRSS-KB), the peak size of the spill directory sampled every 5 s
# (OUT_DIR/disk.txt), the output's size, then bench/dedup-check.py: the injected copies found in
# their original's cluster, articles put in another story's cluster, originals not canonical.
# Scale series: N_FILES 3, 10, 30, 100 (30 k to 1 M articles).
set -u
GEN="$1"; N="$2"; D="$3"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${VNNEWS_JAR:-$ROOT/target/vnnews.jar}"
mkdir -p "$D/corpus" "$D/tmp"
# hard links: the CLI does not follow symbolic links out of a directory
ls "$GEN/corpus" | sort | head -n "$N" | while read -r f; do ln -f "$GEN/corpus/$f" "$D/corpus/$f"; done
rm -f "$D/done"
( peak=0; while [ ! -f "$D/done" ]; do s=$(du -sb "$D/tmp" 2>/dev/null | cut -f1); [ "${s:-0}" -gt "$peak" ] && peak=$s
  echo "$(date +%T) tmp=$s peak=$peak" > "$D/disk.txt"; sleep 5; done ) &
MON=$!
echo "start $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" > "$D/log.txt"
nice -n 10 /usr/bin/time -f '%U %S %e %M' -o "$D/time.txt" java -Xmx512m -jar "$JAR" ingest --threads 2 \
  --dedup mark --temp-dir "$D/tmp" -o "$D/out.jsonl" "$D/corpus" >> "$D/log.txt" 2>&1
echo "status $? end $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$D/log.txt"
touch "$D/done"; wait $MON
cat "$D/disk.txt" "$D/time.txt" >> "$D/log.txt"
ls -l "$D/out.jsonl" >> "$D/log.txt"
nice -n 10 python3 "$ROOT/bench/dedup-check.py" "$GEN/truth.tsv" "$D/out.jsonl" $(ls "$D/corpus") >> "$D/log.txt" 2>&1
cat "$D/log.txt"

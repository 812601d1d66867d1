#!/usr/bin/env bash
# bench/dedup.sh CORPUS_DIR OUT_DIR [RUNS] [THREADS]
# Paired runs of `ingest` on one corpus: --dedup off and --dedup mark alternately (off first,
# then mark, RUNS times; default 3), the CLI at -Xmx512m. For each run: wall seconds, CPU seconds
# (user + sys) and peak RSS from /usr/bin/time; then the median of the per-pair ratios mark / off,
# which a shared machine's load moves less than the times themselves. When CORPUS_DIR/../truth.tsv
# exists (bench/dedup-generate), also the share of injected copies found in their original's
# cluster. Writes OUT_DIR/off.jsonl, OUT_DIR/mark.jsonl and OUT_DIR/runs.tsv.
source "$(dirname "$0")/lib.sh"
CORPUS="$1"; OUT="$2"; RUNS="${3:-3}"; THREADS="${4:-2}"
bench_classpath
mkdir -p "$OUT"
JAR="${VNNEWS_JAR:-$ROOT/target/vnnews.jar}"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -o -DskipTests package)
printf 'run\tmode\twall_s\tcpu_s\trss_kb\tload\n' > "$OUT/runs.tsv"
for i in $(seq 1 "$RUNS"); do
  for mode in off mark; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.txt" \
      java -Xmx512m -jar "$JAR" ingest -q --threads "$THREADS" --dedup "$mode" --temp-dir "$OUT" \
        "$CORPUS" -o "$OUT/$mode.jsonl"
    read -r wall user sys rss < "$OUT/time.txt"
    cpu=$(echo "$user + $sys" | bc)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$mode" "$wall" "$cpu" "$rss" "$load" | tee -a "$OUT/runs.tsv"
  done
done
python3 - "$OUT/runs.tsv" <<'PY'
import sys, statistics
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])][1:]
by = {}
for r in rows:
    by.setdefault(r[0], {})[r[1]] = r
for k, name in ((2, 'wall'), (3, 'cpu'), (4, 'peak RSS')):
    ratios = [float(p['mark'][k]) / float(p['off'][k]) for p in by.values() if 'off' in p and 'mark' in p]
    print(f"{name}: mark / off, median of {len(ratios)} pairs: {statistics.median(ratios):.2f} "
          f"(pairs: {', '.join(f'{x:.2f}' for x in ratios)})")
PY
TRUTH="$(dirname "$CORPUS")/truth.tsv"
if [ -f "$TRUTH" ]; then
  python3 - "$TRUTH" "$OUT/mark.jsonl" <<'PY'
import sys, json, os
cluster, total, dups = {}, 0, 0
for line in open(sys.argv[2], encoding='utf-8'):
    a = json.loads(line)
    total += 1
    d = a.get('duplicate')
    key = (os.path.basename(a['source']['path']), a['source']['index'])
    cluster[key] = d['cluster'] if d else a['id']
    dups += 1 if d and not d['canonical'] else 0
found = n = 0
for row in list(open(sys.argv[1], encoding='utf-8'))[1:]:
    f = row.rstrip('\n').split('\t')
    n += 1
    found += cluster.get((f[0], int(f[1]))) == cluster.get((f[2], int(f[3])))
print(f"injected copies found in their original's cluster: {found} of {n} ({found / max(1, n):.4f}); "
      f"articles marked duplicate: {dups} of {total}")
PY
fi

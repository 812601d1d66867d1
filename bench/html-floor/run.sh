#!/usr/bin/env bash
# bench/html-floor/run.sh [COPIES] [ROUNDS]
# The HTML floor against vnnews on real pages: the 14 shared dev pages and the dev-phase eval pages
# (eval/sources.tsv kind=html phase=dev; sealed pages are never read here), each copied COPIES
# times (default 20) into a scratch directory. Per round: Floor.java (read each file, jsoup parse,
# nothing else), then `ingest -q --threads 1` and `--threads 2`, each under
# /usr/bin/time -f '%U %S %e %M' at -Xmx512m. Prints the times; pages per CPU-second = pages / (user + sys).
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
COPIES="${1:-20}"; ROUNDS="${2:-2}"
SHARED="${VNNEWS_SHARED:-$ROOT/../shared}"
JAR="${VNNEWS_JAR:-$ROOT/target/vnnews.jar}"
JSOUP="$(ls "$ROOT"/target/vnnews-*/lib/jsoup-*.jar 2>/dev/null | head -1)"
[ -n "$JSOUP" ] || { echo "html-floor: no jsoup jar under target/vnnews-*/lib (mvn -o -DskipTests package)" >&2; exit 2; }
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
mkdir "$W/pages" "$W/classes"
pages=("$SHARED"/corpus/dev/*.html)
while IFS=$'\t' read -r src kind layout phase _; do
  [ "$kind" = html ] && [ "$phase" = dev ] && pages+=("$ROOT"/eval/html/"$src"/input/*)
done < <(grep -v '^#' "$ROOT/eval/sources.tsv")
for f in "${pages[@]}"; do for k in $(seq 1 "$COPIES"); do cp "$f" "$W/pages/$k-$(basename "$f")"; done; done
echo "html-floor: ${#pages[@]} pages x $COPIES = $(ls "$W/pages" | wc -l) files, $(du -sh "$W/pages" | cut -f1), load $(cut -d' ' -f1-3 /proc/loadavg)"
javac -cp "$JSOUP" -d "$W/classes" "$ROOT/bench/html-floor/Floor.java"
for r in $(seq 1 "$ROUNDS"); do
  /usr/bin/time -f "floor      r$r user %U sys %S wall %e maxRSS-KB %M" java -Xmx512m -cp "$JSOUP:$W/classes" Floor "$W/pages" >/dev/null
  for t in 1 2; do
    rm -f "$W/out.jsonl"
    /usr/bin/time -f "vnnews -t$t r$r user %U sys %S wall %e maxRSS-KB %M" java -Xmx512m -jar "$JAR" ingest -q --threads "$t" "$W/pages" -o "$W/out.jsonl"
  done
done

#!/usr/bin/env bash
# Quality of general extractors on PLAIN-TEXT Vietnamese news (issue 3), measured with the same
# scorer as vnnews: the seeds and the dev plain-text scrapes, each wrapped as an HTML page with one
# <p> per input line (the fairest input an HTML extractor can get), run through Readability4J,
# boilerpipe and Mozilla Readability (the peers of bench/html-peers), and vnnews on the raw text.
#
# usage: bench/text-peers/run.sh [SHARED_DIR]     (default: ../shared next to the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
peers="$repo/bench/html-peers"
source "$peers/score-table.sh"
shared="${1:-$repo/../shared}"
out="$here/out"
rm -rf "$out" && mkdir -p "$out/wrapped" "$out/gold"

cp "$shared"/gold/seeds/*.json "$out/gold/"
texts=("$repo"/seeds/*.txt)
for g in "$shared"/gold/dev/*.json; do
  f="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["file"])' "$g")"
  case "$f" in *.txt) cp "$g" "$out/gold/"; texts+=("$shared/corpus/dev/$f");; esac
done
echo "documents: ${#texts[@]}" >&2

# wrap: same file name (the scorer matches on it), one <p> per non-blank line
wrapped=()
for t in "${texts[@]}"; do
  w="$out/wrapped/$(basename "$t")"
  python3 - "$t" "$w" <<'PY'
import html, sys
src, dst = sys.argv[1], sys.argv[2]
lines = [l.strip() for l in open(src, encoding="utf-8-sig").read().splitlines()]
body = "\n".join(f"<p>{html.escape(l)}</p>" for l in lines if l)
open(dst, "w", encoding="utf-8").write(
    f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title></title></head><body><article>\n{body}\n</article></body></html>\n")
PY
  wrapped+=("$w")
done

(cd "$repo" && mvn -q -o -DskipTests package >/dev/null 2>&1 || mvn -q -DskipTests package >/dev/null)
java -jar "$repo/target/vnnews.jar" ingest -q "${texts[@]}" -o "$out/vnnews.jsonl"

(cd "$peers/jvm" && mvn -q package dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null)
jvmcp="$peers/jvm/target/classes:$(cat "$peers/jvm/target/cp.txt")"
java -cp "$jvmcp" bench.PeerExtract readability4j "$out/readability4j.jsonl" "${wrapped[@]}" 2>/dev/null
java -cp "$jvmcp" bench.PeerExtract boilerpipe "$out/boilerpipe.jsonl" "${wrapped[@]}" 2>/dev/null
(cd "$peers/node" && { [ -d node_modules ] || npm install --no-audit --no-fund >/dev/null; })
node "$peers/node/readability.mjs" "$out/readability-js.jsonl" "${wrapped[@]}"

for set in seeds dev; do
  g="$out/gold-$set" && mkdir -p "$g"
  if [ "$set" = seeds ]; then cp "$shared"/gold/seeds/*.json "$g/"; else
    for f in "$out"/gold/*.json; do [ -e "$shared/gold/seeds/$(basename "$f")" ] || cp "$f" "$g/"; done; fi
  echo "== $set ($(ls "$g" | wc -l) documents)"
  score_table "$shared" "$g" "$out"
done

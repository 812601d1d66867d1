#!/usr/bin/env bash
# Peer comparison on HTML pages: vnnews vs Readability4J, boilerpipe (Maven Central), Mozilla
# Readability + jsdom (npm) and, when their sources are at hand ($PEERS_SRC, see README.md),
# trafilatura and jusText, all scored by shared/eval/score.py. Two tables: the dev HTML pages
# (tuned on) and the dev-phase HTML sources of eval/ (eval/sources.tsv phase=dev; sealed sources
# are never read here). JSONL outputs stay in bench/html-peers/out/.
#
# usage: bench/html-peers/run.sh [SHARED_DIR]     (default: ../shared next to the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/score-table.sh"
repo="$(cd "$here/../.." && pwd)"
shared="${1:-$repo/../shared}"
corpus="$shared/corpus/dev"
out="$here/out"
gold="$out/gold-html"
mkdir -p "$out"
rm -f "$out"/*.jsonl
rm -rf "$gold" && mkdir -p "$gold"

pages=()
for page in "$corpus"/*.html; do
  base="$(basename "$page" .html)"
  cp "$shared/gold/dev/$base.json" "$gold/"
  pages+=("$page")
done
evalgold="$out/gold-eval"
rm -rf "$evalgold" && mkdir -p "$evalgold"
while IFS=$'\t' read -r source kind layout phase _; do
  [ "$kind" = html ] && [ "$phase" = dev ] || continue
  for g in "$repo/eval/html/$source/gold/"*.json; do
    cp "$g" "$evalgold/"
    pages+=("$repo/eval/html/$source/input/$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["file"])' "$g")")
  done
done < <(grep -v '^#' "$repo/eval/sources.tsv")
echo "pages: ${#pages[@]} ($(ls "$gold" | wc -l) dev, $(ls "$evalgold" | wc -l) dev-phase eval)" >&2

# vnnews: the CLI when it ingests HTML, otherwise the test-scope exporter
(cd "$repo" && mvn -B -q -Dstyle.color=never -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -Dstyle.color=never -DskipTests package >/dev/null)
if java -jar "$repo/target/vnnews.jar" ingest "${pages[@]}" -o "$out/vnnews.jsonl" >/dev/null 2>&1 \
    && [ -s "$out/vnnews.jsonl" ]; then
  echo "vnnews: CLI (target/vnnews.jar ingest)" >&2
else
  echo "vnnews: test-scope exporter io.github.vnnews.internal.html.HtmlDevExport" >&2
  (cd "$repo" && mvn -B -q -Dstyle.color=never -o test-compile >/dev/null 2>&1 || mvn -B -q -Dstyle.color=never test-compile >/dev/null
   mvn -B -q -Dstyle.color=never -o dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null 2>&1 \
     || mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null)
  java -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$out/cp.txt")" \
    io.github.vnnews.internal.html.HtmlDevExport "$out/vnnews.jsonl" "${pages[@]}"
fi

# JVM peers (separate Maven project, never a dependency of the library)
(cd "$here/jvm" && mvn -B -q -Dstyle.color=never package dependency:build-classpath \
  -Dmdep.outputFile=target/cp.txt >"$out/jvm-build.log" 2>&1) || { cat "$out/jvm-build.log"; exit 1; }
jvmcp="$here/jvm/target/classes:$(cat "$here/jvm/target/cp.txt")"
java -cp "$jvmcp" bench.PeerExtract readability4j "$out/readability4j.jsonl" "${pages[@]}" 2>/dev/null
java -cp "$jvmcp" bench.PeerExtract boilerpipe "$out/boilerpipe.jsonl" "${pages[@]}" 2>/dev/null

# Node peer
(cd "$here/node" && { [ -d node_modules ] || npm install --no-audit --no-fund >/dev/null; })
node "$here/node/readability.mjs" "$out/readability-js.jsonl" "${pages[@]}"

# Python peers from their sources, when present
if [ -d "${PEERS_SRC:-/work/data/peers}/trafilatura" ]; then
  /usr/bin/python3 "$here/python/peers.py" "$out" "${pages[@]}"
else
  rm -f "$out"/trafilatura*.jsonl "$out"/justext.jsonl
  echo "trafilatura, jusText: sources not found in \${PEERS_SRC:-/work/data/peers}, skipped" >&2
fi

echo "== dev HTML pages ($(ls "$gold" | wc -l))"
score_table "$shared" "$gold" "$out"
echo "== dev-phase eval HTML pages ($(ls "$evalgold" | wc -l))"
score_table "$shared" "$evalgold" "$out"

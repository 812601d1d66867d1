#!/usr/bin/env bash
# First-look score of a source: the jar of the commit recorded in eval/sources.tsv
# (firstLookCommit: main when the source was drawn, before anyone working on rules read it),
# scored on the source's gold as it is now.
#   bench/eval/firstlook.sh SOURCE [SOURCE...]
# Jars are built once per commit in a git worktree under ${FIRSTLOOK_CACHE:-/tmp/vnnews-firstlook}.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cache=${FIRSTLOOK_CACHE:-/tmp/vnnews-firstlook}
[ $# -gt 0 ] || { echo "usage: $0 SOURCE..." >&2; exit 2; }
for src in "$@"; do
  commit=$(awk -F'\t' -v s="$src" '$1==s {print $5}' "$root/eval/sources.tsv")
  [ -n "$commit" ] || { echo "$src: no firstLookCommit in eval/sources.tsv" >&2; exit 2; }
  jar="$cache/$commit/target/vnnews.jar"
  if [ ! -f "$jar" ]; then
    mkdir -p "$cache"
    [ -d "$cache/$commit" ] || git -C "$root" worktree add --detach "$cache/$commit" "$commit" >/dev/null
    (cd "$cache/$commit" && mvn -q -DskipTests package >/dev/null)
  fi
  echo "== $src: first look on $commit"
  python3 "$root/bench/eval/run.py" --jar "$jar" "$src" | tail -n +3
done

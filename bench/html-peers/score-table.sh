# Shared by bench/html-peers/run.sh and bench/text-peers/run.sh: sourced, not run.
# score_table SHARED GOLD_DIR OUT_DIR: scores OUT_DIR/<extractor>.jsonl for vnnews and each peer
# that wrote one (Readability4J, boilerpipe, Readability.js, trafilatura, jusText) with
# SHARED/eval/score.py against GOLD_DIR and prints one row per extractor.
score_table() {
  local shared="$1" gold="$2" out="$3" name summary
  printf '%-22s %12s %8s %14s %6s %7s\n' extractor lineAccuracy bodyF1 captionRecall leaks meta
  for name in vnnews readability4j boilerpipe readability-js trafilatura-precision trafilatura justext; do
    [ -s "$out/$name.jsonl" ] || continue
    summary="$(python3 "$shared/eval/score.py" "$gold" "$out/$name.jsonl" | tail -1)"
    python3 - "$name" "$summary" <<'PY'
import re, sys
name, line = sys.argv[1], sys.argv[2]
v = dict(re.findall(r"(\w+)=([\d.]+)", line))
print(f"{name:<22} {v['lineAccuracy']:>12} {v['bodyF1']:>8} {v['captionRecall']:>14} {v['leaks']:>6} {v['meta']:>7}")
PY
  done
}

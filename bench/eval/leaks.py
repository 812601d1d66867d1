#!/usr/bin/env python3
"""Sorts the scorer's leaks on the annotated sources of eval/ by what vnnews did with the line.

    python3 bench/eval/leaks.py [--jar JAR] [--kind text|html] [--phase dev|sealed|all] [--verbose] [SOURCE ...]

score.py counts a non-body line as a leak when its word tokens open, close or form a paragraph
of the export. It does not look at `removed`, so a short chrome line (a menu item `Thị trường`,
a media label `Ảnh`, a tag `Thanh tra`) that vnnews removed still counts when a kept paragraph
happens to open or close with the same words (`Thị trường chứng khoán Mỹ …`, `… công tác thanh
tra.`), and so does a paragraph the page prints twice when the gold keeps the other copy. For
each leak this prints one of:

    removed   the line is in the article's `removed`, whole (kind and rule given): the scorer
              counts it for a paragraph that shares its opening or closing words
    caption   a gold caption that is in the body
    kept      anything else: chrome, byline or dateline text really kept in a paragraph

The sources are chosen as by run.py (sealed sources only when named or with --phase
sealed|all); the leak counts are score.py's own (its `aligned` test, imported from it).
"""
import argparse
import collections
import importlib.util
import json
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import run  # noqa: E402  (the same source table and choice as run.py)

_spec = importlib.util.spec_from_file_location("score", run.SCORE)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def export(jar, src_dir, out):
    opts = []
    of = os.path.join(src_dir, "options")
    if os.path.exists(of):
        opts = shlex.split(open(of, encoding="utf-8").read())
    cmd = ["java", "-jar", jar, "ingest", "-q", *opts, os.path.join(src_dir, "input"), "-o", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"ingest failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")
    arts = {}
    with open(out, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            src = a.get("source") or {}
            name = os.path.basename(str(src.get("path") or ""))
            idx = src.get("index")
            arts[name if idx in (None, 0) else f"{name}#{idx}"] = a
            arts.setdefault(f"{name}#{idx or 0}", a)
    return arts


def classify(gold, art):
    """(class, line number, text, detail) for each leak of one document."""
    paras = [p if isinstance(p, str) else p.get("text", "") for p in art.get("paragraphs") or []]
    para_tokens = [score.tokens(t) for t in paras]
    removed = collections.defaultdict(list)
    for r in art.get("removed") or []:
        removed[r["line"]].append(r)
    out = []
    for line in gold["lines"]:
        label, text = line["label"], line["text"]
        if label in ("body", "title"):
            continue
        core = text
        if label == "caption":
            core = next((gc["text"] for gc in gold["captions"] if gc["text"] in text), text)
        if not score.aligned(core, para_tokens):
            continue
        whole = [r for r in removed.get(line["n"], [])
                 if score.tokens(r["text"]) == score.tokens(text)]
        if whole:
            out.append(("removed", line["n"], text, f"{whole[0]['kind']}, {whole[0]['rule']}"))
        elif label == "caption":
            out.append(("caption", line["n"], text, ""))
        else:
            out.append(("kept", line["n"], text, label))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "vnnews.jar"))
    ap.add_argument("--kind", choices=("text", "html"))
    ap.add_argument("--phase", choices=("dev", "sealed", "all"), default="dev")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("sources", nargs="*")
    a = ap.parse_args()
    table = run.sources_table()
    chosen = []
    for kind, name, d in run.find_sources(a.kind):
        phase = table.get(name, {}).get("phase", "dev")
        if name in a.sources or not a.sources and (a.phase == "all" or phase == a.phase):
            chosen.append((name, d))
    if not chosen:
        sys.exit("no annotated sources chosen")
    classes = ("removed", "caption", "kept")
    total = collections.Counter()
    print(f"jar: {a.jar}\n")
    print("| source | leaks | removed | caption | kept |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="vnnews-leaks-") as tmp:
        for name, d in chosen:
            arts = export(a.jar, d, os.path.join(tmp, name + ".jsonl"))
            counts = collections.Counter()
            lines = []
            gold_dir = os.path.join(d, "gold")
            for g in sorted(os.listdir(gold_dir)):
                gold = json.load(open(os.path.join(gold_dir, g), encoding="utf-8"))
                key = gold["file"] + (f"#{gold['index']}" if "index" in gold else "")
                art = arts.get(key)
                if art is None:
                    continue
                for cls, n, text, detail in classify(gold, art):
                    counts[cls] += 1
                    lines.append(f"    {cls:8} {key}:{n} {text[:70]!r} {detail}")
            total.update(counts)
            print(f"| {name} | {sum(counts.values())} | "
                  + " | ".join(str(counts[c]) for c in classes) + " |")
            if a.verbose:
                print("\n".join(lines))
    print(f"| **all** | {sum(total.values())} | "
          + " | ".join(str(total[c]) for c in classes) + " |")


if __name__ == "__main__":
    main()

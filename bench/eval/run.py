#!/usr/bin/env python3
"""Scores vnnews on the annotated sources of eval/, source by source, then overall.

    bench/eval/run.sh [--jar JAR] [--kind text|html] [--phase dev|sealed|all] [--loso] [--verbose] [SOURCE ...]

For each source (eval/text/<name>/ or eval/html/<name>/ with a gold/ folder): ingest its input/
with the jar (plus the options in its `options` file), score the export with
../shared/eval/score.py against its gold/, and print one table row. The last rows score all the
chosen sources together (one gold folder, one export). Sealed sources are left out unless named
or --phase sealed|all is given: nobody working on rules looks at them before their first look.

--loso (leave one source out): before scoring a source, the learned rules' weights are fitted
again on every other annotated source (io.github.vnnews.internal.normalize.TrainModels --exclude SOURCE, from
target/classes and target/test-classes: run `mvn -q test-compile` first) and the jar runs with them
(-Dvnnews.models=DIR), so no weight was fitted while looking at the source being scored. Sealed
sources are never in the training set, so for them --loso changes nothing.
"""
import argparse, csv, os, re, shlex, shutil, subprocess, sys, tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
EVAL = os.path.join(ROOT, "eval")
SCORE = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "score.py"))
SUMMARY = re.compile(r"docs=(\d+) missing=(\d+) lineAccuracy=([\d.]+) bodyF1=([\d.]+) "
                     r"captionRecall=([\d.]+) leaks=(\d+) meta=([\d.]+)")


def sources_table():
    path = os.path.join(EVAL, "sources.tsv")
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
                rows[r["source"]] = r
    return rows


def find_sources(kind):
    out = []
    for k in ("text", "html"):
        if kind not in (None, k):
            continue
        base = os.path.join(EVAL, k)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            d = os.path.join(base, name)
            if os.path.isdir(os.path.join(d, "gold")) and os.listdir(os.path.join(d, "gold")):
                out.append((k, name, d))
    return out


def classpath():
    cp = os.path.join(ROOT, "target", "eval-cp.txt")
    subprocess.run(["mvn", "-q", "dependency:build-classpath", f"-Dmdep.outputFile={cp}"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    deps = open(cp, encoding="utf-8").read().strip()
    return os.pathsep.join([os.path.join(ROOT, "target", "classes"),
                            os.path.join(ROOT, "target", "test-classes"), deps])


def train_without(source, out_dir, cp):
    # twice: a model's candidates may depend on another model's weights (the page headline model
    # scores lines near the text the page line model finds), so the second fit runs with the first
    # fit's weights of every model, none of them fitted on the source left out
    for opts in ([], [f"-Dvnnews.models={out_dir}"]):
        r = subprocess.run(["java", *opts, "-cp", cp, "io.github.vnnews.internal.normalize.TrainModels",
                            "--exclude", source, "--out", out_dir], cwd=ROOT, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"training without {source} failed:\n{r.stdout}\n{r.stderr}")


def ingest(jar, src_dir, out, java_opts=()):
    opts = []
    of = os.path.join(src_dir, "options")
    if os.path.exists(of):
        opts = shlex.split(open(of, encoding="utf-8").read())
    cmd = ["java", *java_opts, "-jar", jar, "ingest", "-q", *opts, os.path.join(src_dir, "input"), "-o", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"ingest failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")


def score(gold_dir, export, verbose):
    r = subprocess.run([sys.executable, SCORE, gold_dir, export], capture_output=True, text=True)
    lines = r.stdout.strip().splitlines()
    m = SUMMARY.search(lines[-1] if lines else "")
    if not m:
        sys.exit(f"score.py gave no summary:\n{r.stdout}\n{r.stderr}")
    if verbose:
        print("\n".join(lines[:-1]))
    return m.groups()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "vnnews.jar"))
    ap.add_argument("--kind", choices=("text", "html"))
    ap.add_argument("--phase", choices=("dev", "sealed", "all"), default="dev")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--loso", action="store_true", help="leave one source out of the learned weights")
    ap.add_argument("sources", nargs="*")
    a = ap.parse_args()
    table = sources_table()
    chosen = []
    for kind, name, d in find_sources(a.kind):
        phase = table.get(name, {}).get("phase", "dev")
        if a.sources:
            if name in a.sources:
                chosen.append((kind, name, d, phase))
        elif a.phase == "all" or phase == a.phase:
            chosen.append((kind, name, d, phase))
    if not chosen:
        sys.exit("no annotated sources chosen")
    tmp = tempfile.mkdtemp(prefix="vnnews-eval-")
    allgold = {"text": os.path.join(tmp, "gold-text"), "html": os.path.join(tmp, "gold-html")}
    exports = {"text": [], "html": []}
    print(f"jar: {a.jar}" + (" (leave-one-source-out weights)" if a.loso else "") + "\n")
    cp = classpath() if a.loso else None
    print("| source | kind | phase | docs | lineAccuracy | bodyF1 | captionRecall | leaks | meta |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for kind, name, d, phase in chosen:
        out = os.path.join(tmp, f"{name}.jsonl")
        java_opts = ()
        if a.loso and phase != "sealed":
            models = os.path.join(tmp, "models-" + name)
            train_without(name, models, cp)
            java_opts = (f"-Dvnnews.models={models}",)
        ingest(a.jar, d, out, java_opts)
        if a.verbose:
            print(f"\n## {name}")
        docs, missing, la, f1, cr, leaks, meta = score(os.path.join(d, "gold"), out, a.verbose)
        miss = f" ({missing} missing)" if missing != "0" else ""
        print(f"| {name} | {kind} | {phase} | {docs}{miss} | {la} | {f1} | {cr} | {leaks} | {meta} |")
        os.makedirs(allgold[kind], exist_ok=True)
        for g in os.listdir(os.path.join(d, "gold")):
            dst = os.path.join(allgold[kind], g)
            if os.path.exists(dst):
                sys.exit(f"gold file name {g} is used by two sources: names must be unique")
            shutil.copy(os.path.join(d, "gold", g), dst)
        exports[kind].append(out)
    for kind in ("text", "html"):
        if not exports[kind]:
            continue
        merged = os.path.join(tmp, f"all-{kind}.jsonl")
        with open(merged, "w", encoding="utf-8") as w:
            for e in exports[kind]:
                w.write(open(e, encoding="utf-8").read())
        docs, missing, la, f1, cr, leaks, meta = score(allgold[kind], merged, False)
        print(f"| **all {kind}** | {kind} | | {docs} | {la} | {f1} | {cr} | {leaks} | {meta} |")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A seeded random draw of documents, never by hand.

    draw.py --seed SEED --n N [--exclude-file LIST] CANDIDATE...
    draw.py --seed SEED --n N --from-list FILE      (one candidate per line)

Candidates are paths or ids; the draw is random.Random(SEED).sample over the sorted candidates,
after removing (1) every candidate whose repository path or baomoi id is listed in
../shared/eval/RESERVED.md (reserved for the project's own evaluation: never annotated) and
(2) those named in --exclude-file (already used, e.g. the dev set). Where a drawn candidate turns
out unusable (empty, not an article), record why in the source's SOURCES.md and draw the next one
with --skip K (it returns the draw with the first K picks replaced by the next ones in the same
random order), so the order stays reproducible.
"""
import argparse, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _reserved_path():
    """../shared/eval/RESERVED.md beside the checkout (or beside the main checkout of a worktree)."""
    top = os.path.normpath(os.path.join(HERE, "..", ".."))
    tops = [top]
    try:
        import subprocess
        common = subprocess.run(["git", "-C", top, "rev-parse", "--git-common-dir"],
                                capture_output=True, text=True).stdout.strip()
        if common:
            tops.append(os.path.dirname(os.path.normpath(os.path.join(top, common))))
    except OSError:
        pass
    for t in tops:
        p = os.path.join(os.path.dirname(t), "shared", "eval", "RESERVED.md")
        if os.path.exists(p):
            return p
    return os.path.join(os.path.dirname(top), "shared", "eval", "RESERVED.md")


RESERVED = _reserved_path()


def reserved():
    repos, ids = set(), set()
    try:
        text = open(RESERVED, encoding="utf-8").read()
    except OSError:
        sys.exit(f"cannot read {RESERVED}: the reserved list must be checked before drawing")
    section = re.search(r"^## Repositories.*?(?=^## )", text, re.S | re.M)
    for m in re.finditer(r"^- `([\w.-]+/[\w.-]+)`", section.group(0) if section else "", re.M):
        repos.add(m.group(1).lower())
    for block in re.findall(r"```(.*?)```", text, re.S):
        ids.update(re.findall(r"\b\d{6,}\b", block))
    return repos, ids


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--exclude-file")
    ap.add_argument("--from-list")
    ap.add_argument("--repo", help="owner/name the candidates come from (refused if reserved)")
    ap.add_argument("candidates", nargs="*")
    a = ap.parse_args()
    repos, ids = reserved()
    if a.repo and a.repo.lower() in repos:
        sys.exit(f"{a.repo} is reserved for evaluation (../shared/eval/RESERVED.md): draw from another source")
    cands = list(a.candidates)
    if a.from_list:
        cands += [l.strip() for l in open(a.from_list, encoding="utf-8") if l.strip()]
    excluded = set()
    if a.exclude_file:
        excluded = {l.strip() for l in open(a.exclude_file, encoding="utf-8") if l.strip()}

    def usable(c):
        base = os.path.splitext(os.path.basename(c))[0]
        if base in ids or c in excluded or base in excluded:
            return False
        return not any(r in c.lower() for r in repos)

    pool = sorted(c for c in set(cands) if usable(c))
    random.Random(a.seed).shuffle(pool)
    for c in pool[:a.n]:
        print(c)
    print(f"# {len(pool)} candidates after exclusions, seed {a.seed!r}", file=sys.stderr)


if __name__ == "__main__":
    main()

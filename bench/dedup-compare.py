#!/usr/bin/env python3
"""bench/dedup-compare.py A.jsonl B.jsonl: per-article cluster equality of two --dedup mark outputs.

Reads both files (B may be - for standard input), keys articles by id, and compares each one's
`duplicate` object (cluster, size, canonical, similarity). Prints the counts (articles, in a
cluster, clusters) of each side and the number of articles whose cluster differs or that only one
side has, with up to five examples; exit status 0 when every article's cluster is equal, 1 when not.
"""
import json
import sys


def read(path):
    out = {}
    f = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with f:
        for n, line in enumerate(f, 1):
            try:
                a = json.loads(line)
            except ValueError as e:
                sys.exit(f"dedup-compare: {path}: line {n}: not JSON ({e})")
            d = a.get("duplicate")
            out[a["id"]] = None if d is None else (d["cluster"], d["size"], d["canonical"], d["similarity"])
    return out


def describe(name, arts):
    clustered = sum(1 for d in arts.values() if d is not None)
    clusters = sum(1 for d in arts.values() if d is not None and d[2])
    print(f"{name}: {len(arts)} articles, {clustered} in {clusters} clusters")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: dedup-compare.py A.jsonl B.jsonl")
    a, b = read(sys.argv[1]), read(sys.argv[2])
    describe(sys.argv[1], a)
    describe(sys.argv[2], b)
    diff = [i for i in a.keys() | b.keys() if a.get(i, "missing") != b.get(i, "missing")]
    print(f"articles whose cluster differs or that one side lacks: {len(diff)}")
    for i in sorted(diff)[:5]:
        print(f"  {i}: {a.get(i, 'missing')} vs {b.get(i, 'missing')}")
    return 0 if not diff else 1


if __name__ == "__main__":
    sys.exit(main())

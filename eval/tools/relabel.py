#!/usr/bin/env python3
"""Set the labels of input lines in a text .ann, by line range (for checking a derived .ann by hand).

    relabel.py X.ann 1-37=X/menu 38=X/breadcrumb 74=X/widget 90-98=X/footer ...

N and N-M are input line numbers (as `ann.py build` reports them; @firstLine is honoured); LABEL is
what goes before `|` (T, B, B crosshead, C, Y, D, D/outletTag, X, X/kind, ...). Only the label is
changed, the text after `|` stays; blank lines are left alone. The file is rewritten in place.
"""
import re, sys

SPEC = re.compile(r"^(\d+)(?:-(\d+))?=(.+)$")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path = sys.argv[1]
    lines = open(path, encoding="utf-8").read().split("\n")
    sep = lines.index("---")
    first = 1
    for l in lines[:sep]:
        if l.startswith("@firstLine "):
            first = int(l.split()[1])
    for spec in sys.argv[2:]:
        m = SPEC.match(spec)
        if not m:
            sys.exit(f"relabel.py: not N[-M]=LABEL: {spec}")
        a, b, lab = int(m.group(1)), int(m.group(2) or m.group(1)), m.group(3).strip()
        for n in range(a, b + 1):
            i = sep + 1 + (n - first)
            if i >= len(lines):
                sys.exit(f"relabel.py: line {n} is past the end of {path}")
            if not lines[i].strip():
                continue
            old, bar, text = lines[i].partition("|")
            if not bar:
                sys.exit(f"relabel.py: {path} line {n} has no label: {lines[i][:60]}")
            lines[i] = f"{lab}|{text}"
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The view the labels of pairs.tsv were decided from (see README.md).

usage: eval/dedup/align.py PAIR...      (pair numbers of pairs.tsv)

For each pair: the titles, then every sentence of the shorter article (sentences under 40
characters left out) with the token Jaccard of its best match in the other article: '=' at 0.8
and above (the same sentence), the match printed beside it from 0.45 to 0.8 (to judge whether it
is the same sentence lightly edited or one written anew), '-' below. The number is an aid; the
label is a reading of the two texts (the rule is in README.md).
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def sentences(path):
    t = unicodedata.normalize('NFC', open(path, encoding='utf-8').read())
    lines = [l.strip() for l in t.split('\n') if l.strip()]
    title = lines[0] if lines else ''
    body = ' '.join(lines[1:])
    ss = [s.strip() for s in re.split(r'(?<=[.!?…])\s+(?=[A-ZÀ-Ỹ"“(])', body) if s.strip()]
    return title, ss


def tokens(s):
    return set(re.findall(r'\w+', s.lower()))


def best(s, others):
    a = tokens(s)
    found = (0.0, '')
    for o in others:
        b = tokens(o)
        if a | b:
            v = len(a & b) / len(a | b)
            if v > found[0]:
                found = (v, o)
    return found


def main():
    rows = {}
    with open(os.path.join(HERE, 'pairs.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            r = line.rstrip('\n').split('\t')
            rows[r[0]] = r
    for n in sys.argv[1:]:
        r = rows[n]
        ta, sa = sentences(os.path.join(HERE, 'texts', r[4] + '.txt'))
        tb, sb = sentences(os.path.join(HERE, 'texts', r[5] + '.txt'))
        if len(' '.join(sb)) < len(' '.join(sa)):
            ta, sa, tb, sb = tb, sb, ta, sa
        print(f'## {n} jaccard={r[3]} label={r[6]} | shorter: {ta} | longer: {tb}')
        for s in sa:
            if len(s) < 40:
                continue
            v, o = best(s, sb)
            if v >= 0.8:
                print(f'  {v:.2f} = {s[:100]}')
            elif v >= 0.45:
                print(f'  {v:.2f} S {s[:100]}\n       L {o[:100]}')
            else:
                print(f'  {v:.2f} - {s[:100]}')


if __name__ == '__main__':
    main()

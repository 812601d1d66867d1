#!/usr/bin/env python3
# Makes a generated corpus from the seeds: many files of several articles each, with varied
# delimiters (##### / ===== / <<<DOC n>>> / form feed), some gzip. Usage: spark-corpus.py SEEDS OUT MB (for docs/spark.md; do not commit the output)
import gzip, os, random, sys
seeds_dir, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
seeds = [open(os.path.join(seeds_dir, f), encoding='utf-8').read().strip() for f in sorted(os.listdir(seeds_dir))]
rnd = random.Random(8)
delims = ['#####', '=====', '<<<DOC {n}>>>', '\f', '*****']
total, i = 0, 0
while total < mb * 1024 * 1024:
    d = os.path.join(out, 'd%03d' % (i // 500))
    os.makedirs(d, exist_ok=True)
    k = rnd.choice([1, 2, 5, 10, 20, 40])
    delim = rnd.choice(delims)
    parts = []
    for n in range(k):
        parts.append(rnd.choice(seeds))
        parts.append(delim.format(n=n))
    data = '\n'.join(parts).encode('utf-8')
    if i % 10 == 9:
        with gzip.open(os.path.join(d, 'f%06d.txt.gz' % i), 'wb') as f:
            f.write(data)
    else:
        with open(os.path.join(d, 'f%06d.txt' % i), 'wb') as f:
            f.write(data)
    total += len(data)
    i += 1
print(i, 'files', total, 'bytes')

#!/usr/bin/env python3
"""bench/dedup-check.py TRUTH MARK_JSONL FILES...: recall of injected copies (copy in its original's cluster),
false positives (an article whose canonical article is another story's), originals that are not
canonical (their cluster's canonical is a copy of theirs with an earlier publishedAt); only the
truth rows whose both files are in FILES."""
import sys, json, os
truth, out, files = sys.argv[1], sys.argv[2], set(sys.argv[3:])
story = {}
rows = []
for row in list(open(truth, encoding='utf-8'))[1:]:
    f = row.rstrip('\n').split('\t')
    if f[0] not in files or f[2] not in files:
        continue
    c, o = (f[0], int(f[1])), (f[2], int(f[3]))
    story[c] = o
    rows.append((c, o))
key_of, cluster, canon_of, total, clusters = {}, {}, {}, 0, set()
for line in open(out, encoding='utf-8'):
    a = json.loads(line)
    total += 1
    key = (os.path.basename(a['source']['path']), a['source']['index'])
    key_of[a['id']] = key
    d = a.get('duplicate')
    cluster[key] = d['cluster'] if d else a['id']
    if d:
        clusters.add(d['cluster'])
        if not d['canonical']:
            canon_of[key] = d['cluster']
found = sum(1 for c, o in rows if cluster.get(c) == cluster.get(o))
wrong = orig_not_canon = 0
for k, cid in canon_of.items():
    ck = key_of[cid]
    if story.get(k, k) != story.get(ck, ck):
        wrong += 1
    elif k not in story:
        orig_not_canon += 1
n = len(rows)
print(f"articles {total}; clusters {len(clusters)}; marked non-canonical {len(canon_of)}; "
      f"injected copies {n}, found in their original's cluster {found} ({found / max(1, n):.4f}); "
      f"in another story's cluster (false positives): {wrong}; originals not canonical because a copy "
      f"of theirs has an earlier publishedAt: {orig_not_canon}")

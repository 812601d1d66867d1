#!/usr/bin/env python3
"""Counts the evidence for every phrase of the shared chrome lexicon.

    bench/lexicon/count.py [--crawl DIR] [--write] [--show-weak]

The lexicon (src/main/resources/io/github/vnnews/internal/normalize/chrome-lexicon.tsv) lists the Vietnamese
chrome phrases that both the plain-text rules and the HTML extractor use: kind, where the phrase may
stand, the phrase, and two evidence columns that this script fills:

  crawl   articles of the baomoi crawl (magizbox/scraper vn_news/data, 35,440 files; their first
          line, the headline, left out) in which the phrase stands where the lexicon says it may
          (an outlet's name: alone or in a source line, "Theo X", "(Theo X)", "Nguồn: X"): at a piece boundary (line start, a hard break
          of two or more spaces, or after a sentence end), followed by what its place allows (line:
          nothing but punctuation before the next boundary; label: a colon; start and inline:
          anything; within: anywhere in a line of at most 30 words);
  pages   outlets, among the annotated documents we may look at, showing the phrase as chrome there: the HTML pages
          (the dev pages of ../shared/corpus/dev and the dev-phase sources of eval/html; a visible
          block outside the gold body, title and captions, the block being the line) and the page
          plain-text documents with gold (the seeds, the dev gold, the dev-phase sources of eval/text: a line or
          piece the gold calls chrome; a page copy counts for its outlet, a crawl document whose
          outlet is unknown as its own), and the chrome lines of ../shared/docs/vietnamese/
          chrome_lines.tsv whose source is an outlet's page, a seed or a crawler's filter list
          (its rows marked generic count as one witness together; synthetic rows not).

Never read: the 30 reserved crawl files of ../shared/eval/RESERVED.md and the inputs of sealed
sources (eval/sources.tsv phase=sealed; only their file names are listed, to leave them out).
A phrase earns its place with crawl >= 5 or pages >= 2 ("earned"); one seen less often is kept on
"probation" (it serves the documents it was seen in and must earn its place as the annotated data
grows); one never seen has no place ("none"; --prune drops it). --write rewrites the evidence
columns (crawl, pages, status) in place; --show-weak lists the entries below the bar.
"""
import argparse, collections, json, os, re, sys, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"
LEXICON = os.path.join(ROOT, "src/main/resources/io/github/vnnews/internal/normalize/chrome-lexicon.tsv")
CRAWL = "/work/data/magizbox/vn_news/data"
BAR_CRAWL, BAR_PAGES = 5, 2
TRAIL = r"[\s:.…!>»]*(?:\(\s*\d*\s*\))?"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def read_lexicon(path):
    head, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                head.append(line)
                continue
            cols = line.split("\t")
            rows.append(cols[:3] + [None, None, None])
    return head, rows


def reserved_ids():
    ids = set()
    text = open(os.path.join(SHARED, "eval", "RESERVED.md"), encoding="utf-8").read()
    ids.update(re.findall(r"\b(\d{8})\b", text))
    # sealed sources drawn from the same crawl: their file names only
    for row in open(os.path.join(ROOT, "eval", "sources.tsv"), encoding="utf-8"):
        cols = row.rstrip("\n").split("\t")
        if len(cols) > 3 and cols[3] == "sealed":
            d = os.path.join(ROOT, "eval", cols[1], cols[0], "input")
            if os.path.isdir(d):
                for name in os.listdir(d):
                    ids.update(re.findall(r"(\d{8})", name))
    return ids


def boundary_pattern(phrase, where, kind=None):
    """A regex for the phrase at a piece boundary of a crawl line. An outlet's name stands alone
    or in a source line ("Theo X", "(Theo X)", "Nguồn: X"), closed by a bracket, a full stop, a
    boundary or the end of the line."""
    p = re.escape(nfc(phrase)).replace(r"\ ", r"\s+")
    if kind == "outlet":
        return re.compile(r"(?:^|\s{2,}|[.!?…”\"(]\s*)(?:(?:theo|nguồn\s*:)\s+)?" + p
                          + r"\s*(?:\)|\.|$|\s{2,}|/)", re.I | re.M)
    if phrase[0].isalnum():
        p = r"(?<![\w])" + p
    if phrase[-1].isalnum():
        p = p + r"(?![\w])"
    start = r"(?:^|\s{2,}|[.!?…”\"]\s+)"
    if where == "line":
        return re.compile(start + p + r"[ \t]*[:.…!>»]*(?:\s*\(\s*\d*\s*\))?\s*(?:$|\s{2,})", re.I | re.M)
    if where == "label":
        return re.compile(start + p + r"\s*:", re.I | re.M)
    if where in ("start", "inline"):
        return re.compile(start + p, re.I | re.M)
    return re.compile(p, re.I)  # within


def block_pattern(phrase, where):
    """A regex for the phrase in one visible block of a page."""
    p = re.escape(nfc(phrase)).replace(r"\ ", r"\s+")
    if phrase[-1].isalnum():
        p = p + r"(?![\w])"
    if where == "line":
        return re.compile(r"^[(\[]?\s*" + p + TRAIL + r"[)\]]?$", re.I)
    if where == "label":
        return re.compile(r"^" + p + r"(?:" + TRAIL + r"$|\s*:)", re.I)
    if where in ("start", "inline"):
        return re.compile(r"^" + p, re.I)
    return re.compile((r"(?<![\w])" if phrase[0].isalnum() else "") + p, re.I)


def count_crawl(rows, crawl):
    skip = reserved_ids()
    pats = [boundary_pattern(r[2], r[1], r[0]) for r in rows]
    needles = [" ".join(nfc(r[2]).lower().split()) for r in rows]
    counts = [0] * len(rows)
    files = sorted(f for f in os.listdir(crawl) if f.endswith(".txt"))
    used = 0
    for name in files:
        if name[:-4] in skip:
            continue
        used += 1
        raw = nfc(open(os.path.join(crawl, name), encoding="utf-8", errors="replace").read())
        lines = raw.split("\n")[1:]  # the first line is the headline, never chrome
        text = "\n".join(lines)
        lower = " ".join(text.lower().split())
        short = None
        for i, pat in enumerate(pats):
            if needles[i] not in lower:
                continue  # cheap test first: most phrases are absent from most articles
            if rows[i][1] == "within":
                if short is None:
                    short = "\n".join(l for l in lines if len(l.split()) <= 30)
                hay = short
            else:
                hay = text
            if pat.search(hay):
                counts[i] += 1
    return counts, used


def page_sources():
    """(outlet, page path, gold path) of the HTML pages we may look at."""
    out = []
    dev = os.path.join(SHARED, "corpus", "dev")
    for name in sorted(os.listdir(dev)):
        if name.endswith(".html"):
            gold = os.path.join(SHARED, "gold", "dev", name[:-5] + ".json")
            out.append((name.split("_")[0], os.path.join(dev, name), gold))
    for row in open(os.path.join(ROOT, "eval", "sources.tsv"), encoding="utf-8"):
        cols = row.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[1] != "html" or cols[3] != "dev":
            continue
        d = os.path.join(ROOT, "eval", "html", cols[0])
        for name in sorted(os.listdir(os.path.join(d, "input"))):
            stem = os.path.splitext(name)[0]
            outlet = re.sub(r"\d+$", "", stem.split("_", 1)[-1])
            out.append((outlet, os.path.join(d, "input", name), os.path.join(d, "gold", stem + ".json")))
    return out


def text_gold_sources():
    """(outlet, gold path) of the annotated plain-text documents we may look at: the seeds, the dev
    gold (baomoi scrapes and page excerpts) and the dev-phase text sources of eval/text. A page copy or
    excerpt counts for its outlet; a crawl document whose outlet is unknown counts as its own."""
    out = []
    sdir = os.path.join(SHARED, "gold", "seeds")
    for name in sorted(os.listdir(sdir)):
        if name.endswith(".json"):
            out.append(("seed:" + name[:-5], os.path.join(sdir, name)))
    gdir = os.path.join(SHARED, "gold", "dev")
    for name in sorted(os.listdir(gdir)):
        if not name.endswith(".json"):
            continue
        parts = name[:-5].split("_")
        if parts[0] == "pages":
            out.append((parts[1], os.path.join(gdir, name)))
        elif os.path.exists(os.path.join(SHARED, "corpus", "dev", name[:-5] + ".txt")):
            out.append(("doc:" + name[:-5], os.path.join(gdir, name)))
    for row in open(os.path.join(ROOT, "eval", "sources.tsv"), encoding="utf-8"):
        cols = row.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[1] != "text" or cols[3] != "dev":
            continue
        d = os.path.join(ROOT, "eval", "text", cols[0], "gold")
        if os.path.isdir(d):
            for name in sorted(os.listdir(d)):
                stem = os.path.splitext(name)[0]
                if cols[2] == "page-copy":
                    outlet = re.sub(r"\d+$", "", stem.split("_", 1)[-1])
                else:
                    outlet = "doc:" + stem
                out.append((outlet, os.path.join(d, name)))
    return out


def spec_rows():
    """(outlet, text) of the chrome lines of ../shared/docs/vietnamese/chrome_lines.tsv: a source
    naming an outlet's page, a seed or a crawler's filter list is its own witness; the rows the spec
    calls generic count as one witness together; synthetic rows not at all."""
    out = []
    path = os.path.join(SHARED, "docs", "vietnamese", "chrome_lines.tsv")
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        next(f)
        for row in f:
            cols = row.rstrip("\n").split("\t")
            if len(cols) < 5 or cols[1] != "chrome":
                continue
            src = cols[4]
            m = re.search(r"https?://([^/\s]+)", src)
            if m:
                outlet = m.group(1).removeprefix("www.").removeprefix("m.")
            elif re.match(r"seed \d+", src):
                outlet = "seed:" + src.split()[1]
            elif "find_string id" in src:
                outlet = "crawler:" + re.search(r"find_string id (\d+)", src).group(1)
            elif src.startswith("generic"):
                outlet = "spec:generic"  # the spec's generic chrome: one witness, however many rows
            else:
                continue  # synthetic
            out.append((outlet, nfc(" ".join(cols[0].split()))))
    return out


def count_pages(rows):
    sys.path.insert(0, os.path.join(ROOT, "eval", "tools"))
    import blocks as B  # eval/tools/blocks.py: visible blocks of a page, Python's html.parser only
    pats = [block_pattern(r[2], r[1]) for r in rows]
    outlets = [set() for _ in rows]
    pages = page_sources()
    for outlet, page, gold_path in pages:
        if not os.path.exists(gold_path):
            continue
        gold = json.load(open(gold_path, encoding="utf-8"))
        article = {nfc(" ".join(l["text"].split())) for l in gold["lines"]
                   if l["label"] in ("body", "title", "caption")}
        raw = open(page, "rb").read()
        html = raw.decode("utf-8", errors="replace")
        p = B.Blocks()
        p.feed(html)
        p.close()
        for _, text in p.blocks:
            t = nfc(text)
            if t in article or len(t) > 300:
                continue
            for i, pat in enumerate(pats):
                if rows[i][1] == "within" and len(t.split()) > 30:
                    continue
                if pat.search(t):
                    outlets[i].add(outlet)
    copies = text_gold_sources()
    for outlet, gold_path in copies:
        gold = json.load(open(gold_path, encoding="utf-8"))
        for line in gold["lines"]:
            if line["label"] != "chrome":
                continue
            t = nfc(" ".join(line["text"].split()))
            for i, pat in enumerate(pats):
                if rows[i][1] == "within" and len(t.split()) > 30:
                    continue
                if pat.search(t):
                    outlets[i].add(outlet)
    spec = spec_rows()
    for outlet, t in spec:
        for i, pat in enumerate(pats):
            if pat.search(t):
                outlets[i].add(outlet)
    return [len(o) for o in outlets], len(pages) + len(copies) + len(spec)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crawl", default=CRAWL)
    ap.add_argument("--lexicon", default=LEXICON)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--show-weak", action="store_true")
    ap.add_argument("--prune", action="store_true", help="with --write: drop entries with no evidence")
    a = ap.parse_args()
    head, rows = read_lexicon(a.lexicon)
    crawl, used = count_crawl(rows, a.crawl)
    pages, npages = count_pages(rows)
    print(f"crawl articles read: {used}; pages read: {npages}", file=sys.stderr)
    status = collections.Counter()
    for r, c, p in zip(rows, crawl, pages):
        r[3], r[4] = str(c), str(p)
        r[5] = "earned" if c >= BAR_CRAWL or p >= BAR_PAGES else "probation" if c + p > 0 else "none"
        status[r[5]] += 1
        if a.show_weak and r[5] != "earned":
            print(f"{r[5]}\t{r[0]}\t{r[1]}\t{r[2]}\tcrawl={c}\tpages={p}")
    print(f"{len(rows)} entries: {status['earned']} earned (crawl >= {BAR_CRAWL} or pages >= {BAR_PAGES}),"
          f" {status['probation']} on probation (some evidence), {status['none']} without evidence",
          file=sys.stderr)
    if a.prune:
        rows = [r for r in rows if r[5] != "none"]
    if a.write:
        with open(a.lexicon, "w", encoding="utf-8") as f:
            for h in head:
                f.write(h + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
    else:
        for r in rows:
            print("\t".join(r))


if __name__ == "__main__":
    main()

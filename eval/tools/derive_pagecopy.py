#!/usr/bin/env python3
"""Derive a page copy's .ann from the HTML gold of the page it was rendered from.

    derive_pagecopy.py PAGECOPY.txt HTML_GOLD.json --relative-to ANN_DIR > X.ann   (report on stderr)

A page copy (eval/tools/render.mjs) is the innerText of a whole page; its gold must say the same as
the page's HTML gold (../../shared/gold/dev/README.md), line by line. This tool labels each rendered
line by matching it against the HTML gold's strings:

- the title (T), body paragraphs (B, crossheads kept as `B crosshead`), captions (C, with or without
  their credit), bylines (Y), the publication stamp (D), outlet/lead tags opening a paragraph
  (B with [[D/outletTag:..]] / [[D/leadTag:..]]), the gold's chrome strings (X with their kind);
- a line that is several body paragraphs run together, or a piece of one paragraph (innerText splits
  a paragraph at <br>), is B;
- anything else is chrome X, with a kind where the text makes it obvious (footer, share, tags,
  related, menu-like short runs are left plain X).

Lines it cannot decide are written `?` and listed in the report with the reason: a title or body
string met a second time (the page title in a masthead, a related list or a hidden duplicate shown
when styles are missing: chrome unless it is the headline), a line holding a gold string plus other
text, a credit alone on its line. `ann.py build` refuses `?`, so every one is decided by hand; the
whole file is then checked line by line by hand anyway (innerText may split or merge blocks).

The header gets @author, @sourceOutlet, @outletTag, @leadTag from the HTML gold, and @publishedAt
from the stamp as it appears in the rendered text (text-gold rule: only a stamp with day, month and
year; to the minute, or a date alone), checked against the HTML gold's publishedAt.
"""
import argparse, json, os, re, sys, unicodedata

SHARE = re.compile(r"^(chia sẻ|share|tweet|like|thích|email|e-mail|in bài|in|print|gửi bài|gửi|lưu|"
                   r"bình luận|gửi bình luận|gửi phản hồi|xem phản hồi|phản hồi|facebook|twitter|zalo|g\+1?)"
                   r"(\s*\(?\d*\)?)?:?$", re.I)
FOOTER = re.compile(r"(©|copyright|bản quyền|giấy phép|tòa soạn|toà soạn|tổng biên tập|"
                    r"điện thoại:|email:|fax:|hotline|chịu trách nhiệm|ghi rõ nguồn)", re.I)
TAGS = re.compile(r"^(tags?|từ khóa|từ khoá|chủ đề)\s*:", re.I)
RELATED = re.compile(r"^(tin liên quan|bài liên quan|tin cùng chuyên mục|tin khác|các tin khác|"
                     r"xem thêm|đọc thêm|tin mới|các bài mới|các bài đã đăng|tin đã đưa|"
                     r"đọc nhiều|tin nổi bật|có thể bạn quan tâm)", re.I)
DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)")
TIME = re.compile(r"(\d{1,2})[:hH](\d{2})(?!\d)")


def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def stamp_iso(text, gold_iso):
    d = DATE.search(text)
    if not d:
        return None
    day, mon, year = int(d.group(1)), int(d.group(2)), int(d.group(3))
    if year < 100:
        year += 2000
    t = TIME.search(text[:d.start()] + " " + text[d.end():])
    if not t:
        return f"{year:04d}-{mon:02d}-{day:02d}"
    hh, mm = int(t.group(1)), int(t.group(2))
    if re.search(r"\bPM\b|\bchiều\b|\btối\b", text) and hh < 12:
        hh += 12
    return f"{year:04d}-{mon:02d}-{day:02d}T{hh:02d}:{mm:02d}:00+07:00"


def load_gold(path):
    g = json.load(open(path, encoding="utf-8"))
    strings = {}          # folded text -> (code, kind, flags)

    def put(text, code, kind=None, flags=""):
        t = fold(text)
        if t and t not in strings:
            strings[t] = (code, kind, flags)
    if g.get("title"):
        put(g["title"], "T")
    for e in g.get("lines", []):
        if e.get("inline"):
            continue
        lab = e["label"]
        if lab == "title":
            put(e["text"], "T")
        elif lab == "body":
            put(e["text"], "B", flags=" crosshead" if e.get("crosshead") else "")
        elif lab == "caption":
            put(e["text"], "C")
        elif lab == "byline":
            put(e["text"], "Y")
        elif lab == "dateline":
            put(e["text"], "D", e.get("kind"))
        elif lab == "chrome":
            put(e["text"], "X", e.get("kind"))
    for p in g.get("body", []):
        put(p, "B")
    for c in g.get("captions", []):
        put(c["text"], "C")
    return g, strings


def derive(txt_path, gold_path, rel):
    g, strings = load_gold(gold_path)
    body = [fold(p) for p in g.get("body", [])]
    tags = [(k, fold(g[k])) for k in ("outletTag", "leadTag") if g.get(k)]
    credits = {fold(c["credit"]) for c in g.get("captions", []) if c.get("credit")}
    with open(txt_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out, report, seen = [], [], {}
    for n, raw in enumerate(lines, 1):
        t = fold(raw)
        if not t:
            out.append((n, None, ""))
            continue
        code, kind, flags, markup, why = None, None, "", None, None
        hit = strings.get(t)
        if hit:
            code, kind, flags = hit
        else:
            for k, tag in tags:
                if t.startswith(tag) and fold(t[len(tag):]) in body:
                    code = "B"
                    markup = f"[[D/{k}:{tag}]]{t[len(tag):]}"
                    break
        if code is None:
            whole = [p for p in body if p and p in t]
            inside = [p for p in body if t in p]
            if whole and fold(" ".join(whole)) == t:
                code = "B"
                why = "several body paragraphs on one line"
            elif inside and len(t) >= 12:
                code = "B"
                why = "part of a body paragraph (split line)"
            elif whole:
                code, why = "?", "holds body text and something else"
            elif any(s in t for s, (c, _, _) in strings.items() if c == "D" and len(s) >= 8):
                code, why = "D", "holds the stamp and other text (source, section, counter): check"
            elif t in credits:
                code, why = "?", "a photo credit alone on its line"
            elif any(t.startswith(s) and len(s) > 15 for s, (c, _, _) in strings.items() if c in "CT"):
                code, why = "?", "starts with the title or a caption and goes on"
        if code is None or (code == "X" and kind is None):
            code = "X"
            if FOOTER.search(t):
                kind = "footer"
            elif SHARE.match(t):
                kind = "share"
            elif TAGS.match(t):
                kind = "tags"
            elif RELATED.match(t):
                kind = "related"
        if code in ("T", "B", "C", "Y", "D") and not why:
            key = (code, t)
            if key in seen:
                why = f"repeats line {seen[key]} ({code}): chrome unless it is the article's own copy"
                code = "?"
            else:
                seen[key] = n
        out.append((n, code, markup or raw.strip(), kind, flags, why))
        if why:
            report.append(f"line {n}: {code}: {why}: {t[:80]}")
        elif code == "X" and len(t) < 12 and any(t in p for p in body):
            report.append(f"line {n}: X: short line that also occurs inside the body text: {t}")
    # the title: the T line nearest before the first body line is the headline; others are '?'
    first_b = next((r[0] for r in out if r[1] == "B"), None)
    tl = [r[0] for r in out if r[1] == "T"]
    if len(tl) > 1 and first_b:
        keep = max([x for x in tl if x < first_b] or [tl[0]])
        for i, r in enumerate(out):
            if r[1] == "T" and r[0] != keep:
                out[i] = (r[0], "?", r[2], None, "", "title text again (masthead/related?)")
                report.append(f"line {r[0]}: ?: the title again, away from the article: decide by hand")
    found = {fold(r[2]) for r in out if r[1]}
    for s, (c, _, _) in strings.items():
        if c in "TBCYD" and s not in found and not any(s in fold(r[2]) for r in out if r[1]):
            report.append(f"gold {c} not on any rendered line (split or merged?): {s[:80]}")
    stamp = next((fold(r[2]) for r in out if r[1] == "D"), None)
    pub = stamp_iso(stamp, g.get("publishedAt")) if stamp else None
    if pub and g.get("publishedAt") and not g["publishedAt"].startswith(pub[:16] if "T" in pub else pub):
        report.append(f"@publishedAt {pub} from the stamp disagrees with the HTML gold {g['publishedAt']}")
    head = [f"@input {os.path.relpath(txt_path, rel)}",
            f"@author {g.get('author') or 'null'}",
            f"@publishedAt {pub or 'null'}"]
    for k in ("sourceOutlet", "outletTag", "leadTag"):
        if g.get(k):
            head.append(f"@{k} {g[k]}")
    head.append(f"@notes derived from the HTML gold {os.path.basename(gold_path)} by derive_pagecopy.py, "
                "then checked line by line by hand")
    body_lines = []
    for r in out:
        if r[1] is None:
            body_lines.append("")
            continue
        n, code, text, kind, flags, _ = r
        lab = code + (f"/{kind}" if kind and code in ("X", "D") else "") + (flags if code == "B" else "")
        body_lines.append(f"{lab}| {text}")
    return "\n".join(head + ["---"] + body_lines) + "\n", report


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pagecopy")
    ap.add_argument("gold")
    ap.add_argument("--relative-to", default=".", help="directory the .ann will live in (for @input)")
    a = ap.parse_args()
    ann, report = derive(a.pagecopy, a.gold, a.relative_to)
    sys.stdout.write(ann)
    sys.stdout.flush()
    for r in report:
        print(r, file=sys.stderr)
    undecided = sum(1 for l in ann.split("\n") if l.startswith("?|"))
    print(f"# {undecided} line(s) left '?': decide them by hand, then check every line", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

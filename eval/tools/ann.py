#!/usr/bin/env python3
"""Annotation files (.ann) to gold JSON, in the conventions of ../shared/gold/README.md and
../shared/gold/dev/README.md.

An annotator never copies article text into JSON by hand: they label a copy of the input.

    ann.py init INPUT [--first-line N --last-line M] [--html]  > X.ann   skeleton, every line "?"
    ann.py build X.ann [-o GOLD.json]       check X.ann against its input and write the gold
    ann.py check DIR                          build every .ann under DIR, report problems, write nothing

THE .ann FORMAT (plain text, UTF-8)

Header lines, then a line "---", then one annotation line per input line.

    @input ../input/foo.txt      the input file, relative to the .ann file (required)
    @index 3                     multi-article files: the 0-based article index
    @firstLine 120               multi-article files: file line number of the article's first line
    @title TEXT                  only when the title value differs from the title line's text
    @author NAME                 omitted or "null": no author
    @publishedAt ISO             2017-02-06T11:02:00+07:00; omitted: null
    @sourceOutlet X  @outletTag X  @leadTag X  @notes X    as in the dev gold
    @html                        an HTML page: annotation lines are the gold's ordered strings

Text files: after "---" the annotation mirrors the input line by line from @firstLine (default 1):
a blank input line is a blank annotation line; every other line is

    LABEL[/kind][ flag ...]| TEXT

LABEL is T (title), B (body), C (caption), Y (byline), D (dateline), X (chrome); kind names the
chrome or dateline kind (X/menu, X/related, D/outletTag, ...); flags: `crosshead` (a whole-line
sub-heading, B only), `dup=N` (a caption line repeating line N). TEXT is the input line with inline
markup; the tool checks that TEXT without its markup equals the input line (whitespace folded).

Inline markup cuts a piece out of a B line (and [[X:]], [[D:]], [[Y:]] out of a T line, for a field
label or a site name printed with the headline: `T| [[X/field:Title:]] Headline [[X/siteName:- VnExpress]]`):

    [[Y:Hà Linh]]                   byline piece           [[D:11:02 06/02/2017]]   dateline piece
    [[D/outletTag:(TITC) -]]        outlet tag             [[D/leadTag:Hà Giang -]] lead tag
    [[X/related:Tin liên quan ...]] chrome piece of a kind (related, crossLink, embedLabel, source,
                                    compiled, widget, imageAlt, ...)
    [[C:Ông A phát biểu. Ảnh: Minh An]]    fused caption; its credit is split off automatically
    [[H:Mạnh ai nấy thu]]           fused crosshead: stays in the body as its own paragraph
    [[R:text]]                      text repeating an earlier line (the sapo again): left out of body
    [[drop:/.]]                     punctuation-only piece taken out

Body paragraphs split wherever a piece other than [[H:]] or [[drop:]] is cut out, and around
crossheads. A caption's credit (a trailing "Ảnh: NAME", "- Ảnh: NAME", "(Ảnh: NAME)", upper case
too) is split off automatically; to override, end the caption (C line, or inside [[C:...]]) with
`||credit=NAME` (or `||credit=` for none) and/or `||text=CAPTION TEXT`: those parts are notes, not
input text.

HTML pages (@html): each annotation line is `LABEL| TEXT` with TEXT copied from the page, in the
order of ../shared/gold/dev/README.md ("lines of HTML pages"): title, body paragraphs and captions
in page order, dateline and byline(s), then 5 to 15 chrome strings. n is the order number. The tool
checks that every TEXT occurs in the page's text (tags stripped, entities decoded, whitespace folded).
"""
import argparse, html, json, os, re, sys, unicodedata

LABELS = {"T": "title", "B": "body", "C": "caption", "Y": "byline", "D": "dateline", "X": "chrome"}
INLINE = re.compile(r"\[\[(Y|D|X|C|H|R|drop)(?:/([A-Za-z]+))?:(.*?)\]\](?!\])", re.S)
LINE = re.compile(r"^([TBCYDX?])(?:/([A-Za-z]+))?((?: [a-z]+(?:=\d+)?)*)\|\s?(.*)$")
CREDIT = re.compile(
    r"^(?P<text>.*?)[\s\-–—]*\(?\s*(?:Ảnh|ẢNH|Ảnh|ảnh)\s*:\s*(?P<credit>[^()]*)\)?\s*\.?\s*$", re.S)


class AnnError(Exception):
    pass


def fold_ws(s):
    return " ".join(s.split())


def nfc(s):
    return unicodedata.normalize("NFC", s)


def split_overrides(text):
    """'caption ||credit=X ||text=Y' -> ('caption', {'credit': 'X', 'text': 'Y'})."""
    parts = text.split("||")
    over = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        k = k.strip()
        if k not in ("credit", "text"):
            raise AnnError(f"unknown override '||{p}'")
        over[k] = v.strip()
    return parts[0].strip(), over


def caption_of(piece, over):
    if "credit" in over or "text" in over:
        credit = over.get("credit") or None
        text = over.get("text")
        if text is None:
            m = CREDIT.match(piece)
            text = m.group("text").strip() if m else piece.strip()
        return {"text": text, "credit": credit}
    m = CREDIT.match(piece)
    if m and m.group("credit").strip():
        credit = m.group("credit").strip()
        # a final full stop after a name is dropped; the last dot of initials (H.Y.T.) is kept
        if credit.endswith(".") and not re.search(r"(?:^|[\s.])\w\.$", credit):
            credit = credit[:-1].rstrip()
        return {"text": m.group("text").strip(), "credit": credit}
    return {"text": piece.strip(), "credit": None}


def read_ann(path):
    head, body, seen_sep = {}, [], False
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not seen_sep:
                if raw.strip() == "---":
                    seen_sep = True
                elif raw.startswith("@"):
                    k, _, v = raw[1:].partition(" ")
                    head[k.strip()] = v.strip()
                elif raw.strip() and not raw.startswith("#"):
                    raise AnnError(f"{path}: header line without @: {raw[:60]}")
            else:
                body.append(raw)
    if not seen_sep:
        raise AnnError(f"{path}: no '---' line")
    while body and not body[-1].strip():
        body.pop()
    return head, body


def input_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


INLINE_TAGS = ("a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|"
               "sub|sup|time|u|var|wbr")


def page_text(path):
    """The page's text twice, joined by a newline: every tag replaced by a space, and inline tags
    (span, a, b, font ...) removed without a space, as a browser shows text they split
    ("( 6816" vs "(6816"). A gold string must occur in one of the two."""
    with open(path, "rb") as f:
        raw = f.read().decode("utf-8", errors="replace")
    raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    spaced = re.sub(r"(?s)<[^>]*>", " ", raw)
    joined = re.sub(r"(?is)</?(?:" + INLINE_TAGS + r")\b[^>]*>", "", raw)
    joined = re.sub(r"(?s)<[^>]*>", " ", joined)
    return fold_ws(nfc(html.unescape(spaced))) + "\n" + fold_ws(nfc(html.unescape(joined)))


def meta(head):
    def val(k):
        v = head.get(k)
        return None if v in (None, "", "null") else v
    return val


def build(ann_path):
    head, body = read_ann(ann_path)
    if "input" not in head:
        raise AnnError(f"{ann_path}: no @input")
    inp = os.path.normpath(os.path.join(os.path.dirname(ann_path), head["input"]))
    if not os.path.exists(inp):
        raise AnnError(f"{ann_path}: input {inp} not found")
    val = meta(head)
    gold = {"file": os.path.basename(inp)}
    if val("index") is not None:
        gold["index"] = int(val("index"))
    lines, paras, captions, chrome, problems = [], [], [], [], []
    title_text = None
    is_html = "html" in head
    src = None if is_html else input_lines(inp)
    first = int(val("firstLine") or 1)
    ptext = page_text(inp) if is_html else None

    for i, raw in enumerate(body):
        n = i + 1 if is_html else first + i
        if not is_html:
            if n - 1 >= len(src):
                problems.append(f"line {n}: past the end of the input ({len(src)} lines)")
                break
            orig = src[n - 1]
            if not orig.strip():
                if raw.strip():
                    problems.append(f"line {n}: input line is blank but annotated: {raw[:50]}")
                continue
            if not raw.strip():
                problems.append(f"line {n}: not annotated: {orig[:60]}")
                continue
        elif not raw.strip():
            continue
        m = LINE.match(raw)
        if not m:
            problems.append(f"line {n}: not 'LABEL| text': {raw[:60]}")
            continue
        code, kind, flags, text = m.group(1), m.group(2), m.group(3).split(), m.group(4)
        if code == "?":
            problems.append(f"line {n}: still '?'")
            continue
        label = LABELS[code]
        text, over = split_overrides(text) if code == "C" else (text, {})
        # a fused caption's "||credit=" / "||text=" overrides are notes, not input text
        plain = INLINE.sub(lambda mm: split_overrides(mm.group(3))[0] if mm.group(1) == "C"
                           else mm.group(3), text)
        if is_html:
            if fold_ws(nfc(plain)) not in ptext:
                problems.append(f"order {n}: text not found in the page: {plain[:70]}")
        elif fold_ws(nfc(plain)) != fold_ws(nfc(orig)):
            a, b = fold_ws(nfc(plain)), fold_ws(nfc(orig))
            k = next((j for j in range(min(len(a), len(b))) if a[j] != b[j]), min(len(a), len(b)))
            problems.append(f"line {n}: text differs from the input at char {k}: "
                            f"ann …{a[max(0,k-20):k+30]!r} input …{b[max(0,k-20):k+30]!r}")
            continue
        entry = {"n": n, "label": label}
        if kind and label in ("chrome", "dateline"):
            entry["kind"] = kind
        for fl in flags:
            if fl == "crosshead":
                entry["crosshead"] = True
            elif fl.startswith("dup="):
                entry["duplicateOf"] = int(fl[4:])
            else:
                problems.append(f"line {n}: unknown flag {fl}")
        pieces = list(INLINE.finditer(text))
        if pieces and label not in ("body", "title"):
            problems.append(f"line {n}: inline markup is only for body and title lines")
            continue
        if pieces and label == "title":
            # a field label or a site suffix on the title line ("Title: X - VnExpress"): the
            # entry's text is the headline alone, the pieces are chrome of the line
            if any(p.group(1) not in ("X", "D", "Y") for p in pieces):
                problems.append(f"line {n}: only [[X:]], [[D:]], [[Y:]] pieces on a title line")
                continue
            kept = fold_ws(INLINE.sub(" ", text))
            entry.update({"text": kept, "edited": True})
            lines.append(entry)
            for p in pieces:
                lab = {"Y": "byline", "D": "dateline", "X": "chrome"}[p.group(1)]
                e = {"n": n, "label": lab, "text": fold_ws(p.group(3)), "inline": True}
                if p.group(2):
                    e["kind"] = p.group(2)
                lines.append(e)
                chrome.append(fold_ws(p.group(3)))
            if title_text is not None:
                problems.append(f"line {n}: a second title line")
            title_text = kept
            continue
        if label == "body":
            segs, cur, extra, heads, repeats, dropped = [], [], [], [], [], []
            pos = 0
            for p in pieces:
                cur.append(text[pos:p.start()])
                pos = p.end()
                t, k2, piece = p.group(1), p.group(2), p.group(3).strip()
                if t == "H":
                    segs.append(" ".join(cur)); cur = []
                    segs.append(piece); heads.append(piece)
                    continue
                if t == "drop":
                    dropped.append(piece)
                    continue
                segs.append(" ".join(cur)); cur = []
                if t == "R":
                    repeats.append(piece)
                elif t == "C":
                    ptxt, pover = split_overrides(piece)
                    cap = caption_of(ptxt, pover)
                    cap["inline"] = True
                    captions.append(cap)
                else:
                    lab = {"Y": "byline", "D": "dateline", "X": "chrome"}[t]
                    e = {"n": n, "label": lab, "text": fold_ws(piece), "inline": True}
                    if k2:
                        e["kind"] = k2
                    extra.append(e)
                    chrome.append(fold_ws(piece))
            cur.append(text[pos:])
            segs.append(" ".join(cur))
            segs = [fold_ws(s) for s in segs if fold_ws(s)]
            kept = fold_ws(" ".join(segs))
            if not kept:
                problems.append(f"line {n}: body line with no body text left")
                continue
            entry["text"] = kept
            if pieces and any(p.group(1) != "H" for p in pieces):
                entry["edited"] = True
            if heads:
                entry["crossheads"] = heads
            if repeats:
                entry["repeats"] = [{"line": find_line(lines, r), "text": fold_ws(r)} for r in repeats]
            if dropped:
                entry["dropped"] = dropped
            lines.append(entry)
            lines.extend(extra)
            paras.extend(segs)
            continue
        entry["text"] = fold_ws(plain) if not is_html else fold_ws(nfc(plain))
        lines.append(entry)
        if label == "title":
            if title_text is not None:
                problems.append(f"line {n}: a second title line")
            title_text = entry["text"]
        elif label == "caption":
            if "duplicateOf" not in entry:
                captions.append(caption_of(entry["text"], over))
        else:
            chrome.append(entry["text"])
    if problems:
        raise AnnError(f"{ann_path}:\n  " + "\n  ".join(problems))
    gold["title"] = val("title") if "title" in head else title_text
    gold["author"] = val("author")
    gold["publishedAt"] = val("publishedAt")
    for k in ("sourceOutlet", "outletTag", "leadTag", "notes"):
        if val(k) is not None:
            gold[k] = val(k)
    gold["body"] = paras
    seen, caps = set(), []
    for c in captions:
        key = (c["text"], c["credit"])
        if key not in seen:
            seen.add(key)
            caps.append(c)
    gold["captions"] = caps
    gold["chrome"] = chrome
    gold["lines"] = lines
    if gold["publishedAt"]:
        from datetime import datetime
        try:
            datetime.fromisoformat(gold["publishedAt"])
        except ValueError:
            raise AnnError(f"{ann_path}: @publishedAt is not ISO-8601: {gold['publishedAt']}")
    return gold


def find_line(lines, text):
    t = fold_ws(text)
    for e in lines:
        if e.get("label") == "body" and t in e.get("text", ""):
            return e["n"]
    return None


def cmd_init(a):
    if a.html:
        print(f"@input {os.path.relpath(a.input, a.relative_to or '.')}\n@html\n---")
        return
    src = input_lines(a.input)
    first, last = a.first_line, a.last_line or len(src)
    print(f"@input {os.path.relpath(a.input, a.relative_to or '.')}")
    if a.first_line != 1 or a.index is not None:
        print(f"@index {a.index if a.index is not None else 0}\n@firstLine {first}")
    print("@author null\n@publishedAt null\n---")
    for n in range(first, last + 1):
        line = src[n - 1]
        print(f"?| {line.strip()}" if line.strip() else "")


def cmd_build(a):
    try:
        gold = build(a.ann)
    except AnnError as e:
        print(e, file=sys.stderr)
        return 1
    out = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(out)
    else:
        sys.stdout.write(out)
    return 0


def cmd_check(a):
    bad = 0
    for root, _, files in os.walk(a.dir):
        for fn in sorted(files):
            if fn.endswith(".ann"):
                try:
                    build(os.path.join(root, fn))
                except AnnError as e:
                    bad += 1
                    print(e)
    print(f"{bad} file(s) with problems")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("init")
    i.add_argument("input")
    i.add_argument("--first-line", type=int, default=1)
    i.add_argument("--last-line", type=int)
    i.add_argument("--index", type=int)
    i.add_argument("--html", action="store_true")
    i.add_argument("--relative-to", help="directory the .ann file will live in (for @input)")
    b = sub.add_parser("build")
    b.add_argument("ann")
    b.add_argument("-o", "--output")
    c = sub.add_parser("check")
    c.add_argument("dir")
    a = ap.parse_args()
    return {"init": cmd_init, "build": cmd_build, "check": cmd_check}[a.cmd](a) or 0


if __name__ == "__main__":
    sys.exit(main())

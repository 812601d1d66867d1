#!/usr/bin/env python3
"""List the visible text blocks of a saved HTML page, in page order, to copy gold strings from.

    blocks.py PAGE.html [--from N] [--to M] [--grep TEXT] [--min-chars K] [--no-path]

Independent of vnnews (Python's html.parser only). A block is the text between two block-level
boundaries (p, div, h1-h6, li, td, br, figure, figcaption, ...), whitespace folded, entities
decoded, NFC. Never listed: <head>, <script>, <style>, <noscript>, <template>, <select>/<option>,
comments, and elements hidden in the markup itself (the `hidden` attribute, aria-hidden="true",
inline style display:none or visibility:hidden, and everything inside them). Stylesheets are not
read, so an element hidden only by a stylesheet class is still listed: judge those by hand
(../../shared/gold/dev/README.md: hidden elements are never used).

Each output line: `N<TAB>PATH<TAB>TEXT`, PATH being the nearest enclosing elements with their id
or class (`div#content>p.Normal`), so the article container is easy to recognise. The texts are
exactly what `ann.py` accepts for @html pages (every one occurs in its page text).
"""
import argparse, html, re, sys, unicodedata
from html.parser import HTMLParser

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "iframe", "legend", "li", "main",
    "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "video", "audio", "img", "input", "button", "textarea", "label",
}
SKIP = {"head", "script", "style", "noscript", "template", "select", "option", "svg", "math",
        "object", "embed", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen"}
HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)


def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, label, invisible)
        self.buf = []
        self.blocks = []         # (path, text)

    def invisible(self):
        return bool(self.stack) and self.stack[-1][2]

    def flush(self):
        text = fold("".join(self.buf))
        self.buf = []
        if text:
            path = ">".join(lbl for _, lbl, _ in self.stack[-3:] if lbl)
            self.blocks.append((path, text))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        hidden = (tag in SKIP or "hidden" in a or (a.get("aria-hidden") or "").lower() == "true"
                  or bool(HIDDEN_STYLE.search(a.get("style") or "")))
        if tag in BLOCK and not self.invisible():
            self.flush()
        if tag in VOID:
            return
        label = tag
        if a.get("id"):
            label += "#" + a["id"].strip()
        elif a.get("class"):
            label += "." + ".".join(a["class"].split()[:2])
        self.stack.append((tag, label, self.invisible() or hidden))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK and not self.invisible():
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                was_invisible = self.invisible()
                if tag in BLOCK and not was_invisible:
                    self.flush()
                del self.stack[i:]
                return
        # a stray end tag: ignore it, as browsers do

    def handle_data(self, data):
        if not self.invisible():
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def page_blocks(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8", errors="replace")
    p = Blocks()
    p.feed(text)
    p.close()
    return p.blocks


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("page")
    ap.add_argument("--from", dest="start", type=int, default=1)
    ap.add_argument("--to", dest="end", type=int)
    ap.add_argument("--grep", help="only blocks containing this text (case-insensitive)")
    ap.add_argument("--min-chars", type=int, default=0)
    ap.add_argument("--no-path", action="store_true")
    a = ap.parse_args()
    out = sys.stdout
    for n, (path, text) in enumerate(page_blocks(a.page), 1):
        if n < a.start or (a.end and n > a.end) or len(text) < a.min_chars:
            continue
        if a.grep and a.grep.lower() not in text.lower():
            continue
        out.write(f"{n}\t{text}\n" if a.no_path else f"{n}\t{path}\t{text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

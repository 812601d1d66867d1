#!/usr/bin/env python3
"""Counts what survives in the body of an export, by class of chrome, and how often each rule fired.

    bench/scan/scan.py EXPORT.jsonl [BASELINE.jsonl] [--examples CLASS/MARKER] [--limit N]

For every marker of every class (the classes of issue 12: crawler metadata, glued pieces, related
news, video and image labels, captions, source lines and addresses, continuation notes) it counts
the articles whose paragraphs still contain it and the occurrences, split by where they stand in
the paragraph (start, end, middle). With a second export it prints both and the change. Then the
rules: removals per rule and per kind, and the coverage of title, author, publishedAt, captions.
Markers are evidence to look at, not errors: "Ảnh:" in a body paragraph is nearly always a caption
left in, "Theo" at the end of a paragraph often a source line, but an address can be content.
"""
import argparse, collections, json, os, re, sys

U = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
L = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
CLASSES = {
    "1 metadata": {
        "stamp dd/mm/yy(yy) hh:mm": rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}},? *-? *\d{{1,2}}[:h]\d{{2}}\b|\b\d{{1,2}}[:h]\d{{2}},? *-? *\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
        "GMT+7 / UTC": r"\b(?:GMT|UTC) ?\+ ?0?7\b",
        "weekday stamp": r"\bThứ (?:[2-7]|hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy),? *(?:ngày )?\d{1,2}/\d{1,2}/\d{4}",
        "breadcrumb » / >": r"\S ?(?:»|›) ?\S",
        "tags line": r"(?i)\b(?:từ khóa|từ khoá|tags?)\s*:",
    },
    "2 glued": {
        "lower+Upper glued": rf"[{L}]{{2}}[{U}][{L}]",
        "stop+Name at end": rf"[{L}\d][.!?][{U}][{L}]+(?: [{U}][{L}]+){{0,3}}\s*$",
        "credit glued Ảnh:X": rf"Ảnh: ?[{U}][{L}]*(?: [{U}][{L}]*)*[{U}][{L}]",
    },
    "3 related": {
        "Tin liên quan": r"(?i)\btin liên quan\b",
        "Xem thêm": r"(?i)\bxem thêm\b",
        "Đọc thêm": r"(?i)\bđọc thêm\b",
        "Theo dòng sự kiện": r"(?i)\btheo dòng sự kiện\b",
        "Bài liên quan": r"(?i)\bbài liên quan\b",
        "Tin cùng chuyên mục": r"(?i)\btin cùng chuyên mục\b",
        ">> arrows": r">>|»»",
        "Kỳ N / Bài N:": r"\b(?:Kỳ|Bài|Phần) \d+:",
    },
    "5 video/image labels": {
        "Video:": r"(?i)\b(?:video|clip)\s*:",
        "file name .jpg/.png": r"(?i)\.(?:jpe?g|png|gif|webp)\b",
        "ảnh N / Ảnh N:": r"\b[Ảả]nh \d+\b",
    },
    "6 captions": {
        "Ảnh:": r"\b(?:Ảnh|ẢNH|ảnh)\s*:",
        "(Ảnh": r"\((?:Ảnh|ẢNH|ảnh)\b",
        "Ảnh minh họa": r"(?i)\bảnh minh ho?ạ\b|\bảnh minh hoạ\b",
        "Ảnh tư liệu": r"(?i)\bảnh tư liệu\b",
        "screenshot / clip frame": r"(?i)\bảnh chụp màn hình\b|\bảnh cắt từ\b|\bchụp màn hình\b",
        "Nguồn ảnh / Photo:": r"(?i)\bnguồn ảnh\b|\bphoto\s*:",
    },
    "7 source/address": {
        "Nguồn:": r"(?i)\bnguồn\s*:",
        "(Theo X)": r"\((?:Theo|theo) [^()]{2,60}\)",
        "Theo X at end": rf"(?:^|[.!?] )Theo [{U}][^.!?]{{0,50}}\s*$",
        "URL http/www": r"(?i)\bhttps?://|\bwww\.",
        "domain .vn/.com": r"(?i)\b[\w-]+\.(?:vn|com|net|org)\b",
        "e-mail": r"\b[\w.+-]+@[\w-]+\.[\w.]+\b",
        "end mark /.": r"/\.",
    },
    "9 continuation": {
        "(Còn nữa)/(Còn tiếp)": r"(?i)\((?:còn nữa|còn tiếp|hết|kỳ sau|xem tiếp)[^()]{0,30}\)",
        "Kỳ tới / Bài tới": r"(?i)\b(?:kỳ tới|bài tới|kỳ sau|bài sau)\s*:",
    },
}
COMPILED = {c: {m: re.compile(p) for m, p in ms.items()} for c, ms in CLASSES.items()}
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def hidden_ids():
    """Ids never shown as examples: the reserved files and the inputs of sealed eval sources."""
    ids = set()
    try:
        text = open(os.path.join(ROOT, "..", "shared", "eval", "RESERVED.md"), encoding="utf-8").read()
        for block in re.findall(r"```(.*?)```", text, re.S):
            ids.update(re.findall(r"\b\d{6,}\b", block))
    except OSError:
        sys.exit("cannot read ../shared/eval/RESERVED.md: refusing to show examples")
    try:
        for line in open(os.path.join(ROOT, "eval", "sources.tsv"), encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) > 3 and f[3] == "sealed":
                for kind in ("text", "html"):
                    d = os.path.join(ROOT, "eval", kind, f[0], "input")
                    if os.path.isdir(d):
                        for name in os.listdir(d):
                            ids.update(re.findall(r"\d{6,}", name))
    except OSError:
        pass
    return ids


def place(par, m):
    if m.start() <= 2:
        return "start"
    if m.end() >= len(par.rstrip()) - 2:
        return "end"
    return "middle"


def scan(path, want=None, limit=5):
    arts = 0
    hits = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    rules, kinds, rule_arts = collections.Counter(), collections.Counter(), collections.Counter()
    cov = collections.Counter()
    examples = []
    hidden = hidden_ids() if want else set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            arts += 1
            cov["title"] += bool(a.get("title"))
            cov["author"] += bool(a.get("author"))
            cov["publishedAt"] += bool(a.get("publishedAt"))
            cov["captions>0"] += bool(a.get("captions"))
            cov["captions"] += len(a.get("captions") or [])
            cov["paragraphs"] += len(a.get("paragraphs") or [])
            seen = set()
            for r in a.get("removed") or []:
                rules[r.get("rule")] += 1
                kinds[r.get("kind")] += 1
                if r.get("rule") not in seen:
                    seen.add(r.get("rule"))
                    rule_arts[r.get("rule")] += 1
            found = set()
            for par in a.get("paragraphs") or []:
                for c, ms in COMPILED.items():
                    for m, rx in ms.items():
                        for mm in rx.finditer(par):
                            h = hits[(c, m)]
                            h[1] += 1
                            h[2][place(par, mm)] += 1
                            found.add((c, m))
                            if (want == f"{c}/{m}" and len(examples) < limit
                                    and not set(re.findall(r"\d{6,}", a["source"]["path"])) & hidden):
                                s = max(0, mm.start() - 80)
                                examples.append(f"{a['source']['path']}: …{par[s:mm.end() + 80]}…")
            for k in found:
                hits[k][0] += 1
    return arts, hits, rules, kinds, rule_arts, cov, examples


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("export")
    ap.add_argument("baseline", nargs="?")
    ap.add_argument("--examples", help="CLASS/MARKER, e.g. '6 captions/Ảnh:'")
    ap.add_argument("--limit", type=int, default=10)
    a = ap.parse_args()
    now = scan(a.export, a.examples, a.limit)
    base = scan(a.baseline) if a.baseline else None
    if a.examples:
        print("\n".join(now[6]))
        return
    arts, hits, rules, kinds, rule_arts, cov, _ = now
    print(f"articles: {arts}" + (f" (baseline {base[0]})" if base else ""))
    print("\n## Markers left in body paragraphs (articles with it / occurrences: start, middle, end)\n")
    hdr = "| class | marker | articles | occurrences | start/mid/end |"
    if base:
        hdr += " baseline articles | baseline occurrences | change (articles) |"
    print(hdr)
    print("|" + " --- |" * (hdr.count("|") - 1))
    for c, ms in CLASSES.items():
        for m in ms:
            h = hits.get((c, m), [0, 0, collections.Counter()])
            row = f"| {c} | {m} | {h[0]} | {h[1]} | {h[2]['start']}/{h[2]['middle']}/{h[2]['end']} |"
            if base:
                b = base[1].get((c, m), [0, 0, None])
                row += f" {b[0]} | {b[1]} | {h[0] - b[0]:+d} |"
            print(row)
    print("\n## Coverage\n")
    for k in ("title", "author", "publishedAt", "captions>0", "captions", "paragraphs"):
        print(f"- {k}: {cov[k]}" + (f" (baseline {base[5][k]})" if base else ""))
    print("\n## Removals by rule (removals, articles)\n")
    allr = set(rules) | (set(base[2]) if base else set())
    for r in sorted(allr, key=lambda r: -rules.get(r, 0)):
        extra = f"  baseline {base[2].get(r, 0)}, {base[4].get(r, 0)}" if base else ""
        print(f"- {r}: {rules.get(r, 0)}, {rule_arts.get(r, 0)}{extra}")
    print("\n## Removals by kind\n")
    for k in sorted(set(kinds) | (set(base[3]) if base else set()), key=lambda k: -kinds.get(k, 0)):
        extra = f"  baseline {base[3].get(k, 0)}" if base else ""
        print(f"- {k}: {kinds.get(k, 0)}{extra}")


if __name__ == "__main__":
    main()

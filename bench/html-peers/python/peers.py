#!/usr/bin/env python3
"""Runs trafilatura and jusText on HTML pages and writes one JSONL per extractor in the export
schema's shape (source.path, title, author, publishedAt, paragraphs, captions), as the JVM and Node
peers do.

    PEERS_SRC=/work/data/peers python3 peers.py OUT_DIR PAGE.html ...

Neither is a dependency of vnnews, nor installed: both run from their public sources, fetched as
repository snapshots into $PEERS_SRC (see ../README.md), on Debian's Python 3 packages (python3-lxml,
python3-dateutil, python3-dateparser, python3-babel, python3-tld, python3-urllib3, python3-certifi,
python3-charset-normalizer). Each source tree gets a minimal dist-info so that
importlib.metadata finds its version.

trafilatura 2.2 runs in precision mode (favor_precision=True, the mode issue 13 quotes) and in its
standard mode; jusText 3.0 with its Vietnamese stoplist. None of them separates captions.
"""
import json, os, re, sys

SRC = os.environ.get("PEERS_SRC", "/work/data/peers")
TREES = {"trafilatura": "trafilatura", "htmldate": "htmldate", "courlan": "courlan", "justext": "jusText"}


def prepare():
    meta = os.path.join(SRC, "meta")
    os.makedirs(meta, exist_ok=True)
    for pkg, tree in TREES.items():
        root = os.path.join(SRC, tree)
        if not os.path.isdir(root):
            sys.exit(f"missing {root}: fetch the snapshot first (bench/html-peers/README.md)")
        init = open(os.path.join(root, pkg, "__init__.py"), encoding="utf-8").read()
        m = re.search(r"__version__\s*=\s*[\"']([^\"']+)", init)
        version = m.group(1) if m else "0"
        d = os.path.join(meta, f"{pkg}-{version}.dist-info")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "METADATA"), "w", encoding="utf-8") as f:
            f.write(f"Metadata-Version: 2.1\nName: {pkg}\nVersion: {version}\n")
        sys.path.insert(0, root)
    sys.path.insert(0, meta)


def record(path, title=None, author=None, date=None, paragraphs=()):
    return {"source": {"path": path, "index": 0}, "title": title, "author": author,
            "publishedAt": date, "paragraphs": [p for p in paragraphs if p.strip()], "captions": []}


def main():
    out, pages = sys.argv[1], sys.argv[2:]
    prepare()
    import warnings
    warnings.filterwarnings("ignore")
    import trafilatura
    import justext
    runs = {
        "trafilatura-precision": dict(favor_precision=True),
        "trafilatura": dict(),
    }
    files = {name: open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") for name in runs}
    jt = open(os.path.join(out, "justext.jsonl"), "w", encoding="utf-8")
    stop = justext.get_stoplist("Vietnamese")
    for path in pages:
        raw = open(path, "rb").read()
        html = raw.decode("utf-8", errors="replace")
        for name, opts in runs.items():
            r = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    include_images=False, date_extraction_params={
                                        "extensive_search": True, "original_date": True}, **opts)
            d = json.loads(r) if r else {}
            date = d.get("date")  # htmldate's day, no time of day
            files[name].write(json.dumps(record(path, d.get("title"), d.get("author"), date,
                                                (d.get("text") or "").split("\n")), ensure_ascii=False) + "\n")
        paras = [p.text for p in justext.justext(raw, stop) if not p.is_boilerplate]
        jt.write(json.dumps(record(path, paragraphs=paras), ensure_ascii=False) + "\n")
    for f in list(files.values()) + [jt]:
        f.close()


if __name__ == "__main__":
    main()

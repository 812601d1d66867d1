// Runs Mozilla Readability (on jsdom) over HTML pages and writes one JSON line per page in the
// vnnews export shape (source.path, title, author, publishedAt, paragraphs, captions).
// usage: node readability.mjs OUT.jsonl PAGE.html...
import { readFileSync, writeFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const BLOCKS = new Set(["P", "DIV", "SECTION", "ARTICLE", "LI", "UL", "OL", "H1", "H2", "H3", "H4",
  "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH", "FIGURE", "FIGCAPTION", "DL", "DT",
  "DD", "HEADER", "FOOTER", "MAIN", "ASIDE", "NAV", "TBODY", "THEAD"]);

function leafBlocks(root) {
  const out = [];
  let cur = "";
  const flush = () => {
    const s = cur.replace(/\s+/g, " ").trim();
    if (s) out.push(s);
    cur = "";
  };
  const walk = (el) => {
    for (const n of el.childNodes) {
      if (n.nodeType === 3) cur += n.textContent;
      else if (n.nodeType === 1) {
        if (n.tagName === "BR") flush();
        else if (BLOCKS.has(n.tagName)) { flush(); walk(n); flush(); }
        else walk(n);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

function isoOrNull(s) {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(s.trim());
  if (!m) return null;
  const time = m[2].length === 5 ? m[2] + ":00" : m[2];
  let off = m[3] || "+07:00";
  if (off !== "Z" && !off.includes(":")) off = off.slice(0, 3) + ":" + off.slice(3);
  return `${m[1]}T${time}${off}`;
}

const [out, ...pages] = process.argv.slice(2);
const lines = [];
for (const path of pages) {
  const html = readFileSync(path, "utf8");
  const vc = new VirtualConsole();
  const dom = new JSDOM(html, { url: "https://example.invalid/", virtualConsole: vc });
  const art = new Readability(dom.window.document).parse();
  let paragraphs = [];
  if (art && art.content) {
    const frag = new JSDOM(`<body>${art.content}</body>`, { virtualConsole: vc });
    paragraphs = leafBlocks(frag.window.document.body);
  }
  lines.push(JSON.stringify({
    source: { path, index: 0 },
    title: art ? art.title : null,
    author: art ? art.byline || null : null,
    publishedAt: art ? isoOrNull(art.publishedTime) : null,
    paragraphs,
    captions: [],
  }));
}
writeFileSync(out, lines.join("\n") + "\n");

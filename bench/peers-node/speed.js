// Articles per second of Mozilla Readability (on jsdom) over the sample articles of a generated
// corpus: each plain-text article (articles split by ##### lines) wrapped as an HTML page, one <p>
// per line, its first line also the <title>. Pages are made before the clock starts; one warm-up
// pass over the first 200, then one timed pass over all of them.
// usage: node speed.js SAMPLE.txt
// prints: readability-jsdom ARTICLES SECONDS ARTICLES/S CPU-SECONDS ARTICLES/CPU-S
"use strict";
const { readFileSync } = require("node:fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function pages(sample) {
  const out = [];
  let lines = [];
  const add = () => {
    lines = lines.filter((l) => l.trim() !== "");
    if (lines.length === 0) return;
    let html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(lines[0])}</title></head><body><article>\n`;
    for (const l of lines) html += `<p>${escape(l)}</p>\n`;
    out.push(html + "</article></body></html>\n");
    lines = [];
  };
  for (const line of sample.split("\n")) {
    if (line.trim() === "#####") add();
    else lines.push(line);
  }
  add();
  return out;
}

const vc = new VirtualConsole();
function extract(html) {
  const dom = new JSDOM(html, { url: "https://example.invalid/", virtualConsole: vc });
  const art = new Readability(dom.window.document).parse();
  const text = art && art.textContent ? art.textContent : "";
  dom.window.close();
  return text;
}

const all = pages(readFileSync(process.argv[2], "utf8"));
let chars = 0;
for (const p of all.slice(0, 200)) chars += extract(p).length;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (const p of all) chars += extract(p).length;
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(`readability-jsdom ${all.length} ${secs.toFixed(3)} ${(all.length / secs).toFixed(1)} ${cpuSecs.toFixed(3)} ${(all.length / cpuSecs).toFixed(1)} (${chars} chars)`);

#!/usr/bin/env node
// Page copies of saved HTML pages: what a scraper gets from document.body.innerText of a whole
// page whose stylesheets are missing.
//
//   node eval/tools/render.mjs --variant inline|nostyle PAGE.html OUT.txt [--force]
//   node eval/tools/render.mjs --list JOBS.tsv [--force]     (lines: PAGE<TAB>OUT<TAB>VARIANT)
//
// Each page is loaded in Debian's headless Chromium (puppeteer-core, installed with `npm install`
// in eval/tools) with JavaScript disabled and no network: every request is intercepted, the page
// itself is answered from the file, every other request (scripts, stylesheets, images, fonts,
// frames) is aborted. Then, in the page:
//   - every <link rel=stylesheet> is removed (external stylesheets are missing in a scrape anyway);
//   - variant "inline": the page's own <style> elements and style="" attributes are kept;
//   - variant "nostyle": they are removed too;
// and document.body.innerText is written to OUT (UTF-8, one trailing newline added).
// The page is served as UTF-8 unless its <meta charset> names another encoding; a page whose
// bytes are not valid in that encoding is refused with an error naming the file.
// An existing OUT is never overwritten without --force.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions', '--mute-audio'];
const VARIANTS = new Set(['inline', 'nostyle']);
// The page's own address while it is rendered: a reserved name that never resolves; no request
// to it leaves the browser, the page bytes are answered from the file.
const PAGE_ORIGIN = 'http://page.invalid/';

function usage(msg) {
  if (msg) console.error(`render.mjs: ${msg}`);
  console.error('usage: render.mjs --variant inline|nostyle PAGE.html OUT.txt [--force]\n' +
    '       render.mjs --list JOBS.tsv [--force]   (PAGE<TAB>OUT<TAB>VARIANT a line)');
  process.exit(2);
}

function parseArgs(argv) {
  const a = { force: false, jobs: [] };
  const rest = [];
  let variant = null;
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--force') a.force = true;
    else if (x === '--variant') variant = argv[++i];
    else if (x === '--list') {
      const file = argv[++i];
      if (!file) usage('--list needs a file');
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, k) => {
        if (!line.trim() || line.startsWith('#')) return;
        const [page, out, v] = line.split('\t');
        if (!page || !out || !VARIANTS.has(v)) usage(`${file}:${k + 1}: want PAGE<TAB>OUT<TAB>inline|nostyle`);
        a.jobs.push({ page, out, variant: v });
      });
    } else rest.push(x);
  }
  if (rest.length) {
    if (rest.length !== 2) usage('want one PAGE and one OUT');
    if (!VARIANTS.has(variant)) usage('--variant must be inline or nostyle');
    a.jobs.push({ page: rest[0], out: rest[1], variant });
  }
  if (!a.jobs.length) usage('nothing to render');
  return a;
}

function declaredCharset(bytes) {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i);
  return m ? m[1].toLowerCase() : 'utf-8';
}

function checkEncoding(file, bytes, charset) {
  try {
    new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch (e) {
    throw new Error(`${file}: not valid ${charset} (${e.message})`);
  }
}

async function renderOne(browser, job) {
  const bytes = fs.readFileSync(job.page);
  const charset = declaredCharset(bytes);
  checkEncoding(job.page, bytes, charset);
  const url = PAGE_ORIGIN + encodeURIComponent(path.basename(job.page));
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1280, height: 1800 });
    await page.setRequestInterception(true);
    let aborted = 0;
    page.on('request', (req) => {
      if (req.url() === url && req.isNavigationRequest()) {
        req.respond({ status: 200, contentType: `text/html; charset=${charset}`, body: bytes });
      } else {
        aborted++;
        req.abort('blockedbyclient');
      }
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    const text = await page.evaluate((variant) => {
      document.querySelectorAll('link[rel~="stylesheet" i]').forEach((el) => el.remove());
      if (variant === 'nostyle') {
        document.querySelectorAll('style').forEach((el) => el.remove());
        document.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
      }
      return document.body ? document.body.innerText : '';
    }, job.variant);
    return { text, aborted };
  } finally {
    await page.close();
  }
}

async function main() {
  const a = parseArgs(process.argv.slice(2));
  for (const job of a.jobs) {
    if (!fs.existsSync(job.page)) usage(`${job.page}: no such file`);
    if (fs.existsSync(job.out) && !a.force) usage(`${job.out} exists (use --force to replace it)`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vnnews-render-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, args: [...FLAGS, `--user-data-dir=${profile}`],
  });
  let failed = 0;
  try {
    for (const job of a.jobs) {
      try {
        const { text, aborted } = await renderOne(browser, job);
        fs.mkdirSync(path.dirname(job.out), { recursive: true });
        fs.writeFileSync(job.out, text.endsWith('\n') ? text : text + '\n', 'utf8');
        console.log(`${job.out}: ${text.split('\n').length} lines, variant ${job.variant}, ${aborted} requests aborted`);
      } catch (e) {
        failed++;
        console.error(`render.mjs: ${job.page}: ${e.message}`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main();

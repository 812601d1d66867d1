#!/usr/bin/env python3
"""Loopback HTTP server for make-wget-warc.sh: serves the shared dev corpus's HTML pages
(text/html; charset=utf-8), the seeds (text/plain; charset=utf-8), an index page linking to them,
a redirect, a missing page (404), a PDF and a PNG, so that the crawl meets every kind of record."""
import http.server
import os
import sys

SHARED, PORT = sys.argv[1], int(sys.argv[2])
DEV = os.path.join(SHARED, "corpus", "dev")
SEEDS = os.path.join(SHARED, "seeds")
PAGES = sorted(f for f in os.listdir(DEV) if f.endswith(".html"))
SEED_FILES = sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


class Handler(http.server.BaseHTTPRequestHandler):
    def send(self, status, ctype, body, extra=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path.split("?")[0]
        if p == "/index.html":
            links = [f'<li><a href="/dev/{f}">{f}</a></li>' for f in PAGES]
            links += [f'<li><a href="/seeds/{f}">{f}</a></li>' for f in SEED_FILES]
            links += ['<li><a href="/old-address">moved</a></li>', '<li><a href="/missing.html">gone</a></li>',
                      '<li><a href="/files/report.pdf">pdf</a></li>', '<li><img src="/files/logo.png"></li>']
            body = ("<!doctype html><html><head><meta charset=utf-8><title>index</title></head><body><ul>"
                    + "".join(links) + "</ul></body></html>").encode("utf-8")
            self.send(200, "text/html; charset=utf-8", body)
        elif p.startswith("/dev/") and p[5:] in PAGES:
            with open(os.path.join(DEV, p[5:]), "rb") as f:
                self.send(200, "text/html; charset=utf-8", f.read())
        elif p.startswith("/seeds/") and p[7:] in SEED_FILES:
            with open(os.path.join(SEEDS, p[7:]), "rb") as f:
                self.send(200, "text/plain; charset=utf-8", f.read())
        elif p == "/old-address":
            self.send(302, "text/html", b"<a href=/dev/%s>moved</a>" % PAGES[0].encode(),
                      [("Location", "/dev/" + PAGES[0])])
        elif p == "/files/report.pdf":
            self.send(200, "application/pdf", PDF)
        elif p == "/files/logo.png":
            self.send(200, "image/png", PNG)
        else:
            self.send(404, "text/html; charset=utf-8", b"<html><body><h1>404 Not Found</h1></body></html>")

    def log_message(self, fmt, *args):
        sys.stderr.write(fmt % args + "\n")


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()

#!/usr/bin/env bash
# Makes wget-dev.warc.gz: a WARC written by a real crawler, GNU Wget (Debian's wget), crawling a
# loopback HTTP server (serve-dev.py) that serves the shared dev corpus's HTML pages and the seeds.
# Run from the project directory: src/test/resources/warc/make-wget-warc.sh [../shared]
# See README.md beside this script for what the WARC holds and the counts the tests expect.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SHARED="$(cd "${1:-$HERE/../../../../../shared}" && pwd)"
WORK="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PORT=$(( 20000 + RANDOM % 20000 ))
python3 "$HERE/serve-dev.py" "$SHARED" "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do
  if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $PORT), 1)" 2>/dev/null; then break; fi
  sleep 0.1
done
cd "$WORK"
# -r -l 1: the index and every page it links to (wget follows the redirect too); wget also writes
# its arguments and its log into the archive, as resource records with metadata:// addresses
wget --quiet --recursive --level=1 --execute robots=off --directory-prefix=download \
  --warc-file=wget-dev --warc-header="operator: vnnews test fixture" \
  "http://127.0.0.1:$PORT/index.html" || true   # wget exits 8 for the deliberate 404
cp wget-dev.warc.gz "$HERE/wget-dev.warc.gz"
wget --version | head -1
ls -l "$HERE/wget-dev.warc.gz"

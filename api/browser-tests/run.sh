#!/usr/bin/env bash
# Browser tests of the adviser console and the widget (docs/console.md): installs the pinned
# playwright-core and axe-core, starts `./credpath serve` on a free port with a temporary database,
# runs tests/ (or the test files given as arguments) against it with Debian's Chromium, stops the server. Screenshots: api/target/browser-tests/.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "browser tests: no Chromium at $CHROMIUM (apt-get install -y chromium)" >&2; exit 2; }
npm ci --no-audit --no-fund --loglevel=error

export CREDPATH_ARTEFACTS="$ROOT/api/target/browser-tests"
mkdir -p "$CREDPATH_ARTEFACTS"
DATA=$(mktemp -d)
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
CREDPATH_ADMIN_KEY=$("$ROOT/credpath" keys issue --data-dir "$DATA" --tenant acme --type admin --create-tenant 2>/dev/null)
export CREDPATH_ADMIN_KEY CREDPATH_URL="http://127.0.0.1:$PORT"

echo "browser tests: starting credpath serve on $CREDPATH_URL (log: $CREDPATH_ARTEFACTS/server.log)" >&2
"$ROOT/credpath" serve --port "$PORT" --data-dir "$DATA" >"$CREDPATH_ARTEFACTS/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

ready=0
for _ in $(seq 1 600); do
  if node -e "fetch(process.env.CREDPATH_URL + '/v1/health/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
    ready=1; break
  fi
  kill -0 "$SERVER" 2>/dev/null || { echo "browser tests: the server exited; see $CREDPATH_ARTEFACTS/server.log" >&2; exit 1; }
  sleep 1
done
[ "$ready" = 1 ] || { echo "browser tests: the server was not ready within 600 s; see $CREDPATH_ARTEFACTS/server.log" >&2; exit 1; }
# One file at a time (each drives its own Chromium; Node 18's runner has no --test-concurrency).
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(tests/*.test.mjs)
failed=0
for f in "${files[@]}"; do
  node --test "$f" || failed=1
done
exit "$failed"

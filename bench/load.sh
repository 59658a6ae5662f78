#!/usr/bin/env bash
# Load run of the web app's read endpoints against 127.0.0.1 only, bounded in time: builds Release, starts the app on a
# free port with a throw-away database, warms it, then runs wrk on /health and on API reads and prints each figure.
# With --writes, an editor corrects a fact as fast as it can (GET for the ETag, PUT with If-Match) during every read
# run, and the writes' statuses are counted. STANDING_DB may name a PostgreSQL database to run on instead of SQLite.
# Usage: bench/load.sh [seconds per endpoint, default 10] [--writes]   (needs Debian's wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
writes=${2:-}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
out=$(mktemp -d /tmp/standing-load.XXXXXX)
pid=""; writer=""
trap 'kill $writer $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$out"' EXIT
dotnet build src/Standing.Web -c Release -o "$out/web" >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
dotnet build src/Standing.Cli -c Release -o "$out/cli" >>"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
export STANDING_DB=${STANDING_DB:-$out/load.db}
port=$((30000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
RateLimits__RequestsPerSecond=0 dotnet "$out/web/Standing.Web.dll" --urls "$base" >"$out/web.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "$base/health" >/dev/null && break; sleep 1; done
fact="$base/api/recognitions/XKX-FRA-recognised-2008-02-18"
if [ "$writes" = "--writes" ]; then
  key=$("$out/cli/standing" keys create --role editor --name "load run" --format csv | tail -n 1 | awk -F, '{print $NF}')
  (i=0; while :; do
     etag=$(curl -s -D - -o /dev/null "$fact" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
     curl -s -o /dev/null -w '%{http_code}\n' -X PUT "$fact" -H "Authorization: Bearer $key" -H "If-Match: $etag" -H 'Content-Type: application/json' \
       -d "{\"state\": \"FRA\", \"kind\": \"recognised\", \"date\": \"2008-02-18\", \"source\": \"https://example.org/load\", \"note\": \"load $i\"}" >>"$out/writes.log"
     i=$((i + 1))
   done) &
  writer=$!
fi
for path in "/health" "/api/summary?asOf=2021-01-01" "/api/map?asOf=2010-01-01" "/api/organisations?asOf=2024-12-31"; do
  curl -sf "$base$path" >/dev/null
  result=$(wrk -t2 -c16 -d"${seconds}s" --latency "$base$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$result")
  echo "$path: ${rps} requests/s, p99 ${p99}${errors:+, $errors}"
done
if [ -n "$writer" ]; then
  kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null || true
  echo "writes during the runs: $(sort "$out/writes.log" | uniq -c | awk '{printf "%s %s, ", $1, $2}' | sed 's/, $//')"
fi

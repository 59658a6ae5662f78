#!/usr/bin/env bash
# Load run of the web app's read endpoints against 127.0.0.1 only, bounded in time: builds Release, starts the app on a
# free port with a throw-away database, warms it, then runs wrk on /health and on API reads and prints each figure.
# Usage: bench/load.sh [seconds per endpoint, default 10]   (needs Debian's wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
out=$(mktemp -d /tmp/standing-load.XXXXXX)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$out"' EXIT
dotnet build src/Standing.Web -c Release -o "$out/web" >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
port=$((30000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
RateLimits__RequestsPerSecond=0 STANDING_DB="$out/load.db" dotnet "$out/web/Standing.Web.dll" --urls "$base" >"$out/web.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "$base/health" >/dev/null && break; sleep 1; done
for path in "/health" "/api/summary?asOf=2021-01-01" "/api/map?asOf=2010-01-01" "/api/organisations?asOf=2024-12-31"; do
  curl -sf "$base$path" >/dev/null
  result=$(wrk -t2 -c16 -d"${seconds}s" --latency "$base$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$result")
  echo "$path: ${rps} requests/s, p99 ${p99}${errors:+, $errors}"
done

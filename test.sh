#!/usr/bin/env bash
# Runs every test of Standing. Installs what is missing (Debian's chromium and postgresql), starts PostgreSQL on
# 127.0.0.1 for the tests that use it (STANDING_TEST_POSTGRES), runs all test projects, and prints
# "N passed, N failed" as its last line. Exit code 0 only if every test passed.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
command -v dotnet >/dev/null || { echo "the .NET SDK is missing: install .NET 10 first (https://dot.net)"; echo "0 passed, 1 failed"; exit 1; }
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(pg_bin)" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} (Debian packages)"
  if ! { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1
  fi
fi

# PostgreSQL on loopback, in a throw-away cluster owned by the postgres user.
pg_dir=$(mktemp -d /tmp/standing-pg.XXXXXX)
chmod 755 "$pg_dir"
pg_port=$((20000 + RANDOM % 20000))
stop_pg() { as_root su postgres -s /bin/sh -c "'$(pg_bin)/pg_ctl' -D '$pg_dir/data' -m fast stop" >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap stop_pg EXIT
as_root chown postgres "$pg_dir"
if as_root su postgres -s /bin/sh -c "'$(pg_bin)/initdb' -D '$pg_dir/data' -A trust -U postgres" >"$pg_dir/initdb.log" 2>&1 &&
   as_root su postgres -s /bin/sh -c "'$(pg_bin)/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1' start" >/dev/null 2>&1; then
  export STANDING_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
  echo "PostgreSQL listening on 127.0.0.1:$pg_port"
else
  echo "PostgreSQL did not start:"; cat "$pg_dir"/*.log 2>/dev/null | tail -n 20; echo "0 passed, 1 failed"; exit 1
fi

# The browser tests run after the others, on a machine no longer busy with them: a page is then judged by how it
# behaves, not by how many other test processes share its two cores.
log=$(mktemp /tmp/standing-test.XXXXXX)
dotnet test --solution tests/WithoutBrowser.slnf --no-progress 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
dotnet test --project tests/Standing.Web.BrowserTests --no-progress 2>&1 | tee -a "$log"
status=$(( status | PIPESTATUS[0] ))

# The runner's own summaries are not lines CI reads: add up their totals into "N passed, N failed".
sum() { awk -v key="$1" '$1 == key {n += $2} END {print n+0}' "$log"; }
total=$(sum total:)
failed=$(sum failed:)
passed=$(sum succeeded:)
skipped=$(sum skipped:)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or the runner failed before any test could
  echo "dotnet test exited with $status"
fi
[ "$total" -gt 0 ] || { echo "no test ran"; failed=$((failed > 0 ? failed : 1)); }
echo "$passed passed, $failed failed${skipped:+, $skipped skipped}"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]

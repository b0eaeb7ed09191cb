#!/usr/bin/env bash
# The test command: everything the test suite needs, then every test, then one summary line
# "N passed, N failed". Works on a fresh clone with the .NET SDK and Node; .ci/run calls it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"

# Azurite is pinned in package.json and installed from the lock file.
if [[ ! -x node_modules/.bin/azurite ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# One Azurite for all test projects, unless one already listens (the tests then use it too).
azurite_pid=""
stop_azurite() {
  if [[ -n "$azurite_pid" ]]; then
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
}
trap stop_azurite EXIT
if ! (echo >/dev/tcp/127.0.0.1/10002) 2>/dev/null; then
  node_modules/.bin/azurite --silent --inMemoryPersistence --disableTelemetry --skipApiVersionCheck \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 >/dev/null 2>&1 &
  azurite_pid=$!
  for _ in $(seq 1 100); do
    (echo >/dev/tcp/127.0.0.1/10002) 2>/dev/null && break
    sleep 0.2
  done
fi

# Bicep compiles and lints clean, or the run fails here.
bash infra/build.sh

rm -rf "$results"
status=0
dotnet test NoContactFunctions.sln --nologo --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" || status=$?

# Sum the counters of every test project's TRX file.
sum() { grep -ho "<Counters [^>]*" "$results"/*.trx 2>/dev/null | grep -o " $1=\"[0-9]*\"" |
  grep -o "[0-9]*" | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(sum passed)
failed=$(sum failed)
if [[ "$status" -ne 0 && "$failed" -eq 0 ]]; then
  failed=1  # the build or the runner failed before any test could report
fi
echo "$passed passed, $failed failed"
exit "$status"

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

# Each test project starts its own in-memory Azurite from node_modules on free ports, so
# projects running in parallel (or a developer's running Azurite) never share one.

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
skipped=$(sum notExecuted)
if [[ "$status" -ne 0 && "$failed" -eq 0 ]]; then
  failed=1  # the build or the runner failed before any test could report
fi
if [[ "$skipped" -gt 0 ]]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"

#!/usr/bin/env bash
# Rerunnable benchmark: the webhook's latency and the timers' cost over real HTTP on the local
# host, with Azurite. Prints medians and tails; docs/benchmarks.md keeps a run's output.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet build bench/NoContact.Bench --configuration Release --nologo --verbosity quiet \
  -consoleLoggerParameters:ErrorsOnly
dotnet bench/NoContact.Bench/bin/Release/net10.0/NoContact.Bench.dll

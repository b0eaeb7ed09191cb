#!/usr/bin/env bash
# Runs the whole service on this machine, with no Azure, no Twilio and no `func`: Azurite, the
# function app on a local host, a stand-in Twilio and the phone page at http://127.0.0.1:7071/dev/.
# Ctrl+C stops it all, Azurite included if the host started it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ]; then
  echo "Installing Azurite (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "Building the local host..."
dotnet build src/NoContact.LocalHost --configuration Debug --nologo --verbosity quiet \
  "-consoleLoggerParameters:ErrorsOnly;NoSummary"

echo "Starting: the host prints the phone page's address when it is ready."
exec dotnet src/NoContact.LocalHost/bin/Debug/net10.0/NoContact.LocalHost.dll "$@"

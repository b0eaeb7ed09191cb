#!/usr/bin/env bash
# Creates or updates the Azure resources and publishes the app: the steps of docs/deploy.md in one
# script, which the tag workflow (.github/workflows/ci.yml) runs too.
#
# Needs az (signed in), the .NET 10 SDK and zip, and these environment variables:
#   AZURE_RESOURCE_GROUP, AZURE_LOCATION, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN,
#   and TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID.
# Extra arguments are passed on as Bicep parameters, e.g. httpAlwaysReadyInstances=2.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${AZURE_RESOURCE_GROUP:?set AZURE_RESOURCE_GROUP}"
: "${AZURE_LOCATION:?set AZURE_LOCATION}"
: "${TWILIO_ACCOUNT_SID:?set TWILIO_ACCOUNT_SID}"
: "${TWILIO_AUTH_TOKEN:?set TWILIO_AUTH_TOKEN}"
if [[ -z "${TWILIO_FROM_NUMBER:-}${TWILIO_MESSAGING_SERVICE_SID:-}" ]]; then
  echo "Set TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID." >&2
  exit 1
fi

az group create --name "$AZURE_RESOURCE_GROUP" --location "$AZURE_LOCATION" --output none

echo "Deploying infra/main.bicep to $AZURE_RESOURCE_GROUP ..."
app="$(az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name nocontact \
  --template-file "$root/infra/main.bicep" \
  --parameters \
    twilioAccountSid="$TWILIO_ACCOUNT_SID" \
    twilioAuthToken="$TWILIO_AUTH_TOKEN" \
    twilioFromNumber="${TWILIO_FROM_NUMBER:-}" \
    twilioMessagingServiceSid="${TWILIO_MESSAGING_SERVICE_SID:-}" \
    "$@" \
  --query properties.outputs.functionAppName.value --output tsv)"

echo "Publishing src/NoContact.Functions to $app ..."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$root/src/NoContact.Functions" --configuration Release --output "$work/app"
# Flex Consumption wants host.json at the root of the zip, so zip the folder's contents.
(cd "$work/app" && zip -qr "$work/app.zip" .)
az functionapp deployment source config-zip \
  --resource-group "$AZURE_RESOURCE_GROUP" --name "$app" --src "$work/app.zip"

webhook="$(az deployment group show --resource-group "$AZURE_RESOURCE_GROUP" --name nocontact \
  --query properties.outputs.twilioWebhookUrl.value --output tsv)"
echo "Done. Set the Twilio number's Messaging webhook (HTTP POST) to: $webhook"

#!/usr/bin/env bash
# Compiles and lints every Bicep file under infra/ with the Bicep CLI from the NuGet package
# Azure.Bicep.CommandLine.linux-x64 (no network beyond NuGet). Fails on any error or warning.
# Compiled ARM JSON goes to artifacts/infra/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_project="$root/tests/NoContact.Infra.Tests/NoContact.Infra.Tests.csproj"
out="$root/artifacts/infra"

# The infra test project references the package too (its tests compile the templates), so its
# restore is what brings the binary; the version lives in Directory.Packages.props.
bicep="${BICEP:-}"
if [[ -z "$bicep" ]]; then
  dotnet restore "$tools_project" --verbosity quiet
  package_dir="$(dotnet msbuild "$tools_project" -getProperty:PkgAzure_Bicep_CommandLine_linux-x64)"
  bicep="$package_dir/tools/bicep"
fi
# NuGet does not keep the executable bit on every extraction path.
chmod +x "$bicep"
echo "Using $("$bicep" --version)"

rm -rf "$out"
mkdir -p "$out"
failed=0

# Runs a bicep command; any diagnostic it prints (it exits 0 on warnings) counts as a failure.
check() {
  local log
  if ! log="$("$@" 2>&1)" || [[ -n "$log" ]]; then
    printf '%s\n' "$log" >&2
    failed=1
  fi
}

cd "$root/infra"
while IFS= read -r file; do
  echo "bicep: $file"
  check "$bicep" lint "$file"
  mkdir -p "$out/$(dirname "$file")"
  check "$bicep" build "$file" --outfile "$out/${file%.bicep}.json"
done < <(find . -name '*.bicep' -printf '%P\n' | sort)

# Parameter files are checked but not kept: a placeholder stands in for the secret they read.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
while IFS= read -r file; do
  echo "bicep: $file"
  export TWILIO_AUTH_TOKEN=placeholder-for-build-only
  check "$bicep" lint "$file"
  check "$bicep" build-params "$file" --outdir "$scratch"
done < <(find . -name '*.bicepparam' -printf '%P\n' | sort)

if [[ $failed -ne 0 ]]; then
  echo "infra/build.sh: Bicep reported errors or warnings (above)." >&2
  exit 1
fi
echo "infra/build.sh: all Bicep files compile and lint clean; ARM JSON in artifacts/infra/"

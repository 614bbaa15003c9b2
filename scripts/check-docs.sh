#!/usr/bin/env bash
# Builds the combined DocC documentation (the TradeBrief catalog and the
# modules it re-exports, linked together; the README's "one archive with all
# of them") and fails if DocC warns about anything: a broken link such as
# ``USState`` where the symbol lives in another module, a link to an internal
# type, an ambiguous overload.
#
# It takes a few minutes (seven targets), so it is not part of `swift test`;
# run it as `make docs` before changing doc comments or the .docc articles.
# Works offline once the packages are resolved (the docc plugin is a dependency).
#
# Usage: bash scripts/check-docs.sh [OUTPUT-FOLDER]   (default: a temporary folder, removed)
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
out=${1:-}
temporary=""
if [ -z "$out" ]; then
  out=$(mktemp -d "${TMPDIR:-/tmp}/tradebrief-docs.XXXXXXXXXX")
  temporary=$out
fi
log=$(mktemp "${TMPDIR:-/tmp}/tradebrief-docs-log.XXXXXXXXXX")
trap 'rm -f "$log"; [ -z "$temporary" ] || rm -rf "$temporary"' EXIT
status=0
$SWIFT package --disable-sandbox --allow-writing-to-directory "$out" generate-documentation \
  --target TradeBrief --target BriefData --target BriefStyle --target BriefCharts --target BriefRender \
  --target BriefLayout --target BriefDocument \
  --enable-experimental-combined-documentation --output-path "$out" >"$log" 2>&1 || status=$?
# pkg-config's "-pthread" notice is SwiftPM's, not DocC's (DESIGN.md: harmless).
warnings=$(grep -E '^(warning|error): ' "$log" | grep -v 'prohibited flag' || true)
if [ "$status" -ne 0 ] || [ -n "$warnings" ]; then
  # Each warning with the source lines DocC prints under it.
  grep -v 'prohibited flag' "$log" | awk '/^(warning|error): /{show=1} /^(Building|Build |\[[0-9]|Finished|Generated|Compiling|Write|Emitting)/{show=0} show' >&2
  echo "docs: $(printf '%s\n' "$warnings" | grep -c . || true) warning(s); exit status $status" >&2
  exit 1
fi
if [ -n "$temporary" ]; then
  echo "docs: no warnings (pass a folder to keep the archive)"
else
  echo "docs: no warnings (combined archive: $out)"
fi

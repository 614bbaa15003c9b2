#!/usr/bin/env bash
# Writes Documentation/man/tradebrief.1 from the commands' own help, with
# swift-argument-parser's generate-manual plugin.
#
# The plugin drops every non-ASCII character ("U.S.–Korea" becomes
# "U.S.Korea"). So the tool is run through a wrapper that rewrites each
# non-ASCII character of its help dump as a groff escape (\[u2013]); the
# generator escapes its backslash (\e[u2013]), which a last pass undoes, and
# man renders the character.
#
# Usage: bash scripts/make-manpage.sh   (after swift build; make install runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
$SWIFT build --product tradebrief >/dev/null
bin=$($SWIFT build --show-bin-path)
tool=$(find .build -name generate-manual-tool -type f -perm -u+x | head -1)
if [ -z "$tool" ]; then
  # Build the plugin's tool once (the plugin builds it, then we call it directly).
  $SWIFT package plugin --allow-writing-to-package-directory generate-manual --help >/dev/null 2>&1 || true
  tool=$(find .build -name generate-manual-tool -type f -perm -u+x | head -1)
fi
[ -n "$tool" ] || { echo "make-manpage: generate-manual-tool not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/tradebrief" <<WRAP
#!/usr/bin/env bash
"$bin/tradebrief" "\$@" | python3 -c '
import sys
text = sys.stdin.read()
sys.stdout.write("".join(c if ord(c) < 128 else "\\\\\\\\[u%04X]" % ord(c) for c in text))
'
WRAP
chmod +x "$work/tradebrief"
mkdir -p Documentation/man
mkdir -p "$work/out"
"$tool" "$work/tradebrief" --date "${MANPAGE_DATE:-2026-11-30}" --authors "The tradebrief authors" -o "$work/out" >/dev/null
sed 's/\\e\[u\([0-9A-F]\{4,5\}\)\]/\\[u\1]/g' "$work/out/tradebrief.1" > Documentation/man/tradebrief.1
echo "make-manpage: wrote Documentation/man/tradebrief.1"

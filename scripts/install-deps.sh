#!/usr/bin/env bash
# Installs the Debian packages tradebrief needs to build, render and be tested,
# only those that are missing. Needs root (or sudo) when something is missing.
set -euo pipefail

packages=(
  pkg-config
  libcairo2-dev        # Cairo: PDF, SVG, PNG surfaces
  libpango1.0-dev      # Pango: text layout
  fonts-dejavu-core    # the house font
  fonts-nanum          # Hangul for Korean company names in English text (TrueType: small PDF subsets, little memory)
  fonts-noto-cjk       # the Korean edition's font (Noto Sans CJK KR)
  poppler-utils        # pdfinfo, pdftotext, pdftoppm: independent PDF readers for tests
  qpdf                 # qpdf --check
  librsvg2-bin         # rsvg-convert: independent SVG renderer for tests
  libcmark-gfm-dev     # cmark-gfm: GitHub's CommonMark parser, for Markdown briefs
  libcmark-gfm-extensions-dev  # its tables, strikethrough and autolink extensions
  libyaml-dev          # libyaml: the YAML parser for style files and front matter (BriefYAML; Yams would link Foundation)
  libhyphen-dev        # libhyphen: LibreOffice's hyphenation library
  hyphen-en-us         # its US English patterns
  chromium             # headless browser: charts.html is checked in a real browser
  libxml2-utils        # xmllint: an independent XML parser for SVG checks
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all system packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
# A warm font cache keeps the first text layout fast (~5 ms instead of ~100 ms).
fc-cache >/dev/null 2>&1 || true

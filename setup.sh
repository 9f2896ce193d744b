#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks (PostgreSQL server programs, Chromium for the browser
# tests, Tesseract with Swedish and pdftoppm for reading scanned PDFs) and restores the .NET packages. Safe to
# run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")"
missing=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
# The Swedish model is a package of its own; without it tesseract reads å, ä and ö badly.
tesseract --list-langs 2>/dev/null | grep -qx swe || missing+=(tesseract-ocr-swe)
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
dotnet restore Decisions.sln --verbosity quiet

#!/usr/bin/env bash
# The tests need two Debian programs: Chromium for the end-to-end tests (Playwright's own
# browser download is not possible here) and pdftotext (poppler-utils) to read the written
# statement PDF back. Install what is missing when we may; otherwise say what to do.
set -euo pipefail
missing=()
[ -x "${CAREBOOK_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need: ${missing[*]} (Chromium at /usr/bin/chromium, or set CAREBOOK_CHROMIUM)." >&2
echo "On Debian or Ubuntu: sudo apt-get install ${missing[*]}" >&2
exit 1

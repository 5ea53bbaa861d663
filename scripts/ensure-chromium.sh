#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser download is not
# possible here). Install it when it is missing and we may; otherwise say what to do.
set -euo pipefail
if [ -x "${CAREBOOK_CHROMIUM:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium at /usr/bin/chromium (or set CAREBOOK_CHROMIUM)." >&2
echo "On Debian or Ubuntu: sudo apt-get install chromium" >&2
exit 1

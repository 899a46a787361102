#!/usr/bin/env bash
# Installs what the whole test suite needs beyond npm packages, on a fresh Debian machine:
# Debian packages (chromium for browser and VS Code tests, poppler-utils for PDF checks, a free
# CJK fonts for rendering (TrueType ones, so the PDF embeds no Type 3 fonts), libkrb5-dev for the offline VS Code server), then the offline VS Code
# tooling (scripts/e2e-setup.sh). Idempotent: what is there already is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for pkg in chromium poppler-utils fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-liberation libkrb5-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-test-env: run as root (or install: ${need[*]})" >&2
    exit 1
  fi
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
bash scripts/e2e-setup.sh

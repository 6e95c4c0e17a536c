#!/usr/bin/env bash
# Installs everything NubeLab needs, from the package registries only, and is safe to re-run:
#   - Node 22 and the npm dependencies (the `node` package carries the Node 22 binary);
#   - the embedded emulator's Python virtualenv (moto + AWS CLI), pinned in emulator/requirements.lock;
#   - the boto3 that emulated Lambda functions import (.lambda-sdk/), pinned in emulator/lambda-sdk.lock;
#   - with --browser: Debian's Chromium, which Playwright drives.
# Each step is skipped when what it installs is already current.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

want_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    -h|--help) echo "usage: scripts/setup.sh [--browser]"; exit 0 ;;
    *) echo "setup: unknown option '$arg' / opción desconocida '$arg'" >&2; exit 2 ;;
  esac
done

say() { printf '▸ %s\n' "$*"; }
fingerprint() { cat "$@" | sha256sum | cut -c1-16; }

# 1. Node 22 and npm packages. `npm ci` is not used: npm 11 omits other platforms' optional
#    packages from the lockfile and then refuses it. `npm install` still honours the lockfile;
#    `--no-save` stops it rewriting package-lock.json (or package.json) when they disagree or npm
#    formats them differently, so a fresh clone stays clean after `npm start`.
node_stamp=node_modules/.nubelab-setup
node_want=$(fingerprint package.json package-lock.json)
if [ -x node_modules/.bin/node ] && [ "$(cat "$node_stamp" 2>/dev/null)" = "$node_want" ]; then
  say "npm packages: up to date / al día"
else
  say "npm packages: installing / instalando (Node 22 included / incluido)…"
  npm install --no-save --no-audit --no-fund --loglevel=error
  echo "$node_want" > "$node_stamp"
fi
./node_modules/.bin/node -e '
  const [maj, min] = process.versions.node.split(".").map(Number);
  if (maj < 22 || (maj === 22 && min < 12)) { console.error("Node >= 22.12 required, got " + process.versions.node); process.exit(1); }'

# 2. The emulator's virtualenv.
venv_stamp=.venv/.nubelab-setup
venv_want=$(fingerprint emulator/requirements.lock)
if [ -x .venv/bin/moto_server ] && [ "$(cat "$venv_stamp" 2>/dev/null)" = "$venv_want" ]; then
  say "emulator virtualenv: up to date / al día"
else
  say "emulator virtualenv: installing moto + AWS CLI / instalando moto + AWS CLI…"
  python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python >= 3.10 required")'
  rm -rf .venv
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r emulator/requirements.lock
  echo "$venv_want" > "$venv_stamp"
fi

# 3. The SDK for emulated Lambda functions: pure Python, installed apart from the venv so a
#    function sees only its own code, its layers and boto3 (as on AWS).
sdk_stamp=.lambda-sdk/.nubelab-setup
sdk_want=$(fingerprint emulator/lambda-sdk.lock)
if [ "$(cat "$sdk_stamp" 2>/dev/null)" = "$sdk_want" ]; then
  say "Lambda functions' boto3: up to date / al día"
else
  say "Lambda functions' boto3: installing / instalando…"
  rm -rf .lambda-sdk
  .venv/bin/pip install --quiet --disable-pip-version-check --no-deps --target .lambda-sdk -r emulator/lambda-sdk.lock
  echo "$sdk_want" > "$sdk_stamp"
fi

# 4. Chromium for the browser tests.
if [ "$want_browser" = 1 ]; then
  if [ -x /usr/bin/chromium ]; then
    say "chromium: present / presente"
  else
    say "chromium: installing from Debian / instalando desde Debian…"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  fi
fi
say "setup done / instalación lista"

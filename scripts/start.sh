#!/usr/bin/env bash
# Starts NubeLab for a student: installs what it needs, starts the embedded emulator (moto) on
# http://localhost:4566, and serves the course site. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"

node bin/nubelab.mjs emulator start

site_pid=""
# However this ends (Ctrl+C, a closed terminal, the site exiting), stop both the site and the emulator.
cleanup() {
  [ -z "$site_pid" ] || kill "$site_pid" 2>/dev/null || true
  node bin/nubelab.mjs emulator stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

cat <<'TXT'

  NubeLab ▸ http://localhost:4321/es/   (English: http://localhost:4321/en/)
  Emulador / emulator ▸ http://localhost:4566
  En otra terminal / in another terminal:  npx nubelab check s3-bucket

TXT
# In the background and waited for, so a signal reaches the traps above at once.
astro dev --host 127.0.0.1 --port 4321 &
site_pid=$!
wait "$site_pid"

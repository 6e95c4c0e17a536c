#!/usr/bin/env bash
# Starts NubeLab for a student: installs what it needs, starts the embedded emulator (moto) and
# serves the built course site (with search). Ctrl+C stops both; the emulator saves the student's
# resources first and restores them on the next start.
# Ports: NUBELAB_SITE_PORT (4321) and NUBELAB_EMULATOR_PORT (4566). The lessons' "check my
# progress" button talks to `nubelab api` on 127.0.0.1:4322 (the port the site is built with).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

site_port=${NUBELAB_SITE_PORT:-4321}
emulator_port=${NUBELAB_EMULATOR_PORT:-4566}
running_file=.nubelab/start.env
site_url="http://localhost:$site_port"

# The page at $1 answers and is NubeLab's (bash only: this runs before anything is installed).
nubelab_answers() {
  timeout 3 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "GET /es/ HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3
    grep -q "NubeLab" <&3' 2>/dev/null
}
port_in_use() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# A second `npm start` points to the first one instead of failing.
if nubelab_answers "$site_port"; then
  running_emulator=""
  # shellcheck disable=SC1090
  [ -f "$running_file" ] && running_emulator=$(. "$running_file" && echo "${emulator_port:-}")
  echo "NubeLab ya está en marcha / is already running ▸ $site_url/es/  ($site_url/en/)"
  [ -z "$running_emulator" ] || echo "  Emulador / emulator ▸ http://localhost:$running_emulator"
  echo "  Para pararlo, Ctrl+C en su terminal / to stop it, Ctrl+C in its terminal."
  exit 0
fi
if port_in_use "$site_port"; then
  echo "✗ El puerto $site_port está ocupado por otro programa; usa otro / port $site_port is taken by another program; use another:" >&2
  echo "    NUBELAB_SITE_PORT=4400 npm start" >&2
  exit 1
fi

bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
bash scripts/build-site.sh

node bin/nubelab.mjs emulator start --port "$emulator_port"

# The local API behind the lessons' "check my progress" button: loopback only, read-only checker,
# graded against this emulator, answering only the site's own origins.
node bin/nubelab.mjs api --port 4322 --endpoint "http://localhost:$emulator_port" \
  --allow-origin "http://localhost:$site_port" --allow-origin "http://127.0.0.1:$site_port" &
api_pid=$!

site_pid=""
# However this ends (Ctrl+C, a closed terminal, the site exiting), stop the site, then the
# emulator, which saves the student's work first and says where (one line). If it cannot save,
# it says so and keeps running rather than lose the work.
cleanup() {
  [ -z "$site_pid" ] || kill "$site_pid" 2>/dev/null || true
  kill "$api_pid" 2>/dev/null || true
  rm -f "$running_file"
  node bin/nubelab.mjs emulator stop --port "$emulator_port" | tail -n 1 || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

check_hint="npx nubelab check s3-bucket"
[ "$emulator_port" = 4566 ] || check_hint="$check_hint --endpoint http://localhost:$emulator_port"
cat <<TXT

  NubeLab ▸ $site_url/es/   (English: $site_url/en/)
  Emulador / emulator ▸ http://localhost:$emulator_port
  En otra terminal / in another terminal:  $check_hint

TXT
# In the background and waited for, so a signal reaches the traps above at once.
astro preview --host 127.0.0.1 --port "$site_port" &
site_pid=$!
printf 'site_pid=%s\nsite_port=%s\nemulator_port=%s\n' "$site_pid" "$site_port" "$emulator_port" > "$running_file"
wait "$site_pid"

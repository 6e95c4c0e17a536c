#!/usr/bin/env bash
# Builds the course site into dist/ (static pages + the Pagefind search index) when its sources
# changed since the last build, so a second `npm start` serves at once. Prints progress as it goes;
# astro's full output is kept in .nubelab/site-build.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

stamp=.nubelab/site-build.stamp
log=.nubelab/site-build.log
# Everything the pages are built from: the site, the labs and checker code it imports, the static
# files, and the configuration and locked packages.
sources_fingerprint() {
  find site labs checker public astro.config.mjs package.json package-lock.json tsconfig.json \
    -type f ! -name '*.test.ts' -print0 2>/dev/null | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16
}

want=$(sources_fingerprint)
if [ -f dist/index.html ] && [ -d dist/pagefind ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  printf '▸ %s\n' "site: up to date / sitio al día"
  exit 0
fi
mkdir -p .nubelab
printf '▸ %s\n' "site: building (about 15–60 s) / construyendo el sitio (unos 15–60 s)…"
rm -f "$stamp"
# Only astro's milestones reach the terminal; a failure prints the end of the log.
if ! astro build 2>&1 | tee "$log" | { grep --line-buffered -E '\[build\] (Building|Collecting|Complete)|pagefind|\[ERROR\]' | sed -u 's/^/    /' || true; }; then
  tail -n 30 "$log" >&2
  printf '✗ %s\n' "site build failed, see / la construcción falló, mira: $log" >&2
  exit 1
fi
echo "$want" > "$stamp"

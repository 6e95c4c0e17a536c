#!/usr/bin/env bash
# Runs NubeLab's whole test suite from a fresh clone: installs what it needs (Node 22, the
# emulator's virtualenv, Chromium), then type-checks and runs the emulator's own tests (pytest),
# unit, infrastructure, integration (real moto processes) and browser (real Chromium) tests.
# Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh --browser || exit 2
export PATH="$PWD/node_modules/.bin:$PATH"
results=.nubelab/test-results
rm -rf "$results" && mkdir -p "$results"
status=0
start=$(date +%s)

step() { printf '\n══ %s\n' "$*"; }

step "sample data is what the generator makes"
node data/generate-taxi-sample.ts --check || status=1

step "type check (astro sync, then tsc --noEmit)"
# astro sync writes .astro/types.d.ts, which declares the astro:content module the site imports.
(astro sync >/dev/null && tsc --noEmit -p tsconfig.typecheck.json) || status=1

step "site build: every page in both languages, every internal link and #fragment validated"
# starlight-links-validator fails the build on a broken link; the site tests and Playwright use this build.
astro build >"$results/astro-build.log" 2>&1 || { tail -60 "$results/astro-build.log"; status=1; }
grep -E "page\(s\) built|Found .* invalid links|search index" "$results/astro-build.log" || true

step "emulator fidelity patches against a real moto server (pytest)"
.venv/bin/python -m pytest emulator/tests -q --junitxml="$results/pytest.xml" || status=1

step "unit, site, infrastructure and integration tests (vitest)"
vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1

step "browser tests (Playwright + Chromium)"
NUBELAB_SITE_BUILT=1 PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" playwright test --reporter=list,json || status=1

step "summary"
node scripts/test-summary.ts "$results" "$(( $(date +%s) - start ))" || status=1
exit $status

/**
 * Reads the reports pytest (JUnit XML), vitest and Playwright (JSON) wrote and prints one closing
 * line, "tests: N passed, N failed", that CI reads whatever runner produced the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = '.nubelab/test-results', seconds = '?'] = process.argv.slice(2);

interface Counts { passed: number; failed: number; skipped: number }

/**
 * pytest's JUnit XML: the counts are attributes of each <testsuite> (not of the <testsuites>
 * wrapper), and "tests" includes the failed, errored and skipped ones. A regex over those
 * attributes is enough; no XML parser is needed for four numbers.
 */
function pytest(): Counts {
  const file = join(dir, 'pytest.xml');
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [tag] of readFileSync(file, 'utf8').matchAll(/<testsuite\s[^>]*>/g)) {
    const attr = (name: string) => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(tag)?.[1] ?? 0);
    const [tests, failures, errors, skipped] = [attr('tests'), attr('failures'), attr('errors'), attr('skipped')];
    counts.passed += tests - failures - errors - skipped;
    counts.failed += failures + errors;
    counts.skipped += skipped;
  }
  return counts;
}

function vitest(): Counts {
  const file = join(dir, 'vitest.json');
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwright(): Counts {
  const file = join(dir, 'playwright.json');
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const s = (JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

/** A runner that reports no tests at all did not really run (a busy port, a crash before the first test). */
function ranSomething(c: Counts): Counts {
  return c.passed + c.failed + c.skipped === 0 ? { ...c, failed: 1 } : c;
}

const parts = { pytest: ranSomething(pytest()), vitest: ranSomething(vitest()), playwright: ranSomething(playwright()) };
const total = Object.values(parts).reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
for (const [name, c] of Object.entries(parts)) console.log(`${name.padEnd(10)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
console.log(`duration   ${seconds} s`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);

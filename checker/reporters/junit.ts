import type { Reporter } from './reporter.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Where the suite was graded and what it scored, as JUnit properties: the account matters on a
 * shared engine (--account), and a skipped case may or may not count (maxScore says).
 */
function properties(result: Parameters<Reporter>[0], score: number, maxScore: number): string {
  const values: [string, string | undefined][] = [
    ['target', result.target], ['endpoint', result.endpoint], ['region', result.region], ['account', result.account],
    ['score', String(score)], ['maxScore', String(maxScore)],
  ];
  const items = values.filter(([, v]) => v !== undefined).map(([k, v]) => `      <property name="${k}" value="${escape(v!)}"/>`);
  return ['    <properties>', ...items, '    </properties>'].join('\n');
}

/** JUnit XML for CI systems that show test reports: one suite per lab, one case per check. */
export const junitReporter: Reporter = (result, { lang }) => {
  const suites = result.labs.map((lab) => {
    const count = (status: string) => lab.checks.filter((c) => c.status === status).length;
    const cases = lab.checks.map((c) => {
      // Only a failure carries the lab's hint: an error is the target's problem, not the learner's.
      const hint = c.status === 'fail' ? `${c.hint[lang]}\n` : '';
      const body = `${c.message[lang]}\n${hint}${JSON.stringify(c.evidence, null, 2)}`;
      const inner =
        c.status === 'fail' ? `<failure message="${escape(c.message[lang])}">${escape(body)}</failure>`
        : c.status === 'error' ? `<error message="${escape(c.message[lang])}">${escape(body)}</error>`
        : c.status === 'not_applicable' || c.status === 'skipped' ? `<skipped message="${escape(c.message[lang])}"/>`
        : '';
      return `    <testcase classname="${escape(lab.lab)}" name="${escape(`${c.id}: ${c.title[lang]}`)}">${inner}</testcase>`;
    });
    return [
      `  <testsuite name="${escape(lab.lab)}" tests="${lab.checks.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${count('not_applicable') + count('skipped')}">`,
      properties(result, lab.score, lab.maxScore),
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nubelab">\n${suites.join('\n')}\n</testsuites>\n`;
};

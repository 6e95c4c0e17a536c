import type { Reporter } from './reporter.ts';

/** The machine-readable contract (field names are stable; see DESIGN.md). Text is in one language. */
export const jsonReporter: Reporter = (result, { lang }) =>
  JSON.stringify(
    {
      target: result.target,
      endpoint: result.endpoint ?? null,
      region: result.region,
      account: result.account ?? null,
      lang,
      score: result.score,
      maxScore: result.maxScore,
      problem: result.problem?.[lang] ?? null,
      labs: result.labs.map((lab) => ({
        lab: lab.lab,
        title: lab.title[lang],
        score: lab.score,
        maxScore: lab.maxScore,
        graded: lab.graded.map((g) => ({ kind: g.kind[lang], name: g.name, reference: g.reference ?? null, others: g.others })),
        checks: lab.checks.map((c) => ({
          id: c.id,
          status: c.status,
          points: c.points,
          maxPoints: c.maxPoints,
          title: c.title[lang],
          message: c.message[lang],
          // Only a failure has something for the learner to do; an error or a skip gets no hint.
          hint: c.status === 'fail' ? c.hint[lang] : null,
          cli: c.status === 'fail' ? c.cli ?? null : null,
          evidence: c.evidence,
        })),
      })),
    },
    null,
    2,
  ) + '\n';

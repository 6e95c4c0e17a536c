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
      labs: result.labs.map((lab) => ({
        lab: lab.lab,
        title: lab.title[lang],
        score: lab.score,
        maxScore: lab.maxScore,
        checks: lab.checks.map((c) => ({
          id: c.id,
          status: c.status,
          points: c.points,
          maxPoints: c.maxPoints,
          title: c.title[lang],
          message: c.message[lang],
          hint: c.hint[lang],
          evidence: c.evidence,
        })),
      })),
    },
    null,
    2,
  ) + '\n';

import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { findDashboards, summaryOfDashboard } from '../bi.ts';

export default defineCheck({
  id: 'quicksight_dashboard_published',
  points: 1,
  needs: ['quicksight_analysis_trips'],
  title: {
    es: 'Un panel publicado, con visuales, sale de ese análisis',
    en: 'A published dashboard, with visuals, comes from that analysis',
  },
  hint: {
    es: 'En el análisis, pulsa «Publish» → «Publish new dashboard». Por la CLI, crea el panel con la definición del análisis (describe-analysis-definition): su primera versión queda publicada.',
    en: 'In the analysis, choose "Publish" → "Publish new dashboard". On the CLI, create the dashboard with the analysis\'s definition (describe-analysis-definition): its first version is published.',
  },
  cli: 'aws quicksight create-dashboard --aws-account-id <account> --dashboard-id taxi-fares --name "Taxi fares" --definition file://published.json',
  run: async (ctx) => {
    const { analyses, all, matching } = await findDashboards(ctx);
    const evidence = { analysisArns: analyses.matching.map((a) => a.arn), dashboardsSeen: all.slice(0, 20).map(summaryOfDashboard) };
    const [found] = matching;
    if (found) {
      const version = found.dashboard.publishedVersion!;
      return pass(
        {
          es: `El panel ${found.dashboard.id} tiene publicada la versión ${version.number}, hecha a partir del análisis ${found.analysis.id}.`,
          en: `Dashboard ${found.dashboard.id} has version ${version.number} published, made from analysis ${found.analysis.id}.`,
        },
        { resource: found.dashboard.arn, builtFrom: found.analysis.arn, ...evidence },
      );
    }
    return fail(
      {
        es: `Ningún panel tiene publicada una versión sin errores, con visuales, hecha a partir del análisis (${all.length} paneles vistos).`,
        en: `No dashboard has a published version without errors, with visuals, made from the analysis (${all.length} dashboards seen).`,
      },
      evidence,
    );
  },
});

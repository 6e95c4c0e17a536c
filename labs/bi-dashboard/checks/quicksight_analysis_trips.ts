import { defineCheck, fail, pass } from '../../../checker/core/define.ts';
import { findAnalyses, summaryOfAnalysis, visualCount } from '../bi.ts';

export default defineCheck({
  id: 'quicksight_analysis_trips',
  points: 1,
  needs: ['quicksight_dataset_trips'],
  title: {
    es: 'Un análisis con al menos un visual está construido sobre ese conjunto de datos',
    en: 'An analysis with at least one visual is built on that data set',
  },
  hint: {
    es: 'Desde el conjunto de datos, pulsa «Use in analysis» y añade un visual (por ejemplo, un gráfico de barras de la tarifa media por tipo de pago). El análisis tiene que terminar de crearse sin errores.',
    en: 'From the data set, choose "Use in analysis" and add a visual (for example, a bar chart of the average fare by payment type). The analysis must finish being created without errors.',
  },
  cli: 'aws quicksight create-analysis --aws-account-id <account> --analysis-id taxi-fares --name "Taxi fares" --definition file://definition.json',
  run: async (ctx) => {
    const { dataSetArns, all, matching } = await findAnalyses(ctx);
    const evidence = { dataSetArns, analysesSeen: all.slice(0, 20).map(summaryOfAnalysis) };
    const [found] = matching;
    if (found) {
      return pass(
        {
          es: `El análisis ${found.id} usa el conjunto de datos y tiene ${visualCount(found.sheets)} visual(es).`,
          en: `Analysis ${found.id} uses the data set and has ${visualCount(found.sheets)} visual(s).`,
        },
        { resource: found.arn, ...evidence },
      );
    }
    const onDataSet = all.filter((a) => a.dataSetArns.some((arn) => dataSetArns.includes(arn)));
    if (onDataSet.length > 0) {
      return fail(
        {
          es: `Hay análisis sobre el conjunto de datos (${onDataSet.map((a) => `${a.id}: ${a.status}, ${visualCount(a.sheets)} visuales`).join('; ')}), pero ninguno está creado sin errores y con algún visual.`,
          en: `There are analyses on the data set (${onDataSet.map((a) => `${a.id}: ${a.status}, ${visualCount(a.sheets)} visuals`).join('; ')}), but none is built without errors and with a visual.`,
        },
        evidence,
      );
    }
    return fail({ es: 'Ningún análisis usa el conjunto de datos de los viajes.', en: 'No analysis uses the trips data set.' }, evidence);
  },
});

import { defineLab } from '../../checker/core/define.ts';
import { RESULTS_BUCKET_PREFIX } from '../athena-queries/athena.ts';
import quicksightAnalysisTrips from './checks/quicksight_analysis_trips.ts';
import quicksightDashboardPublished from './checks/quicksight_dashboard_published.ts';
import quicksightDashboardShared from './checks/quicksight_dashboard_shared.ts';
import quicksightDatasetTrips from './checks/quicksight_dataset_trips.ts';
import quicksightDatasourceAthena from './checks/quicksight_datasource_athena.ts';
import { gradedDashboard } from './bi.ts';
import { biSetup } from './setup.ts';

export default defineLab({
  id: 'bi-dashboard',
  title: { es: 'Un panel de QuickSight sobre los viajes', en: 'A QuickSight dashboard over the trips' },
  summary: {
    es: 'Una fuente de datos de Athena con el grupo de trabajo del proyecto, un conjunto de datos sobre los viajes procesados, un análisis con un gráfico, un panel publicado a partir de él y compartido con un usuario. El emulador comprueba la definición del panel, no lo dibuja.',
    en: "An Athena data source with the project's workgroup, a data set over the processed trips, an analysis with a chart, a dashboard published from it and shared with a user. The emulator checks the dashboard's definition; it does not draw it.",
  },
  lessons: ['taxi-project/quicksight-dashboard'],
  // The data source queries through athena-queries' workgroup; its table reads what glue-catalog wrote to s3-bucket's lake.
  requires: ['s3-bucket', 'glue-catalog', 'athena-queries'],
  setup: biSetup,
  graded: gradedDashboard,
  // The learner's name travels with athena-queries' results bucket (63 characters at most); QuickSight ids allow more.
  maxLearnerLength: 63 - RESULTS_BUCKET_PREFIX.length - '-'.length - 12,
  checks: [quicksightDatasourceAthena, quicksightDatasetTrips, quicksightAnalysisTrips, quicksightDashboardPublished, quicksightDashboardShared],
  cliSteps: [
    {
      id: 'variables',
      title: { es: 'Prepara las variables', en: 'Set up the variables' },
      description: {
        es: 'QuickSight pide el número de cuenta en cada llamada. Los identificadores los eliges tú.',
        en: 'QuickSight asks for the account number in every call. You choose the ids.',
      },
    },
    {
      id: 'user',
      title: { es: 'Registra el usuario que verá el panel', en: 'Register the user who will see the dashboard' },
      description: {
        es: 'Un lector (READER) solo abre paneles. En AWS recibe una invitación por correo.',
        en: 'A READER only opens dashboards. On AWS they get an e-mail invitation.',
      },
    },
    {
      id: 'data-source',
      title: { es: 'Crea la fuente de datos de Athena', en: 'Create the Athena data source' },
      description: {
        es: 'Usa el grupo de trabajo taxis: las consultas del panel heredan su bucket de resultados y su cifrado.',
        en: 'It uses the taxis workgroup: the dashboard\'s queries inherit its results bucket and encryption.',
      },
    },
    {
      id: 'data-set',
      title: { es: 'Crea el conjunto de datos', en: 'Create the data set' },
      description: {
        es: 'La tabla taxi_trips de la base de datos taxis, consultada directamente (sin SPICE).',
        en: 'The taxi_trips table of the taxis database, queried directly (no SPICE).',
      },
    },
    {
      id: 'analysis',
      title: { es: 'Crea el análisis con un gráfico', en: 'Create the analysis with a chart' },
      description: {
        es: 'Una hoja con un gráfico de barras: la tarifa media por tipo de pago.',
        en: 'One sheet with a bar chart: the average fare by payment type.',
      },
    },
    {
      id: 'dashboard',
      title: { es: 'Publica el panel', en: 'Publish the dashboard' },
      description: {
        es: 'Con la definición del análisis. La primera versión de un panel queda publicada.',
        en: "With the analysis's definition. A dashboard's first version is published.",
      },
    },
    {
      id: 'share',
      title: { es: 'Comparte el panel', en: 'Share the dashboard' },
      description: {
        es: 'Los tres permisos de un lector: abrirlo, listar sus versiones y consultar sus visuales.',
        en: 'The three permissions of a viewer: open it, list its versions and query its visuals.',
      },
    },
  ],
});

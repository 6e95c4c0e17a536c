import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as quicksight from 'aws-cdk-lib/aws-quicksight';
import type { Construct } from 'constructs';
import { assertValidLearner } from './learner.ts';

/** athena-queries' results bucket carries the learner's name (63 characters at most): the tightest limit the chain has. */
export const BI_DASHBOARD_MAX_LEARNER = 63 - 'taxis-athena-results-'.length - 1 - 12;
/** The table athena-queries registers over processed/trips/ and the columns the dashboard uses (QuickSight types). */
export const TRIPS_TABLE = 'taxi_trips';
export const TRIPS_COLUMNS = [
  { name: 'payment_type', type: 'INTEGER' },
  { name: 'passenger_count', type: 'INTEGER' },
  { name: 'trip_distance', type: 'DECIMAL' },
  { name: 'fare_amount', type: 'DECIMAL' },
  { name: 'tip_amount', type: 'DECIMAL' },
];

export interface BiDashboardStackProps extends StackProps {
  learner: string;
}

/** One sheet, one bar chart: the average fare by payment type, over the data set declared as `trips`. */
function faresDefinition(dataSetArn: string) {
  const column = (columnName: string) => ({ dataSetIdentifier: 'trips', columnName });
  return {
    dataSetIdentifierDeclarations: [{ identifier: 'trips', dataSetArn }],
    sheets: [{
      sheetId: 'fares',
      name: 'Fares',
      visuals: [{
        barChartVisual: {
          visualId: 'avg-fare-by-payment',
          title: { visibility: 'VISIBLE', formatText: { plainText: 'Average fare by payment type' } },
          chartConfiguration: {
            fieldWells: {
              barChartAggregatedFieldWells: {
                category: [{ numericalDimensionField: { fieldId: 'payment-type', column: column('payment_type') } }],
                values: [{ numericalMeasureField: { fieldId: 'avg-fare', column: column('fare_amount'), aggregationFunction: { simpleNumericalAggregation: 'AVERAGE' } } }],
              },
            },
            orientation: 'VERTICAL',
          },
        },
      }],
    }],
  };
}

/**
 * Lab `bi-dashboard`: an Athena data source over athena-queries' workgroup (`taxis-<learner>`), a
 * data set over its `taxi_trips` table in glue-catalog's database (`taxis_<learner>`) queried
 * directly (no SPICE capacity to pay for), an analysis with one bar chart, and a dashboard
 * published from the same definition (CloudFormation publishes the version it creates).
 *
 * Not here: the QuickSight user who reads the dashboard, and the share. CloudFormation has no
 * resource for a QuickSight user (RegisterUser is an API call), so the lab's setup (labs/
 * bi-dashboard/setup.ts) registers a reader and grants it the dashboard after the deploy, and
 * undoes both before a destroy. On AWS the account needs a QuickSight subscription first.
 */
export class BiDashboardStack extends Stack {
  constructor(scope: Construct, id: string, props: BiDashboardStackProps) {
    super(scope, id, props);
    assertValidLearner(props.learner, BI_DASHBOARD_MAX_LEARNER);
    const learner = props.learner;

    const source = new quicksight.CfnDataSource(this, 'AthenaSource', {
      awsAccountId: Aws.ACCOUNT_ID,
      dataSourceId: `taxis-athena-${learner}`,
      name: `Taxis via Athena (${learner})`,
      type: 'ATHENA',
      dataSourceParameters: { athenaParameters: { workGroup: `taxis-${learner}` } },
    });

    const trips = new quicksight.CfnDataSet(this, 'TripsDataSet', {
      awsAccountId: Aws.ACCOUNT_ID,
      dataSetId: `taxi-trips-${learner}`,
      name: `Taxi trips (${learner})`,
      // Every visual runs its query in Athena: no SPICE capacity, and always today's data.
      importMode: 'DIRECT_QUERY',
      physicalTableMap: {
        trips: {
          relationalTable: {
            dataSourceArn: source.attrArn,
            catalog: 'AwsDataCatalog',
            schema: `taxis_${learner.replace(/-/g, '_')}`,
            name: TRIPS_TABLE,
            inputColumns: TRIPS_COLUMNS,
          },
        },
      },
    });

    const analysis = new quicksight.CfnAnalysis(this, 'FaresAnalysis', {
      awsAccountId: Aws.ACCOUNT_ID,
      analysisId: `taxi-fares-${learner}`,
      name: `Taxi fares (${learner})`,
      definition: faresDefinition(trips.attrArn),
    });

    const dashboard = new quicksight.CfnDashboard(this, 'FaresDashboard', {
      awsAccountId: Aws.ACCOUNT_ID,
      dashboardId: `taxi-fares-${learner}`,
      name: `Taxi fares (${learner})`,
      // The analysis's definition, published: what "Publish dashboard" does in the console.
      definition: faresDefinition(trips.attrArn),
      versionDescription: 'Published from the taxi fares analysis',
    });
    dashboard.node.addDependency(analysis);

    new CfnOutput(this, 'DashboardId', { value: dashboard.dashboardId, description: 'QuickSight dashboard over the taxi trips' });
  }
}

import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { BI_DASHBOARD_MAX_LEARNER, TRIPS_COLUMNS, TRIPS_TABLE } from '../../infra/lib/bi-dashboard-stack.ts';
import { LAB_TAG, LEARNER_TAG } from '../../infra/lib/stacks.ts';
import lab from '../../labs/bi-dashboard/lab.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const build = labStackBuilder('bi-dashboard');

describe('BiDashboardStack', () => {
  const { stack } = build();
  const template = Template.fromStack(stack);
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: any }>;
  const one = (type: string) => Object.values(resources).find((r) => r.Type === type)!.Properties;

  it('creates the data source, data set, analysis and dashboard; no custom resources, no account or region written in', () => {
    expect(Object.values(resources).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata').sort()).toEqual([
      'AWS::QuickSight::Analysis', 'AWS::QuickSight::Dashboard', 'AWS::QuickSight::DataSet', 'AWS::QuickSight::DataSource',
    ]);
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toMatch(/\b\d{12}\b/);
    expect(json).not.toMatch(/us-east-1|eu-west-1/);
  });

  it("queries Athena through athena-queries' workgroup for the learner, tagged as the lab's", () => {
    template.hasResourceProperties('AWS::QuickSight::DataSource', {
      AwsAccountId: { Ref: 'AWS::AccountId' },
      Type: 'ATHENA',
      DataSourceParameters: { AthenaParameters: { WorkGroup: 'taxis-ana' } },
      Tags: Match.arrayWith([{ Key: LAB_TAG, Value: 'bi-dashboard' }, { Key: LEARNER_TAG, Value: 'ana' }]),
    });
  });

  it("reads glue-catalog's taxi_trips table through that data source, queried directly", () => {
    template.hasResourceProperties('AWS::QuickSight::DataSet', {
      ImportMode: 'DIRECT_QUERY',
      PhysicalTableMap: {
        trips: {
          RelationalTable: {
            DataSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AthenaSource'), 'Arn'] },
            Schema: 'taxis_ana',
            Name: TRIPS_TABLE,
            InputColumns: TRIPS_COLUMNS.map((c) => ({ Name: c.name, Type: c.type })),
          },
        },
      },
    });
  });

  it('builds the analysis and the dashboard from the same definition over the data set, one bar chart', () => {
    const analysis = one('AWS::QuickSight::Analysis').Definition;
    const dashboard = one('AWS::QuickSight::Dashboard').Definition;
    expect(dashboard).toEqual(analysis);
    expect(analysis.DataSetIdentifierDeclarations).toEqual([{ Identifier: 'trips', DataSetArn: { 'Fn::GetAtt': [expect.stringMatching(/^TripsDataSet/), 'Arn'] } }]);
    expect(analysis.Sheets[0].Visuals.map((v: object) => Object.keys(v)[0])).toEqual(['BarChartVisual']);
    const wells = analysis.Sheets[0].Visuals[0].BarChartVisual.ChartConfiguration.FieldWells.BarChartAggregatedFieldWells;
    expect(wells.Values[0].NumericalMeasureField).toMatchObject({ Column: { DataSetIdentifier: 'trips', ColumnName: 'fare_amount' }, AggregationFunction: { SimpleNumericalAggregation: 'AVERAGE' } });
  });

  it('passes cdk-nag AwsSolutions with nothing acknowledged', () => {
    expect(nagViolations(stack)).toEqual([]);
    expect(acknowledgedRules(stack)).toEqual([]);
  });

  it('takes the learner names the lab takes, and refuses longer ones', () => {
    expect(lab.maxLearnerLength).toBe(BI_DASHBOARD_MAX_LEARNER);
    expect(() => build('a'.repeat(BI_DASHBOARD_MAX_LEARNER))).not.toThrow();
    expect(() => build('a'.repeat(BI_DASHBOARD_MAX_LEARNER + 1))).toThrow(/Invalid learner name/);
  });
});

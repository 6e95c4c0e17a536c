import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { GLUE_CATALOG_MAX_LEARNER, SCRIPT_KEY } from '../../infra/lib/glue-catalog-stack.ts';
import { SCRIPT_KEY as SEEDED_KEY } from '../../labs/glue-catalog/lab.ts';
import { acknowledgedRules, labStackBuilder, nagViolations } from '../support/lab-stacks.ts';

const labStack = labStackBuilder('glue-catalog');

describe('GlueCatalogStack', () => {
  const { stack } = labStack();
  const template = Template.fromStack(stack);
  type Resource = { Type: string; Properties: any; DependsOn?: string[] };
  const json = template.toJSON() as { Resources: Record<string, Resource>; Outputs: Record<string, unknown> };
  const only = (type: string): [string, Resource] => {
    const found = Object.entries(json.Resources).filter(([, r]) => r.Type === type);
    expect(found, type).toHaveLength(1);
    return found[0] as [string, Resource];
  };

  it('creates the role, its data-lake policy, the database, the crawler and the job; no bucket (s3-bucket has it) and no custom resources', () => {
    const types = Object.values(json.Resources).map((r) => r.Type).filter((t) => t !== 'AWS::CDK::Metadata');
    expect(types.sort()).toEqual(['AWS::Glue::Crawler', 'AWS::Glue::Database', 'AWS::Glue::Job', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role']);
  });

  it('trusts Glue alone and attaches AWSGlueServiceRole', () => {
    const [, role] = only('AWS::IAM::Role');
    expect(role.Properties.RoleName).toBe('TaxisGlueServiceRole-ana');
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' } }]);
    expect(JSON.stringify(role.Properties.ManagedPolicyArns)).toContain(':iam::aws:policy/service-role/AWSGlueServiceRole');
  });

  it('reads raw/ and scripts/, writes processed/ of the one data-lake bucket; no wildcard action', () => {
    const [, policy] = only('AWS::IAM::ManagedPolicy');
    const statements = policy.Properties.PolicyDocument.Statement as { Sid: string; Action: string | string[]; Resource: unknown }[];
    expect(statements.map((s) => s.Sid)).toEqual(['ListDataLake', 'ReadRawAndScripts', 'WriteProcessed']);
    expect(JSON.stringify(statements)).not.toContain('s3:*');
    expect(JSON.stringify(statements[1]!.Resource)).toMatch(/taxis-datalake-ana-.*\/raw\/\*.*\/scripts\/\*/);
    expect(JSON.stringify(statements[2]!.Resource)).toContain('/processed/*');
  });

  it('crawls raw/ into taxis_ana, after the database and the policy exist', () => {
    const [databaseId, database] = only('AWS::Glue::Database');
    const [policyId] = only('AWS::IAM::ManagedPolicy');
    const [, crawler] = only('AWS::Glue::Crawler');
    expect(database.Properties.DatabaseInput.Name).toBe('taxis_ana');
    expect(crawler.Properties).toMatchObject({ Name: 'taxis-raw-crawler-ana', DatabaseName: 'taxis_ana' });
    expect(JSON.stringify(crawler.Properties.Targets.S3Targets)).toMatch(/s3:\/\/taxis-datalake-ana-.*\/raw\//);
    expect(crawler.DependsOn).toEqual(expect.arrayContaining([databaseId, policyId]));
  });

  it('runs the seeded script as a Python 3.9 shell job on 1/16 DPU with the bucket as --BUCKET', () => {
    const [, job] = only('AWS::Glue::Job');
    expect(job.Properties).toMatchObject({ Name: 'taxis-raw-to-parquet-ana', MaxCapacity: 0.0625, Timeout: 10, MaxRetries: 0 });
    expect(job.Properties.Command).toMatchObject({ Name: 'pythonshell', PythonVersion: '3.9' });
    expect(JSON.stringify(job.Properties.Command.ScriptLocation)).toContain(`/${SCRIPT_KEY}`);
    expect(SEEDED_KEY).toBe(SCRIPT_KEY);
    expect(job.Properties.DefaultArguments['library-set']).toBe('analytics');
    expect(Object.keys(json.Outputs)).toEqual(expect.arrayContaining(['BucketName', 'DatabaseName', 'CrawlerName', 'JobName']));
  });

  it('passes cdk-nag AwsSolutions; each acknowledgement carries a reason', () => {
    expect(nagViolations(stack)).toEqual([]);
    const rules = acknowledgedRules(stack);
    expect(rules.map(([id]) => id).sort()).toEqual([
      'AwsSolutions-GL1',
      'AwsSolutions-GL1',
      'AwsSolutions-GL3',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSGlueServiceRole]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/processed/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/raw/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::taxis-datalake-ana-<AWS::AccountId>/scripts/*]',
    ]);
    for (const [, reason] of rules) expect(reason.length).toBeGreaterThan(40);
  });

  it('refuses a learner name too long for the data-lake bucket name', () => {
    expect(GLUE_CATALOG_MAX_LEARNER).toBe(35);
    expect(() => labStack('a'.repeat(36))).toThrow(/Invalid learner name/);
  });
});

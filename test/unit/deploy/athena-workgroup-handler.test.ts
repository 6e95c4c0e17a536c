import { describe, expect, it } from 'vitest';
import { DeployError } from '../../../checker/deploy/errors.ts';
import { alreadyConfigured, workGroupConfig } from '../../../checker/services/athena/handlers.ts';

const REFERENCE = {
  Name: 'taxis-ana',
  Description: 'Taxi project queries',
  State: 'ENABLED',
  RecursiveDeleteOption: true,
  WorkGroupConfiguration: {
    EnforceWorkGroupConfiguration: true,
    PublishCloudWatchMetricsEnabled: 'true',
    BytesScannedCutoffPerQuery: '1073741824',
    ResultConfiguration: { OutputLocation: 's3://taxis-athena-results-ana-123456789012/', EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
  },
  Tags: [{ Key: 'nubelab:lab', Value: 'athena-queries' }],
};

function unsupported(properties: Record<string, unknown>): unknown {
  try {
    workGroupConfig('WorkGroup', properties);
  } catch (error) {
    if (error instanceof DeployError && error.code === 'unsupported-property') return error.details.property;
    throw error;
  }
  return undefined;
}

describe('AWS::Athena::WorkGroup: CloudFormation properties to Athena API inputs', () => {
  it("translates the reference's properties (numbers and booleans written as strings too)", () => {
    expect(workGroupConfig('WorkGroup', REFERENCE)).toEqual({
      name: 'taxis-ana',
      description: 'Taxi project queries',
      state: 'ENABLED',
      recursiveDelete: true,
      configuration: {
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        BytesScannedCutoffPerQuery: 1073741824,
        ResultConfiguration: { OutputLocation: 's3://taxis-athena-results-ana-123456789012/', EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
      },
      tags: [{ Key: 'nubelab:lab', Value: 'athena-queries' }],
    });
  });

  it('refuses settings it does not apply, naming their path', () => {
    expect(unsupported({ Name: 'w', WorkGroupConfiguration: { AdditionalConfiguration: 'x' } })).toBe('WorkGroupConfiguration.AdditionalConfiguration');
    expect(unsupported({ Name: 'w', WorkGroupConfiguration: { ResultConfiguration: { AclConfiguration: { S3AclOption: 'BUCKET_OWNER_FULL_CONTROL' } } } }))
      .toBe('WorkGroupConfiguration.ResultConfiguration.AclConfiguration');
    expect(unsupported({ Name: 'w', WorkGroupConfigurationUpdates: {} })).toBe('WorkGroupConfigurationUpdates');
  });

  it('a redeploy changes nothing when the stated settings already hold, whatever defaults Athena added', () => {
    const wanted = workGroupConfig('WorkGroup', REFERENCE).configuration;
    const stored = { ...wanted, RequesterPaysEnabled: false, EnableMinimumEncryptionConfiguration: false, EngineVersion: { SelectedEngineVersion: 'AUTO', EffectiveEngineVersion: 'Athena engine version 3' } };
    expect(alreadyConfigured(stored, wanted)).toBe(true);
    expect(alreadyConfigured({ ...stored, EnforceWorkGroupConfiguration: false }, wanted)).toBe(false);
    expect(alreadyConfigured({ ...stored, ResultConfiguration: { OutputLocation: 's3://elsewhere/' } }, wanted)).toBe(false);
    expect(alreadyConfigured(stored, { ...wanted, EngineVersion: { SelectedEngineVersion: 'Athena engine version 3' } })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import check from '../../../../labs/vpc-network/checks/vpc_flow_logs_enabled.ts';
import { runOn, SUBNETS, VPC } from './helpers.ts';

describe('vpc_flow_logs_enabled', () => {
  it('compliance: a flow log on the VPC to an S3 folder', async () => {
    expect((await runOn(check)).status).toBe('pass');
  });

  it('compliance: to CloudWatch Logs, rejected traffic only', async () => {
    const outcome = await runOn(check, (n) => (n.flowLogs = [{ ...n.flowLogs[0]!, trafficType: 'REJECT', destinationType: 'cloud-watch-logs', destination: '/nubelab/vpc' }]));
    expect(outcome.status).toBe('pass');
  });

  it('compliance: one flow log per subnet instead of one on the VPC', async () => {
    const outcome = await runOn(check, (n) => (n.flowLogs = Object.values(SUBNETS).map((id, i) => ({ ...n.flowLogs[0]!, id: `fl-${i}`, resourceId: id }))));
    expect(outcome.status).toBe('pass');
  });

  it('non-compliance: no flow log', async () => {
    const outcome = await runOn(check, (n) => (n.flowLogs = []));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe('VPC nubelab-vpc has no flow logs.');
  });

  it('non-compliance: accepted traffic only, to Firehose, failing delivery, or on another VPC', async () => {
    const changes = [
      { trafficType: 'ACCEPT' },
      { destinationType: 'kinesis-data-firehose', destination: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/x' },
      { destinationType: 'cloud-watch-logs', deliveryStatus: 'FAILED', deliveryError: 'Access error' },
    ];
    for (const change of changes) {
      const outcome = await runOn(check, (n) => Object.assign(n.flowLogs[0]!, change));
      expect(outcome.status, JSON.stringify(change)).toBe('fail');
      expect(outcome.message.en).toMatch(/do not count/);
    }
    expect((await runOn(check, (n) => (n.flowLogs[0]!.resourceId = 'vpc-0default'))).status).toBe('fail');
  });

  it('non-compliance: flow logs on only some subnets', async () => {
    const outcome = await runOn(check, (n) => (n.flowLogs = [{ ...n.flowLogs[0]!, resourceId: SUBNETS.publicA }]));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain(SUBNETS.privateB);
    expect(outcome.evidence.resource).toBe(VPC);
  });
});

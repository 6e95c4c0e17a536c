import { describe, expect, it } from 'vitest';
import check from '../../../../labs/web-server/checks/ec2_web_instances_two_azs.ts';
import { instance, runOn, webInstance } from './helpers.ts';

describe('ec2_web_instances_two_azs', () => {
  it('compliance: nubelab-web-1 and -2 running in us-east-1a and us-east-1b', async () => {
    const outcome = await runOn(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.zones).toEqual(['us-east-1a', 'us-east-1b']);
  });

  it('compliance: three servers, two of them sharing a zone, and a stopped one aside', async () => {
    const outcome = await runOn(check, (n) => n.instances!.push(webInstance(3, 'us-east-1a'), { ...webInstance(4, 'us-east-1c'), state: 'stopped' }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.notRunning).toEqual(['nubelab-web-4 (i-0web4): stopped']);
  });

  it('non-compliance: both servers in the same zone', async () => {
    const outcome = await runOn(check, (n) => (instance(n, 1).availabilityZone = 'us-east-1a'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('are in us-east-1a');
  });

  it('non-compliance: only one running (the other stopped)', async () => {
    const outcome = await runOn(check, (n) => (instance(n, 1).state = 'stopped'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('Only one web server is running');
  });

  it('non-compliance: no instance named nubelab-web… (another name, or the group name used as an instance name)', async () => {
    const outcome = await runOn(check, (n) => {
      instance(n, 0).tags = { Name: 'web-1' };
      instance(n, 1).tags = { Name: 'nubelab-web-sg' };
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('no running instance tagged Name=nubelab-web');
  });
});

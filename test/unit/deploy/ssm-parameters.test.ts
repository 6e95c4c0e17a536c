import { describe, expect, it } from 'vitest';
import { planTemplate } from '../../../checker/deploy/emulator/plan.ts';
import { resolveSsmParameters, usedSsmParameters } from '../../../checker/deploy/emulator/ssm-parameters.ts';
import type { CfnTemplate } from '../../../checker/deploy/template/types.ts';
import { fakeHandler, noClients, pseudo, recorder } from './fake-handlers.ts';
import { thrownDeployError } from '../../support/deploy-error.ts';

const AL2023 = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

/** What CDK synthesizes for MachineImage.latestAmazonLinux2023(): an SSM-backed parameter the instance refers to, plus BootstrapVersion. */
const template = (): CfnTemplate => ({
  Parameters: {
    ImageParameter: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: AL2023 },
    BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' },
  },
  Rules: { CheckBootstrapVersion: { Assertions: [{ Assert: { 'Fn::Not': [{ 'Fn::Contains': [['1'], { Ref: 'BootstrapVersion' }] }] } }] } },
  Resources: { Thing: { Type: 'Test::Thing', Properties: { Name: { Ref: 'ImageParameter' } } } },
});

const plan = (t: CfnTemplate, ssmParameters?: Record<string, string>) =>
  planTemplate({ template: t, pseudo, ownerTags: {}, clients: noClients, emit: recorder().emit, ssmParameters, handlers: new Map([['Test::Thing', fakeHandler('Test::Thing', [])]]) });

describe('SSM-backed template parameters', () => {
  it('reads only the parameters the resources or outputs use, by the name in their Default', async () => {
    const asked: string[] = [];
    const values = await resolveSsmParameters(template(), async (name) => {
      asked.push(name);
      return 'ami-0123456789abcdef0';
    });
    expect(usedSsmParameters(template())).toEqual(['ImageParameter']);
    expect(asked).toEqual([AL2023]);
    expect(values).toEqual({ ImageParameter: 'ami-0123456789abcdef0' });
  });

  it('gives the resources the value read, in place of the Ref', () => {
    const [step] = plan(template(), { ImageParameter: 'ami-0123456789abcdef0' }).steps;
    expect(step!.properties).toEqual({ Name: 'ami-0123456789abcdef0' });
  });

  it('still refuses a Ref to an SSM-backed parameter nobody read', () => {
    const error = thrownDeployError(() => plan(template()));
    expect(error.code).toBe('template-error');
    expect(String(error.details?.reason)).toMatch(/ImageParameter has no value outside CloudFormation/);
  });

  it('lets a lookup failure (a parameter that does not exist) stop the deploy', async () => {
    const missing = Object.assign(new Error('Parameter not found'), { name: 'ParameterNotFound' });
    await expect(resolveSsmParameters(template(), async () => { throw missing; })).rejects.toBe(missing);
  });
});

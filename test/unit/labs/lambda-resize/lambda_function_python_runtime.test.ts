import { describe, expect, it } from 'vitest';
import check from '../../../../labs/lambda-resize/checks/lambda_function_python_runtime.ts';
import { FUNCTION, functionArn, ROLE_ARN, run } from './helpers.ts';

describe('lambda_function_python_runtime', () => {
  it('compliance: the lesson\'s function on python3.13', async () => {
    const outcome = await run(check);
    expect(outcome.status).toBe('pass');
    expect(outcome.message.en).toBe(`Function ${FUNCTION} uses python3.13.`);
    expect(outcome.evidence).toMatchObject({ resource: functionArn(), runtime: 'python3.13', timeoutSeconds: 30, memoryMb: 512, otherMatchingFunctions: [] });
  });

  it('compliance: python3.14, the newest runtime', async () => {
    const outcome = await run(check, (a) => (a.fn.runtime = 'python3.14'));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.runtime).toBe('python3.14');
  });

  it('compliance: a learner-suffixed name in a shared account', async () => {
    const outcome = await run(check, (a) => (a.fn.name = `${FUNCTION}-ana`));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.resource).toBe(functionArn(`${FUNCTION}-ana`));
  });

  it('compliance: the exact name wins over a newer suffixed one, which is listed but not graded', async () => {
    const outcome = await run(check, (a) => a.otherFunctions.push({ name: `${FUNCTION}-old`, role: ROLE_ARN, runtime: 'python3.9', lastModified: '2026-11-30T12:00:00.000+0000' }));
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ resource: functionArn(), otherMatchingFunctions: [`${FUNCTION}-old`] });
  });

  it('non-compliance: the exact name on python3.9 is graded even beside a good suffixed one', async () => {
    const outcome = await run(check, (a) => {
      a.fn.runtime = 'python3.9';
      a.otherFunctions.push({ name: `${FUNCTION}-ana`, role: ROLE_ARN, runtime: 'python3.13', lastModified: '2026-11-30T12:00:00.000+0000' });
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`Function ${FUNCTION} uses python3.9, which is not a supported Python runtime in Lambda.`);
  });

  it('non-compliance: the deprecated python3.9 and python3.10, and a Node.js runtime', async () => {
    for (const runtime of ['python3.9', 'python3.10', 'nodejs22.x']) {
      const outcome = await run(check, (a) => (a.fn.runtime = runtime));
      expect(outcome.status, runtime).toBe('fail');
      expect(outcome.message.en, runtime).toContain(`uses ${runtime}, which is not a supported Python runtime`);
      expect(outcome.message.es, runtime).toContain(`usa ${runtime}`);
    }
  });

  it('non-compliance: a container image has no runtime', async () => {
    const outcome = await run(check, (a) => {
      a.fn.packageType = 'Image';
      delete a.fn.runtime;
      delete a.fn.handler;
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('uses a container image');
    expect(outcome.evidence.runtime).toBe('(Image)');
  });

  it('non-compliance: no function named like the lesson, with the functions seen', async () => {
    const outcome = await run(check, (a) => (a.fn.name = 'image-resize'));
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toBe(`There is no Lambda function named ${FUNCTION} (nor ${FUNCTION}-…) in this region.`);
    expect(outcome.evidence.functionsSeen).toEqual(['image-resize']);
  });
});

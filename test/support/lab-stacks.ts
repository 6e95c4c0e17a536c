import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations, type Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll } from 'vitest';
import { cdkJsonContext } from '../../checker/deploy/synth.ts';
import { addLabStack, findLabStack } from '../../infra/lib/stacks.ts';

/** Helpers the reference-stack tests share: build a lab's stack as the CDK CLI would, read its cdk-nag state. */

/** Returns a builder of `labId`'s stack in a throwaway app with cdk.json's feature flags; cleans up after the file. */
export function labStackBuilder(labId: string) {
  const outdirs: string[] = [];
  afterAll(() => {
    for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
  });
  return (learner = 'ana'): { app: App; stack: Stack } => {
    const outdir = mkdtempSync(join(tmpdir(), 'nubelab-infra-test-'));
    outdirs.push(outdir);
    const app = new App({ outdir, context: cdkJsonContext() });
    return { app, stack: addLabStack(app, findLabStack(labId)!, { learner }) };
  };
}

/** The cdk-nag findings acknowledged in a stack, as [rule id, reason], ids without the construct path. */
export function acknowledgedRules(stack: Stack): [string, string][] {
  const metadata = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY));
  return metadata
    .flatMap((m) => Object.entries(m.data as Record<string, string>))
    .map(([id, reason]): [string, string] => [id.replace(/^.*AwsSolutions/, 'AwsSolutions'), reason]);
}

/** cdk-nag's unacknowledged AwsSolutions findings. */
export const nagViolations = (stack: Stack) => new AwsSolutionsChecks().validateScope(stack).violations;

/** Adds `statement` to the stack's first customer managed policy: acknowledgements must not cover it. */
export function widenFirstManagedPolicy(stack: Stack, statement: iam.PolicyStatement): void {
  const policy = stack.node.findAll().find((c): c is iam.ManagedPolicy => c instanceof iam.ManagedPolicy);
  if (!policy) throw new Error(`${stack.stackName} has no customer managed policy`);
  policy.addStatements(statement);
}

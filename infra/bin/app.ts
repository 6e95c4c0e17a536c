#!/usr/bin/env node
// The CDK app: creates one stack per lab for the learner given with `-c learner=NAME`.
// Stacks live in ../lib; this file only wires them up (the `cdk init` layout).
import { App } from 'aws-cdk-lib';
import { DEFAULT_LEARNER } from '../lib/learner.ts';
import { addLabStack, LAB_STACKS } from '../lib/stacks.ts';

const app = new App();
const learner = String(app.node.tryGetContext('learner') ?? DEFAULT_LEARNER);
// The CDK CLI fills these from the credentials and region it runs with; unset, the stacks are
// environment-agnostic and CloudFormation supplies account and region at deploy time.
const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };

for (const lab of LAB_STACKS) addLabStack(app, lab, { learner, env });

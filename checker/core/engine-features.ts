import type { Localized } from './i18n.ts';

/**
 * Behaviours of AWS a check's evidence depends on beyond answering its read calls, named so an
 * engine that lacks one can say so (checker/emulator/engine-gaps.ts). A check lists the ones it
 * relies on (`CheckDefinition.relies`); where the engine lacks one, a failure of that check is the
 * engine's, not the learner's, and is reported `not_applicable` with the engine's reason.
 */
export const ENGINE_FEATURES = {
  /** A Lambda function's code runs when it is invoked, and S3 accepts the function as a notification target. */
  'lambda.runs-code': 'Lambda runs function code',
  /** An instance keeps the metadata options it was launched with (HttpTokens). */
  'ec2.metadata-options': 'EC2 keeps instance metadata options',
  /** A root volume is encrypted as the launch's block device mapping asks. */
  'ec2.root-volume-encryption': 'EC2 encrypts root volumes as asked',
  /** An instance lands in its subnet's Availability Zone. */
  'ec2.instance-placement': "EC2 places an instance in its subnet's zone",
  /** A subnet can be associated with a network ACL of its own. */
  'ec2.network-acl-association': 'EC2 associates subnets with network ACLs',
  /** A console password can be marked as to be changed at first sign-in. */
  'iam.login-profile-reset': 'IAM keeps PasswordResetRequired',
  /** A virtual MFA device's seed is Base32, so a code can be computed from it to enable the device. */
  'iam.virtual-mfa-seed': 'IAM gives a Base32 virtual MFA seed',
  /** AWS managed policies (arn:aws:iam::aws:policy/…) exist and can be read. */
  'iam.aws-managed-policies': 'IAM has the AWS managed policies',
  /** A Glue crawler creates tables from what it finds. */
  'glue.crawler-tables': 'Glue crawlers create tables',
  /** A Glue Python shell job runs its script with the job's arguments, as Glue does. */
  'glue.job-runs': 'Glue runs Python shell jobs as Glue does',
} as const;

export type EngineFeature = keyof typeof ENGINE_FEATURES;

/**
 * A behaviour an engine lacks although it offers the service, measured on this machine kind with
 * the labs' reference solutions. `resourceTypes` are left out of a deploy there; `properties`
 * (`<type> <property path>`) are removed from a resource before it is created.
 */
export interface FeatureGap {
  reason: Localized;
  /**
   * The engine reports the behaviour as done whatever was asked (e.g. every root volume encrypted):
   * a pass there proves nothing either, so the check is not applicable whatever it saw.
   */
  masksFailures?: boolean;
  resourceTypes?: readonly string[];
  properties?: readonly string[];
}

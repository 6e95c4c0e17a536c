import type { Localized } from './i18n.ts';
import type { ServiceReaders } from '../services/index.ts';
import type { DeployClients } from '../deploy/clients.ts';
import type { DeployedResource, ProgressListener } from '../deploy/events.ts';
import type { EngineFeature } from './engine-features.ts';

/**
 * - `skipped`: not run because a prerequisite check did not pass; earns nothing but is not a
 *   failure of its own (the prerequisite already counts as one).
 * - `not_applicable`: the target lacks the API the check needs, or lacks a behaviour the check
 *   relies on and the check did not pass there; neither earned nor lost.
 */
export type Status = 'pass' | 'fail' | 'error' | 'skipped' | 'not_applicable';

/** Plain, language-neutral data that shows what a check looked for and what it found. */
export type Evidence = Record<string, unknown>;

/** What a check's `run` returns. */
export interface Outcome {
  status: Status;
  message: Localized;
  evidence: Evidence;
}

/** Settings a learner or grader chose for this run (region, learner name …). */
export interface LabSettings {
  region: string;
  /**
   * Names (or ids) the grader chose (`--resource`, repeatable: a lab can grade a role and a
   * bucket): among the matches of each kind, the one named here is graded.
   */
  resource?: string | readonly string[];
  /** Leave out resources `nubelab deploy` created (`--exclude-reference`), so the learner's own is graded. */
  excludeReference?: boolean;
}

/** What a lab graded: shown in the report's header and on the page, so nobody wonders which one counted. */
export interface GradedResource {
  /** What it is: a bucket, a role, a function … */
  kind: Localized;
  name: string;
  /**
   * Created by `nubelab deploy` (it carries the deployment's owner tags): the reference solution.
   * Undefined when the resource cannot carry tags (an IAM group), so nobody can tell.
   */
  reference?: boolean;
  /** Others that matched the lesson's name, not graded. */
  others: string[];
}

/** What a check receives: lazy, memoised, read-only views of the account, plus the run's settings. */
export interface CheckContext extends ServiceReaders {
  settings: LabSettings;
  /** Memoises lab-level derived data (e.g. "the graded bucket") across the checks of one run. */
  derive<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface CheckDefinition {
  /** `<service>_<resource>_<state>`; equals the file name. */
  id: string;
  points: number;
  title: Localized;
  hint: Localized;
  /**
   * Checks of the same lab that must pass before this one means anything (e.g. "the role exists").
   * When one does not, this check is not run: it is `skipped` with one "needs <check>" line
   * instead of repeating the prerequisite's failure.
   */
  needs?: readonly string[];
  /**
   * The AWS CLI command that fixes a failure, for students on the CLI path (the hint keeps the
   * console's wording). Code, so one string for both languages; `<…>` marks what to fill in.
   */
  cli?: string;
  /**
   * What AWS must do for this check's evidence to exist beyond answering reads (e.g. an instance
   * keeping its metadata options). On an engine that lacks one of them, a failure of this check is
   * reported `not_applicable` with the engine's reason; a pass stays a pass.
   */
  relies?: readonly EngineFeature[];
  run(ctx: CheckContext): Promise<Outcome>;
}

/** One section of a lab's `steps.sh`, marked in the script by a `# @step <id>` line. */
export interface CliStep {
  id: string;
  title: Localized;
  description: Localized;
}

/** A file the lab needs in place after its reference stack is deployed (the lesson's sample data). */
export interface SeedObject {
  /** The stack output whose value is the bucket to put the file in. */
  bucketOutput: string;
  key: string;
  /** Absolute path of the local file. */
  file: string;
  contentType: string;
}

/** What a lab's setup gets: write clients for the target, the deployed stack's resources, a progress listener. */
export interface LabSetupContext {
  clients: DeployClients;
  /** The reference stack's resources with their physical ids (e.g. the user to give a console password). */
  resources: readonly DeployedResource[];
  emit: ProgressListener;
  /** Why the target engine lacks `feature` (engine-gaps.ts), or undefined where it has it (AWS, moto). */
  engineLacks(feature: EngineFeature): Localized | undefined;
}

/**
 * Configuration the reference solution needs that CloudFormation cannot express (an account-wide
 * setting, an MFA device, a console password without a secret in the template). `apply` runs after
 * the stack is deployed and seeded; `remove` runs before it is destroyed. Both are idempotent.
 */
export interface LabSetup {
  apply(ctx: LabSetupContext): Promise<void>;
  remove(ctx: LabSetupContext): Promise<void>;
}

export interface LabDefinition {
  /** kebab-case; ties together the lesson, the checks, the stack and the tests. */
  id: string;
  title: Localized;
  summary: Localized;
  /**
   * The lesson pages this lab serves, as paths inside each language's docs tree without extension.
   * The first is the lab's home; the others render its steps or its check section too.
   */
  lessons: readonly [string, ...string[]];
  /** Labs whose resources this one builds on (e.g. the bucket a role must reach); deployed first. */
  requires?: readonly string[];
  /** Data the reference solution uploads after deploying. */
  seeds?: readonly SeedObject[];
  /** SDK calls the reference solution needs after deploy (and undoes before destroy). */
  setup?: LabSetup;
  /**
   * The longest learner name the reference stack can take: learner names end up inside resource
   * names with their own limits (an S3 bucket name has 63 characters).
   */
  maxLearnerLength: number;
  checks: CheckDefinition[];
  /** The resources this run graded (and the others that matched), read through the checks' own finders. */
  graded?: (ctx: CheckContext) => Promise<GradedResource[]>;
  /** The sections of `labs/<id>/steps.sh`, in order; the lesson shows them with these captions. */
  cliSteps: CliStep[];
}

/** One evaluated check, as reporters and the JSON contract see it. */
export interface Finding {
  id: string;
  status: Status;
  /** Points earned. */
  points: number;
  maxPoints: number;
  title: Localized;
  message: Localized;
  hint: Localized;
  /** The CLI command that fixes a failure, when the check has one. */
  cli?: string;
  evidence: Evidence;
}

export interface LabResult {
  lab: string;
  title: Localized;
  score: number;
  maxScore: number;
  graded: GradedResource[];
  checks: Finding[];
}

export interface RunResult {
  target: string;
  endpoint?: string;
  region: string;
  account?: string;
  score: number;
  maxScore: number;
  /** Said once when the target could not answer some checks (it stopped, or answered errors). */
  problem?: Localized;
  labs: LabResult[];
}

import { errorCode, httpStatus, isNotImplemented } from '../aws/errors.ts';
import { targetProblemOf } from '../aws/target-problem.ts';
import { ReadOnlyViolation } from '../aws/read-only.ts';
import type { EngineFeature, FeatureGap } from './engine-features.ts';
import type { CheckContext, CheckDefinition, Finding, GradedResource, LabDefinition, LabResult, Outcome } from './types.ts';

/** Turns an exception from a check into a result that says why it could not be evaluated. */
export function outcomeFromError(error: unknown): Outcome {
  const code = errorCode(error) || 'Error';
  const detail = error instanceof Error ? error.message : String(error);
  const evidence = { errorCode: code, error: detail };
  if (error instanceof ReadOnlyViolation) {
    return { status: 'error', evidence, message: { es: `El checker se negó a enviar ${error.service}:${error.operation}, que no es de solo lectura.`, en: `The checker refused to send ${error.service}:${error.operation}, which is not read-only.` } };
  }
  if (isNotImplemented(error)) {
    // An engine known to lack the service (engine-gaps.ts) says which engine and why.
    const reason = (error as { reason?: { es?: unknown; en?: unknown } }).reason;
    const known = reason && typeof reason.es === 'string' && typeof reason.en === 'string' ? { es: reason.es, en: reason.en } : undefined;
    return {
      status: 'not_applicable',
      evidence: { ...evidence, httpStatus: httpStatus(error) },
      message: known ?? { es: 'Este destino no implementa la API que necesita la comprobación; no cuenta como fallo.', en: 'This target does not implement the API the check needs; it does not count as a failure.' },
    };
  }
  // The target's own problem (stopped, failing, refusing the keys): the run says so once, above the rows.
  const problem = targetProblemOf(error);
  const problemEvidence = { ...evidence, targetProblem: problem, httpStatus: httpStatus(error) };
  switch (problem) {
    case 'access_denied':
      return { status: 'error', evidence: problemEvidence, message: { es: `Acceso denegado al leer la cuenta (${code}); las credenciales necesitan permisos de lectura.`, en: `Access denied while reading the account (${code}); the credentials need read permissions.` } };
    case 'unreachable':
      return { status: 'error', evidence: problemEvidence, message: { es: 'No se pudo contactar con el endpoint.', en: 'The endpoint could not be reached.' } };
    case 'server_error':
      return { status: 'error', evidence: problemEvidence, message: { es: `El endpoint respondió con un error del servidor (HTTP ${httpStatus(error)}).`, en: `The endpoint answered with a server error (HTTP ${httpStatus(error)}).` } };
    case 'credentials':
      return { status: 'error', evidence: problemEvidence, message: { es: `El endpoint no aceptó las credenciales (${code}).`, en: `The endpoint did not accept the credentials (${code}).` } };
    default:
      return { status: 'error', evidence, message: { es: `La comprobación no se pudo evaluar (${code}).`, en: `The check could not be evaluated (${code}).` } };
  }
}

/** The outcome of a check whose prerequisite did not pass: it is not run, and says which one it needs. */
function skipped(check: CheckDefinition, unmet: Finding): Outcome {
  // A chain of skips names the check that really failed, not the skipped one in between.
  const root = unmet.status === 'skipped' && typeof unmet.evidence.unmet === 'string' ? unmet.evidence.unmet : unmet.id;
  const rootStatus = unmet.status === 'skipped' ? unmet.evidence.unmetStatus : unmet.status;
  // Out of the maximum when what it needs cannot be evaluated on the target: say so, not just "skipped".
  const message = rootStatus === 'not_applicable'
    ? { es: `No aplicable: necesita ${root}, que este destino no puede evaluar.`, en: `Not applicable here: needs ${root}, which this target cannot evaluate.` }
    : { es: `Omitida: necesita ${root}.`, en: `Skipped: needs ${root}.` };
  return {
    status: 'skipped',
    message,
    evidence: { skipped: true, needs: check.needs ?? [], unmet: root, unmetStatus: rootStatus },
  };
}

/**
 * A check that did not pass where the engine lacks a behaviour it relies on: the engine's gap, not
 * the learner's failure. Where the engine fakes the behaviour instead (masksFailures), a pass
 * proves nothing and is not applicable too. What the check saw stays in the evidence.
 */
function engineGapOutcome(check: CheckDefinition, outcome: Outcome, lacking: ReadonlyMap<EngineFeature, FeatureGap>): Outcome {
  if (outcome.status === 'skipped' || outcome.status === 'not_applicable') return outcome;
  const feature = check.relies?.find((f) => lacking.has(f) && (outcome.status !== 'pass' || lacking.get(f)!.masksFailures));
  if (!feature) return outcome;
  return {
    status: 'not_applicable',
    message: lacking.get(feature)!.reason,
    evidence: { ...outcome.evidence, engineLacks: feature, statusWithoutGap: outcome.status },
  };
}

async function runCheck(check: CheckDefinition, ctx: CheckContext, done: ReadonlyMap<string, Promise<Finding>>, lacking: ReadonlyMap<EngineFeature, FeatureGap>): Promise<Finding> {
  let outcome: Outcome;
  const prerequisites = await Promise.all((check.needs ?? []).map((id) => done.get(id)!));
  const unmet = prerequisites.find((f) => f.status !== 'pass');
  try {
    outcome = unmet ? skipped(check, unmet) : await check.run(ctx);
  } catch (error) {
    outcome = outcomeFromError(error);
  }
  outcome = engineGapOutcome(check, outcome, lacking);
  return {
    id: check.id,
    status: outcome.status,
    points: outcome.status === 'pass' ? check.points : 0,
    // A check the target cannot evaluate (its API is missing) is not graded there: it neither
    // earns nor loses points, so a lab graded on an emulator is scored on what the emulator can show.
    // The same holds for a check skipped because what it needs cannot be evaluated there.
    maxPoints: outcome.status === 'not_applicable' || (outcome.status === 'skipped' && outcome.evidence.unmetStatus === 'not_applicable') ? 0 : check.points,
    title: check.title,
    message: outcome.message,
    hint: check.hint,
    ...(check.cli ? { cli: check.cli } : {}),
    evidence: outcome.evidence,
  };
}

/**
 * What the lab graded, from the finders its checks already ran (memoised, so no new reads). A
 * target that stopped answering leaves the header empty: the checks' rows say what happened.
 */
async function gradedResources(lab: LabDefinition, ctx: CheckContext): Promise<GradedResource[]> {
  if (!lab.graded) return [];
  try {
    return await lab.graded(ctx);
  } catch {
    return [];
  }
}

/**
 * Runs every check of a lab concurrently, each as soon as its prerequisites are known; readers
 * shared through `ctx` make each API call once.
 */
export async function runLab(lab: LabDefinition, ctx: CheckContext, lacking: ReadonlyMap<EngineFeature, FeatureGap> = new Map()): Promise<LabResult> {
  const started = new Map<string, Promise<Finding>>();
  // defineLab guarantees prerequisites come first, so each one is already started here.
  for (const check of lab.checks) started.set(check.id, runCheck(check, ctx, started, lacking));
  const checks = await Promise.all(started.values());
  return {
    lab: lab.id,
    title: lab.title,
    score: checks.reduce((sum, f) => sum + f.points, 0),
    maxScore: checks.reduce((sum, f) => sum + f.maxPoints, 0),
    graded: await gradedResources(lab, ctx),
    checks,
  };
}

import { isAccessDenied, isNetworkError, isNotImplemented, errorCode } from '../aws/errors.ts';
import { ReadOnlyViolation } from '../aws/read-only.ts';
import type { CheckContext, CheckDefinition, Finding, LabDefinition, LabResult, Outcome } from './types.ts';

/** Turns an exception from a check into a result that says why it could not be evaluated. */
export function outcomeFromError(error: unknown): Outcome {
  const code = errorCode(error) || 'Error';
  const detail = error instanceof Error ? error.message : String(error);
  const evidence = { errorCode: code, error: detail };
  if (error instanceof ReadOnlyViolation) {
    return { status: 'error', evidence, message: { es: `El checker se negó a enviar ${error.service}:${error.operation}, que no es de solo lectura.`, en: `The checker refused to send ${error.service}:${error.operation}, which is not read-only.` } };
  }
  if (isNotImplemented(error)) {
    return { status: 'not_applicable', evidence, message: { es: 'Este destino no implementa la API que necesita la comprobación.', en: 'This target does not implement the API the check needs.' } };
  }
  if (isAccessDenied(error)) {
    return { status: 'error', evidence, message: { es: `Acceso denegado al leer la cuenta (${code}); las credenciales necesitan permisos de lectura.`, en: `Access denied while reading the account (${code}); the credentials need read permissions.` } };
  }
  if (isNetworkError(error)) {
    return { status: 'error', evidence, message: { es: 'No se pudo contactar con el endpoint.', en: 'The endpoint could not be reached.' } };
  }
  return { status: 'error', evidence, message: { es: `La comprobación no se pudo evaluar (${code}).`, en: `The check could not be evaluated (${code}).` } };
}

async function runCheck(check: CheckDefinition, ctx: CheckContext): Promise<Finding> {
  let outcome: Outcome;
  try {
    outcome = await check.run(ctx);
  } catch (error) {
    outcome = outcomeFromError(error);
  }
  return {
    id: check.id,
    status: outcome.status,
    points: outcome.status === 'pass' ? check.points : 0,
    maxPoints: check.points,
    title: check.title,
    message: outcome.message,
    hint: check.hint,
    evidence: outcome.evidence,
  };
}

/** Runs every check of a lab concurrently; readers shared through `ctx` make each API call once. */
export async function runLab(lab: LabDefinition, ctx: CheckContext): Promise<LabResult> {
  const checks = await Promise.all(lab.checks.map((check) => runCheck(check, ctx)));
  return {
    lab: lab.id,
    title: lab.title,
    score: checks.reduce((sum, f) => sum + f.points, 0),
    maxScore: checks.reduce((sum, f) => sum + f.maxPoints, 0),
    checks,
  };
}

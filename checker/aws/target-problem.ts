import type { Localized } from '../core/i18n.ts';
import { errorCode, httpStatus, isAccessDenied, isNetworkError } from './errors.ts';

/**
 * Why the target (emulator or AWS account) could not answer, as opposed to what the learner's
 * resources look like. The checker says this once, plainly, with what to do; it never turns it
 * into a lab failure with the lab's hint.
 */
export type TargetProblem = 'unreachable' | 'server_error' | 'credentials' | 'access_denied';

/** Errors AWS gives for keys it does not accept (unknown, expired, wrongly signed) or that could not be found. */
const CREDENTIAL_CODES = [
  'InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException', 'UnrecognizedClientException',
  'InvalidAccessKeyId', 'AuthFailure', 'CredentialsProviderError', 'TokenProviderError',
];

/** The target-level problem behind an error, or undefined when the error is about one check's read. */
export function targetProblemOf(error: unknown): TargetProblem | undefined {
  if (isNetworkError(error)) return 'unreachable';
  if (CREDENTIAL_CODES.includes(errorCode(error))) return 'credentials';
  if (isAccessDenied(error)) return 'access_denied';
  const status = httpStatus(error);
  if (status !== undefined && status >= 500) return 'server_error';
  return undefined;
}

export interface ProblemPlace {
  /** The endpoint, or `AWS (<region>)`. */
  where: string;
  kind: 'emulator' | 'aws';
  /** How the learner runs the CLI: `npx nubelab` or `nubelab`. */
  cli: string;
  /** The HTTP status or error code seen, for the record. */
  detail?: string;
}

/** One sentence: where, what happened, what to do. */
export function describeTargetProblem(problem: TargetProblem, place: ProblemPlace): Localized {
  const { where, cli } = place;
  const seen = place.detail ? ` (${place.detail})` : '';
  switch (problem) {
    case 'unreachable':
      return place.kind === 'emulator'
        ? { es: `Nada responde en ${where}: el emulador no está en marcha o se ha parado. Arráncalo con ${cli} emulator start y vuelve a comprobar.`, en: `Nothing answers at ${where}: the emulator is not running or has stopped. Start it with ${cli} emulator start and check again.` }
        : { es: `No se puede conectar con ${where}. Revisa la conexión a internet y la región, y vuelve a comprobar.`, en: `Cannot connect to ${where}. Check the internet connection and the region, then check again.` };
    case 'server_error':
      return place.kind === 'emulator'
        ? { es: `${where} responde con errores del servidor${seen} a las lecturas del checker: no parece un emulador de AWS sano. Reinícialo con ${cli} emulator stop y ${cli} emulator start, o revisa --endpoint.`, en: `${where} answers the checker's reads with server errors${seen}: it does not look like a healthy AWS emulator. Restart it with ${cli} emulator stop and ${cli} emulator start, or check --endpoint.` }
        : { es: `${where} responde con errores del servidor${seen}. Vuelve a intentarlo en unos minutos.`, en: `${where} answers with server errors${seen}. Try again in a few minutes.` };
    case 'credentials':
      return { es: `${where} no acepta las credenciales${seen}. Revisa --profile o las variables AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY (aws configure list las muestra).`, en: `${where} does not accept the credentials${seen}. Check --profile or the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables (aws configure list shows them).` };
    case 'access_denied':
      return { es: `${where} deniega las lecturas del checker${seen}. Las credenciales necesitan la política de solo lectura de ${cli} grader-policy.`, en: `${where} denies the checker's reads${seen}. The credentials need the read-only policy from ${cli} grader-policy.` };
  }
}

/** The HTTP status or code of an error, for `detail`. */
export function problemDetail(error: unknown): string | undefined {
  const status = httpStatus(error);
  if (status !== undefined) return `HTTP ${status}`;
  const code = errorCode(error) || (error as { code?: string })?.code;
  return code || undefined;
}

/** Reads the error code the SDK attaches to a failed call, whatever its shape. */
export function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const e = error as { name?: string; Code?: string; code?: string };
  return e.Code ?? e.name ?? e.code ?? '';
}

export function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

/** Runs a read whose "not configured" answer is an error (S3's Get*Configuration); returns undefined then. */
export async function orUndefinedWhen<T>(codes: readonly string[], read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (codes.includes(errorCode(error))) return undefined;
    throw error;
  }
}

const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'TimeoutError'];

/** Connection refused, reset, unresolvable or timed out: nothing AWS-like answered. */
export function isNetworkError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; code?: string; cause?: unknown };
  return NETWORK_CODES.includes(e.code ?? '') || NETWORK_CODES.includes(e.name ?? '') || (e.cause !== undefined && isNetworkError(e.cause));
}

export function isAccessDenied(error: unknown): boolean {
  return ['AccessDenied', 'AccessDeniedException', 'Forbidden', 'UnauthorizedOperation'].includes(errorCode(error))
    || httpStatus(error) === 403;
}

/** The raw body of a response the SDK could not parse, when it kept it. */
function unparsedBody(error: unknown): string {
  const e = error as { $responseBodyText?: unknown; $response?: { body?: unknown } };
  const body = e?.$responseBodyText ?? e?.$response?.body;
  return typeof body === 'string' ? body : '';
}

/**
 * The backend does not implement the API: an emulator gap, not the learner's fault.
 * - LocalStack answers its paid-only services with HTTP 501 `InternalFailure`;
 * - moto answers an API it lacks with HTTP 500 and an HTML error page (AWS itself always answers
 *   in the service's protocol, XML or JSON, so an HTML 500 cannot be AWS's own error).
 */
export function isNotImplemented(error: unknown): boolean {
  if (['NotImplemented', 'NotImplementedError', 'InternalFailure'].includes(errorCode(error)) || httpStatus(error) === 501) return true;
  return httpStatus(error) === 500 && /^\s*<(!doctype html|html)/i.test(unparsedBody(error));
}

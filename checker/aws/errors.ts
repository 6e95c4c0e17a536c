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

/** The backend does not implement the API: an emulator gap, not the learner's fault. */
export function isNotImplemented(error: unknown): boolean {
  return ['NotImplemented', 'NotImplementedError', 'InternalFailure'].includes(errorCode(error)) || httpStatus(error) === 501;
}

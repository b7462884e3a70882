// What went wrong with a request, in the terms the audit acts on. The SDK's retry strategy already
// retries throttling, 5xx and dropped connections; two faults it does not handle the way an audit
// needs are told apart here: a 2xx answer whose body is not readable JSON, and an endpoint that
// does not answer at all.

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown; attempts?: unknown };
  $retryable?: unknown;
}

function shape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {};
}

/**
 * A 2xx answer the SDK could not deserialize: the service answered "OK" and the body was cut short
 * (a dropped connection, a proxy's limit) or replaced (an HTML error page). The request itself was
 * fine, so sending it again is worth it, as for a throttle. Error answers (4xx/5xx) never get here:
 * their status decides.
 */
export function isUnreadableBody(error: unknown): boolean {
  const status = shape(error).$metadata?.httpStatusCode;
  return typeof status === 'number' && status >= 200 && status < 300;
}

/** Marks the error with the retryable trait, which the SDK's standard strategy retries as a transient fault. */
export function markRetryable(error: unknown): void {
  if (typeof error === 'object' && error !== null && shape(error).$retryable === undefined) {
    Object.assign(error, { $retryable: {} });
  }
}

const NO_ANSWER_CODES = new Set(['ETIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * The endpoint itself did not answer (timed out, refused, unreachable) or the Region's deadline
 * passed: the next operation would wait just as long, so the rest of the Region is not tried.
 */
export function isNoAnswer(error: unknown): boolean {
  const e = shape(error);
  if (error instanceof RegionDeadlineError) return true;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  return typeof e.code === 'string' && NO_ANSWER_CODES.has(e.code);
}

/** The reason a Region was abandoned when its deadline (--region-timeout) passed. */
export class RegionDeadlineError extends Error {
  override name = 'RegionDeadline';
  constructor(readonly seconds: number) {
    super(`the Region was not read within --region-timeout (${seconds} s)`);
  }
}

/** How many times the request was sent, when the SDK says (after its retries). */
export function attemptsOf(error: unknown): number | undefined {
  const attempts = shape(error).$metadata?.attempts;
  return typeof attempts === 'number' && attempts > 0 ? attempts : undefined;
}

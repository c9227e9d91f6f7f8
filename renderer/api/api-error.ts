import { sessionEndReasons, type SessionEnded } from '../../shared/domain/account-schemas';
import { apiErrorSchema } from '../../shared/domain/schemas';

/** Codes the console gives failures that never reached the service or came back unreadable. */
export const clientErrorCodes = {
  network: 'network_error',
  invalidResponse: 'invalid_response',
} as const;

/**
 * A failed request: the service's `{error: {code, message, field?}}` body, or a client-side code
 * (`network_error`, `invalid_response`) when there was no readable answer. `status` is 0 without a response.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** On a 401 for a token whose session ended: why, as the service said it. */
  readonly reason: string | undefined;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    field?: string | undefined;
    reason?: string | undefined;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.field = options.field;
    this.reason = options.reason;
  }

  /** True when the service refused the credentials or token (HTTP 401). */
  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  /**
   * Why the session ended, when this 401 says so (a lead disabled the agent, the agent signed out
   * elsewhere, ...): an HTTP request can be refused before the socket's `session:ended` arrives, and the
   * agent should still read the true reason. Undefined otherwise.
   */
  get sessionEndReason(): SessionEnded['reason'] | undefined {
    return this.isUnauthorized ? sessionEndReasons.find((known) => known === this.reason) : undefined;
  }
}

/** Builds an ApiError from a failed response's status and body text (JSON error body or anything else). */
export function apiErrorFromResponse(status: number, bodyText: string): ApiError {
  let body: unknown = null;
  try {
    body = bodyText.length > 0 ? JSON.parse(bodyText) : null;
  } catch {
    body = null;
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    return new ApiError({ status, ...parsed.data.error });
  }
  return new ApiError({
    status,
    code: status === 401 ? 'unauthorized' : `http_${status}`,
    message: bodyText.slice(0, 200) || `The service answered ${status}.`,
  });
}

/** True when `error` is an ApiError (narrowing helper for catch blocks). */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

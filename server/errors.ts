import type { z } from 'zod';
import type { ApiError } from '../shared/domain/schemas';

/**
 * A request the service refuses, with the status and the JSON error (`{"error": {"code", "message",
 * "field", "reason"}}`) to answer it with. Thrown anywhere while handling a request; the error handler sends it.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** For a 401 on a token whose session ended: why (`signed_out`, `disabled`, `expired`, ...). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  /** The response body. */
  toBody(): ApiError {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field ? { field: this.field } : {}),
        ...(this.reason ? { reason: this.reason } : {}),
      },
    };
  }
}

/** The error codes a failed zod check maps to, by zod issue code. */
const codeByIssue: Record<string, string> = {
  invalid_type: 'invalid_type',
  invalid_format: 'invalid_format',
  too_big: 'too_long',
  too_small: 'too_short',
  unrecognized_keys: 'unknown_field',
  invalid_value: 'invalid_value',
  invalid_union: 'invalid_value',
  custom: 'invalid_value',
};

/**
 * The 400 for the first problem zod found in `input`: `field` is the issue's path (`requester.email`),
 * `code` is `missing_field` when the value is absent, else a word for the zod issue.
 */
export function validationFailure(error: z.ZodError, input: unknown): ApiFailure {
  const issue = error.issues[0];
  if (issue === undefined) {
    return new ApiFailure(400, 'invalid_request', 'the request is not valid');
  }
  const path = issue.path.map(String);
  const field =
    issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
  const fieldName = field.join('.');
  const isMissing = issue.code === 'invalid_type' && path.length > 0 && valueAt(input, path) === undefined;
  const code = isMissing ? 'missing_field' : (codeByIssue[issue.code] ?? 'invalid_value');
  const message = isMissing
    ? `${fieldName} is required`
    : fieldName
      ? `${fieldName}: ${issue.message}`
      : issue.message;
  return new ApiFailure(400, code, message, fieldName || undefined);
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Parses `input` with `schema` or throws the matching 400 `ApiFailure`. */
export function parseOrFail<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw validationFailure(result.error, input);
  }
  return result.data;
}

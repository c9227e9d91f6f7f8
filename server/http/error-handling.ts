import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiFailure } from '../errors';
import { InvalidCursorError } from '../storage/ticket-reads';

/** Fastify's own errors for bad input, as the service's JSON errors. */
const fastifyFailures: Record<string, (error: FastifyError) => ApiFailure> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => new ApiFailure(400, 'invalid_json', 'the body is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new ApiFailure(400, 'invalid_json', 'the body is empty'),
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new ApiFailure(413, 'payload_too_large', 'the body is larger than this endpoint accepts'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new ApiFailure(415, 'unsupported_media_type', 'send the body as application/json'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiFailure(400, 'invalid_content_length', 'the body does not match its Content-Length'),
  FST_ERR_CTP_INVALID_TYPE: () =>
    new ApiFailure(415, 'unsupported_media_type', 'the Content-Type is not valid'),
};

// A client refused before its body was read (too large, no token, rate-limited) is still writing it. If we
// answered at once and it asked for `Connection: close`, Node would close the socket with data unread and the
// client would see a reset instead of our answer. Up to this size, the body is read and discarded first.
const drainableBytes = 200 * 1024 * 1024;

/** Reads and discards the rest of a request's body if it is small enough; resolves with whether it did. */
async function drainBody(request: FastifyRequest): Promise<boolean> {
  const length = Number(request.headers['content-length']);
  const raw = request.raw;
  if (raw.complete || raw.destroyed || !(length > 0 && length <= drainableBytes)) {
    return false;
  }
  await new Promise<void>((resolve) => {
    raw.once('end', resolve);
    raw.once('close', resolve);
    raw.once('error', () => resolve());
    raw.resume();
  });
  return true;
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).code === 'string';
}

/** The JSON error to answer `error` with. Anything unexpected becomes a 500 `internal_error`. */
export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) {
    return error;
  }
  if (error instanceof InvalidCursorError) {
    return new ApiFailure(400, 'invalid_cursor', error.message, 'cursor');
  }
  if (isFastifyError(error)) {
    const known = fastifyFailures[error.code];
    if (known) {
      return known(error);
    }
  }
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (statusCode === 429) {
    const message = error instanceof Error ? error.message : 'too many requests';
    return new ApiFailure(429, 'rate_limited', message);
  }
  if (error instanceof SyntaxError && statusCode === 400) {
    return new ApiFailure(400, 'invalid_json', 'the body is not valid JSON');
  }
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return new ApiFailure(statusCode, 'bad_request', error instanceof Error ? error.message : 'bad request');
  }
  return new ApiFailure(500, 'internal_error', 'the service failed to handle this request');
}

/**
 * Answers every error and unknown route with `{"error": {"code", "message", "field"}}`: the service's own
 * refusals, Fastify's (invalid JSON, too large, wrong media type) and rate limiting; 5xx only for faults.
 * `notFound` handles unknown routes first (the console's SPA fallback) and answers false to pass.
 */
export function installErrorHandling(
  app: FastifyInstance,
  log: (line: string) => void,
  notFound?: (request: FastifyRequest, reply: FastifyReply) => Promise<boolean>,
): void {
  app.setErrorHandler(async (error, request, reply) => {
    const failure = toApiFailure(error);
    if (failure.status >= 500) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`error: ${request.method} ${request.url}: ${detail}`);
    }
    if (failure.status < 500 && (await drainBody(request))) {
      // Fastify asks to close the connection after a body it stopped reading; drained, it can stay open.
      reply.removeHeader('connection');
    }
    return reply.code(failure.status).send(failure.toBody());
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (notFound && (await notFound(request, reply))) {
      return reply;
    }
    const failure = new ApiFailure(
      404,
      'not_found',
      `no route ${request.method} ${request.url.split('?')[0] ?? ''}`,
    );
    return reply.code(404).send(failure.toBody());
  });
}

import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import { ApiFailure } from '../errors';
import { parseJsonBody, type JsonBodyOutcome } from './json-body-parse';

/**
 * A body larger than this is decoded and parsed by `parseLarge` (on a worker thread); smaller ones here,
 * where the trip to the worker would cost more than the parse.
 */
export const workerParsedBytes = 64 * 1024;

/** What parsing `body` gave: by `parseLarge` for a large body, else here. */
async function parseBody(
  body: Buffer,
  parseLarge: ((bytes: Uint8Array) => Promise<JsonBodyOutcome>) | null,
): Promise<JsonBodyOutcome> {
  const length = body.byteLength;
  if (parseLarge === null || length <= workerParsedBytes) {
    return parseJsonBody(body);
  }
  try {
    return await parseLarge(body);
  } catch (error) {
    // Refused before it left (the queue is full): parsed here. Lost with a stopped worker (the body was moved
    // there, not copied): nothing was stored, and the client sends it again.
    if (body.byteLength === length) {
      return parseJsonBody(body);
    }
    throw new ApiFailure(503, 'busy', `the body could not be read (${String(error)}); send it again`);
  }
}

/**
 * Replaces Fastify's JSON parser by one that hands bodies of more than `workerParsedBytes` to `parseLarge`
 * (the intake analyzer's worker for large texts: `IntakeAnalyzer.parseJson`). Fastify parses a body on the
 * service's thread before the route runs, and decoding and parsing a 1 MB body took several milliseconds
 * there (tens on a loaded machine): six arriving together held every request that came meanwhile, a small
 * intake before it was even read. The rules are Fastify's (`parseJsonBody`), and so are the errors, the
 * route's body limit (413 before anything is parsed) and the Content-Length check. When `parseLarge` refuses
 * a body (its queue is full), the body is parsed here; if its worker stops while it holds the body, the
 * request answers `503 busy`. Without `parseLarge` every body is parsed here.
 */
export function installJsonBodyParser(
  app: FastifyInstance,
  parseLarge: ((bytes: Uint8Array) => Promise<JsonBodyOutcome>) | null,
): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    async (_request: FastifyRequest, body: Buffer) => {
      const outcome = await parseBody(body, parseLarge);
      if ('value' in outcome) {
        return outcome.value;
      }
      throw outcome.refusal === 'empty'
        ? new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY()
        : new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY();
    },
  );
}

import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiFailure } from '../errors';
import { IdempotencyKeyReused, IdempotentReplay, type IdempotentWrite } from '../storage/idempotency';
import { currentAgent } from './auth';

/**
 * The write's `Idempotency-Key` (docs/sync.md), or undefined when the request has none: the key with what
 * identifies the request (method, path, `If-Match`, body) hashed, and `respond` turning the outcome into the
 * answer stored with it.
 */
export function idempotentWrite<Outcome>(
  request: FastifyRequest,
  expectedVersion: number | null,
  respond: IdempotentWrite<Outcome>['respond'],
): IdempotentWrite<Outcome> | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) {
    return undefined;
  }
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(key)) {
    throw new ApiFailure(
      400,
      'invalid_value',
      'Idempotency-Key: 1 to 100 visible ASCII characters, one per action',
      'Idempotency-Key',
    );
  }
  const path = request.url.split('?')[0] ?? request.url;
  const requestHash = createHash('sha256')
    .update(JSON.stringify([request.method, path, expectedVersion, request.body ?? null]))
    .digest('hex');
  return {
    key,
    agentId: currentAgent(request).id,
    method: request.method,
    path,
    requestHash,
    respond,
  };
}

/**
 * Runs an idempotent write and sends its answer; a key applied before gets the stored answer again (with
 * `Idempotent-Replayed: true`), a key used for another request a 422.
 */
export async function answerOnce(reply: FastifyReply, send: () => Promise<unknown>): Promise<unknown> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof IdempotentReplay) {
      return reply
        .code(error.response.status)
        .header('idempotent-replayed', 'true')
        .type('application/json; charset=utf-8')
        .send(error.response.bodyText);
    }
    if (error instanceof IdempotencyKeyReused) {
      throw new ApiFailure(
        422,
        'idempotency_key_reused',
        'Idempotency-Key: this key was already used for a different request',
        'Idempotency-Key',
      );
    }
    throw error;
  }
}

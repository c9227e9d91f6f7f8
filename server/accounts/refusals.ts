import type { FastifyReply } from 'fastify';
import { ApiFailure } from '../errors';
import type { AccountRefusal } from './account-service';

/** Whether an account service answer is a refusal. */
export function isRefusal(value: unknown): value is AccountRefusal {
  return typeof value === 'object' && value !== null && 'refusal' in value;
}

/**
 * The HTTP failure for a refusal: 401 for wrong credentials (the same answer for an unknown e-mail, a wrong
 * password and a disabled agent), 429 with `Retry-After` for a locked account, 400 for a weak password or a
 * wrong second-factor code, 404, 403 or 409 for account management.
 */
export function failureFor(refusal: AccountRefusal, reply: FastifyReply, now: number): ApiFailure {
  switch (refusal.refusal) {
    case 'locked': {
      const seconds = Math.max(1, Math.ceil((refusal.until.getTime() - now) / 1000));
      void reply.header('retry-after', String(seconds));
      return new ApiFailure(
        429,
        'account_locked',
        `too many failed sign-ins for this account: try again after ${refusal.until.toISOString()}`,
      );
    }
    case 'invalid_credentials':
      return new ApiFailure(401, 'invalid_credentials', 'wrong e-mail or password');
    case 'weak_password':
      return new ApiFailure(400, 'weak_password', refusal.message, 'password');
    case 'invalid_code':
      return new ApiFailure(400, 'invalid_code', 'the code is wrong or was used already', 'code');
    case 'not_found':
      return new ApiFailure(404, 'not_found', 'no such agent');
    case 'forbidden':
      return new ApiFailure(403, 'forbidden', refusal.message);
    case 'conflict':
      return new ApiFailure(409, refusal.code, refusal.message);
  }
}

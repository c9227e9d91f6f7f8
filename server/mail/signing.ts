import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatServiceMessageId, parseServiceMessageId, signedPayload } from '../../shared/mail/message-id';
import type { SqlExecutor } from '../storage/database';

/** Makes and checks the service's signed Message-IDs (shared/mail/message-id.ts has the layout). */
export interface MessageIdSigner {
  /** A new Message-ID (with angle brackets) for a mail about `ticketId`, keyed by `messageKey`. */
  create(ticketId: string, messageKey: string): string;
  /** The ticket a Message-ID names when it is one of ours and its signature holds; null otherwise. */
  verify(messageId: string): string | null;
}

function signatureOf(secret: Buffer, ticketId: string, messageKey: string): string {
  // 128 bits of HMAC-SHA256: far beyond guessing, and short enough for a Message-ID's local part.
  return createHmac('sha256', secret).update(signedPayload(ticketId, messageKey)).digest('hex').slice(0, 32);
}

/** A signer with `secret` for Message-IDs `@domain`. */
export function createMessageIdSigner(secret: Buffer, domain: string): MessageIdSigner {
  return {
    create: (ticketId, messageKey) =>
      formatServiceMessageId({
        ticketId,
        messageKey,
        signature: signatureOf(secret, ticketId, messageKey),
        domain,
      }),
    verify: (messageId) => {
      const parts = parseServiceMessageId(messageId);
      if (parts === null) {
        return null;
      }
      const expected = Buffer.from(signatureOf(secret, parts.ticketId, parts.messageKey), 'hex');
      const actual = Buffer.from(parts.signature, 'hex');
      return expected.length === actual.length && timingSafeEqual(expected, actual) ? parts.ticketId : null;
    },
  };
}

const secretSettingKey = 'mail.signing_secret';

/**
 * The signing secret: `MAIL_SIGNING_SECRET` when given, else one made on first use and kept in the
 * database's settings, so every node and every restart signs alike.
 */
export async function resolveSigningSecret(
  executor: SqlExecutor,
  fromEnvironment: string | undefined,
): Promise<Buffer> {
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return Buffer.from(fromEnvironment, 'utf8');
  }
  // Insert-if-absent, then read what won: two nodes starting together end up with the same secret.
  await executor.query(
    `insert into settings (key, value) values ($1, $2::jsonb) on conflict (key) do nothing`,
    [secretSettingKey, JSON.stringify(randomBytes(32).toString('hex'))],
  );
  const rows = await executor.query<{ value: unknown }>('select value from settings where key = $1', [
    secretSettingKey,
  ]);
  const stored = rows[0]?.value;
  if (typeof stored !== 'string' || stored === '') {
    throw new Error('the mail signing secret could not be stored');
  }
  return Buffer.from(stored, 'hex');
}

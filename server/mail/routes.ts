import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { channelOfSource } from '../../shared/domain/vocabulary';
import type { OriginalMail, TicketMail } from '../../shared/mail/wire-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure } from '../errors';
import { requireRole } from '../http/auth';
import { isoTime, type TimestampValue } from '../storage/rows';
import { isUuid } from '../storage/sql-helpers';
import { retryMail } from './outbound-store';

const idParamsSchema = z.object({ id: z.string().max(64) });

function idOf(request: FastifyRequest, what: string): string {
  const parsed = idParamsSchema.safeParse(request.params);
  const id = parsed.success ? parsed.data.id.toLowerCase() : '';
  if (!isUuid(id)) {
    throw new ApiFailure(404, 'not_found', `no such ${what}`);
  }
  return id;
}

/**
 * The e-mail channel's agent routes (docs/api.md): a ticket's mail (channel, addresses with their delivery
 * failures, received mail with sender authentication and CCs, outbound mail with its delivery state), a
 * received mail's original, and the retry of a mail that was not delivered. Registered whether or not mail
 * is on: without it a ticket's mail is empty and a retry is 409 `mail_off`.
 */
export function registerMailRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');
  const database = context.mail?.database ?? null;

  app.get('/api/tickets/:id/mail', { onRequest: agentOnly }, async (request) => {
    const id = idOf(request, 'ticket');
    const ticket = await context.store.getTicket(id);
    if (ticket === null) {
      throw new ApiFailure(404, 'not_found', `ticket ${id} not found`);
    }
    const empty: TicketMail = {
      channel: channelOfSource(ticket.source),
      addresses: [],
      inbound: [],
      outbound: [],
    };
    if (database === null) {
      return empty;
    }
    const [addresses, inbound, outbound] = await Promise.all([
      database.query<TicketMail['addresses'][number]>(
        `select address, role, is_failing, failure from mail_ticket_addresses where ticket_id = $1
         order by role desc, address_key`,
        [id],
      ),
      database.query<Omit<TicketMail['inbound'][number], 'received_at'> & { received_at: TimestampValue }>(
        `select id, message_id, sender, subject, cc, authentication, outcome, notes, is_raw_masked, received_at
         from mail_inbound where ticket_id = $1 order by received_at`,
        [id],
      ),
      database.query<
        Omit<TicketMail['outbound'][number], 'created_at' | 'sent_at'> & {
          created_at: TimestampValue;
          sent_at: TimestampValue | null;
        }
      >(
        `select id, message_id, kind, recipient, cc, state, attempts, last_error, created_at, sent_at
         from mail_outbound where ticket_id = $1 order by created_at`,
        [id],
      ),
    ]);
    const answer: TicketMail = {
      channel: inbound.length > 0 ? 'email' : channelOfSource(ticket.source),
      addresses,
      inbound: inbound.map((row) => ({ ...row, received_at: isoTime(row.received_at) })),
      outbound: outbound.map((row) => ({
        ...row,
        attempts: Number(row.attempts),
        created_at: isoTime(row.created_at),
        sent_at: row.sent_at === null ? null : isoTime(row.sent_at),
      })),
    };
    return answer;
  });

  app.get('/api/mail/inbound/:id/original', { onRequest: agentOnly }, async (request) => {
    const id = idOf(request, 'mail');
    const rows =
      database === null
        ? []
        : await database.query<{ raw: Uint8Array; is_raw_masked: boolean }>(
            'select raw, is_raw_masked from mail_inbound where id = $1',
            [id],
          );
    const row = rows[0];
    if (row === undefined) {
      throw new ApiFailure(404, 'not_found', `mail ${id} not found`);
    }
    // Shown as text: 8-bit bytes that are not UTF-8 (an EUC-KR body sent unencoded) read as U+FFFD.
    const answer: OriginalMail = {
      id,
      original: new TextDecoder('utf-8').decode(row.raw),
      is_raw_masked: row.is_raw_masked,
    };
    return answer;
  });

  app.post('/api/mail/outbound/:id/retry', { onRequest: agentOnly }, async (request) => {
    const id = idOf(request, 'mail');
    if (database === null || context.mail === undefined) {
      throw new ApiFailure(409, 'mail_off', 'the e-mail channel is not configured on this service');
    }
    const ticketId = await retryMail(database, id);
    if (ticketId === null) {
      throw new ApiFailure(409, 'not_retryable', `mail ${id} is not a failed or bounced mail`);
    }
    context.mail.poke();
    return { id, state: 'queued' };
  });
}

import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { maskTicketContacts } from '../../shared/access/mask-email';
import { toSyncTicket, type SyncEnd, type SyncHead } from '../../shared/sync/sync-tickets';
import type { AppContext } from '../app-context';
import { currentAgent, requireRole } from '../http/auth';
import type { TicketScope } from '../storage/ticket-scope';

/** The first page is small so the console shows rows at once; later ones are large (fewer queries). */
export const syncFirstPageSize = 200;
export const syncPageSize = 2000;

/**
 * The lines of one agent's first sync: the change-log head, every ticket in scope (newest first, masked, in
 * the lean shape), then the end line. The head is read before any ticket: a change after it may or may not
 * be in the snapshot, and the console catches up from it either way, so nothing falls in between.
 */
async function* syncLines(context: AppContext, scope: TicketScope | undefined): AsyncGenerator<string> {
  const head: SyncHead = {
    seq: await context.store.latestChangeSeq(),
    total: await context.store.countSyncTickets(scope),
  };
  yield `${JSON.stringify(head)}\n`;
  await nextTurn();
  let before: number | null = null;
  let count = 0;
  let limit = syncFirstPageSize;
  for (;;) {
    const page = await context.store.listSyncPage({ before, limit, ...(scope ? { scope } : {}) });
    if (page.length > 0) {
      yield `${page.map((ticket) => JSON.stringify(toSyncTicket(maskTicketContacts(ticket)))).join('\n')}\n`;
    }
    // PGlite answers without giving the event loop a turn: without one the socket would send nothing until
    // the whole stream was read, and other requests (the live socket's handshake) would wait as long.
    await nextTurn();
    count += page.length;
    const last = page.at(-1);
    if (page.length < limit || last === undefined) {
      break;
    }
    before = last.number;
    limit = syncPageSize;
  }
  const end: SyncEnd = { end: true, count };
  yield `${JSON.stringify(end)}\n`;
}

/**
 * `GET /api/sync/tickets` (agent): the console's first sync as one NDJSON stream (docs/api.md, docs/sync.md).
 * Like every list it carries masked e-mails, keeps to the agent's team scope and logs no read.
 */
export function registerSyncRoutes(app: FastifyInstance, context: AppContext): void {
  app.get(
    '/api/sync/tickets',
    { onRequest: requireRole(context.authenticator, 'agent') },
    async (request, reply) => {
      const scope = (await context.teamScope?.scopeFor(currentAgent(request))) ?? undefined;
      reply.type('application/x-ndjson; charset=utf-8');
      // One page read ahead at most: the next query waits until the socket took the previous page.
      return reply.send(Readable.from(syncLines(context, scope), { objectMode: true, highWaterMark: 1 }));
    },
  );
}

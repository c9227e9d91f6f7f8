import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  faqReplyInputSchema,
  faqUsageSchema,
  type FaqImportResult,
  type FaqLibrary,
  type FaqReply,
} from '../../shared/domain/faq-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import {
  entriesFromCsv,
  entriesFromJson,
  exportCsv,
  exportItem,
  ImportFormatError,
  type ImportEntry,
} from '../faq/exchange';
import { faqLibraryOperations, isFaqRefusal, type FaqRefusal } from '../faq/library';
import { currentAgent, requireRole } from '../http/auth';

/**
 * The FAQ-reply library (docs/api.md "FAQ replies", docs/faq.md). Agents read it and count insertions;
 * leads write it. Every write records `faq.updated` so consoles refetch the library; usage counts do not
 * (they only reorder suggestions, and the next refetch brings them).
 */

const exportQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

/** `If-Match: <version>` (quotes allowed) as a number, null when absent; a 400 when it is not a version. */
function expectedVersionOf(request: FastifyRequest): number | null {
  const header = request.headers['if-match'];
  if (header === undefined) {
    return null;
  }
  const match = typeof header === 'string' ? /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header) : null;
  if (!match?.[1]) {
    throw new ApiFailure(
      400,
      'invalid_value',
      'If-Match: the reply version the change is based on',
      'If-Match',
    );
  }
  return Number(match[1]);
}

function failureOf(id: string, refusal: FaqRefusal): ApiFailure {
  switch (refusal.refusal) {
    case 'invalid':
      return new ApiFailure(400, refusal.problem.code, refusal.problem.message, refusal.problem.field);
    case 'not_found':
      return new ApiFailure(404, 'not_found', `no FAQ reply ${id}`);
    case 'version_conflict':
      return new ApiFailure(
        409,
        'version_conflict',
        `FAQ reply ${id} changed since that version (now ${refusal.current}); read it again`,
      );
    case 'unknown_ticket':
      return new ApiFailure(400, 'unknown_ticket', 'ticket_id: no such ticket', 'ticket_id');
  }
}

function replyOrFail(id: string, outcome: FaqReply | FaqRefusal): FaqReply {
  if (isFaqRefusal(outcome)) {
    throw failureOf(id, outcome);
  }
  return outcome;
}

export function registerFaqRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');
  const leadOnly = requireRole(context.authenticator, 'lead');
  const library = faqLibraryOperations((work) => context.store.loadInTransaction(work));

  // Encapsulated, so the CSV body parser applies to these routes only.
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });

    scope.get('/api/faq', { onRequest: agentOnly }, async (): Promise<FaqLibrary> => ({
      replies: await library.list(),
    }));

    scope.post('/api/faq', { onRequest: leadOnly }, async (request, reply) => {
      const content = parseOrFail(faqReplyInputSchema, request.body);
      // A saved reply is sent to customers as it is: the reply lint applies when a lead saves it.
      await context.safety?.assertSafeReply(content.variants.map((variant) => variant.body));
      const created = replyOrFail('', await library.create(content, currentAgent(request).id));
      return reply.status(201).send(created);
    });

    scope.put<{ Params: { id: string } }>('/api/faq/:id', { onRequest: leadOnly }, async (request) => {
      const expectedVersion = expectedVersionOf(request);
      const content = parseOrFail(faqReplyInputSchema, request.body);
      await context.safety?.assertSafeReply(content.variants.map((variant) => variant.body));
      const { id } = request.params;
      return replyOrFail(id, await library.replace(id, content, expectedVersion, currentAgent(request).id));
    });

    // Retires rather than deletes: usage history stays, and a lead can bring the reply back with PUT.
    scope.delete<{ Params: { id: string } }>('/api/faq/:id', { onRequest: leadOnly }, async (request) => {
      const { id } = request.params;
      return replyOrFail(id, await library.retire(id, currentAgent(request).id));
    });

    scope.post<{ Params: { id: string } }>(
      '/api/faq/:id/usage',
      { onRequest: agentOnly },
      async (request) => {
        const usage = parseOrFail(faqUsageSchema, request.body);
        const { id } = request.params;
        return replyOrFail(id, await library.recordUsage(id, usage.ticket_id));
      },
    );

    scope.get('/api/faq/export', { onRequest: leadOnly }, async (request, reply) => {
      const { format } = parseOrFail(exportQuerySchema, request.query);
      const replies = await library.list();
      if (format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="faq-library.csv"')
          .send(exportCsv(replies));
      }
      return reply
        .header('content-disposition', 'attachment; filename="faq-library.json"')
        .send(replies.map(exportItem));
    });

    scope.post('/api/faq/import', { onRequest: leadOnly }, async (request): Promise<FaqImportResult> => {
      const contentType = request.headers['content-type'] ?? '';
      let entries: ImportEntry[];
      try {
        entries =
          typeof request.body === 'string' && /^text\/(csv|plain)/i.test(contentType)
            ? entriesFromCsv(request.body)
            : entriesFromJson(request.body);
      } catch (error) {
        if (error instanceof ImportFormatError) {
          throw new ApiFailure(400, 'invalid_import', error.message);
        }
        throw error;
      }
      return library.importEntries(entries, currentAgent(request).id);
    });
    done();
  });
}

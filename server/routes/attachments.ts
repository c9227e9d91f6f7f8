import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { outsideScope } from './team-scope';

const attachmentParamsSchema = z.object({ id: z.string().max(64) });

/** `filename` for ASCII clients and `filename*` (RFC 5987) for the rest; never breaks out of the header. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_').slice(0, 150) || 'attachment';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * `GET /api/attachments/:id` (agent): the stored bytes with their checked type, `nosniff`, a sandboxing CSP,
 * `Content-Disposition: attachment` for anything but images, and `no-store` like every other answer (customer
 * files must not stay in a shared machine's cache).
 */
export function registerAttachmentRoutes(app: FastifyInstance, context: AppContext): void {
  app.get(
    '/api/attachments/:id',
    { onRequest: requireRole(context.authenticator, 'agent') },
    async (request, reply) => {
      const { id } = parseOrFail(attachmentParamsSchema, request.params);
      const attachment = await context.store.getAttachment(id);
      if (attachment === null) {
        throw new ApiFailure(404, 'not_found', `no attachment ${id}`);
      }
      if (
        context.teamScope &&
        !(await context.teamScope.maySee(currentAgent(request), attachment.ticketId))
      ) {
        throw outsideScope(attachment.ticketId);
      }
      const isImage = attachment.type.startsWith('image/');
      return reply
        .header(
          'content-type',
          attachment.type === 'text/plain' ? 'text/plain; charset=utf-8' : attachment.type,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .header('content-disposition', contentDisposition(isImage ? 'inline' : 'attachment', attachment.name))
        .header('cache-control', 'no-store')
        .send(Buffer.from(attachment.data.buffer, attachment.data.byteOffset, attachment.data.byteLength));
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { agentCreateSchema, categoryCreateSchema } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { requireRole } from '../http/auth';
import { categoryKeyFor } from '../storage/categories';
import { assertStorableText } from '../tickets/storable-text';

/**
 * `GET /api/agents`, `GET /api/categories` (agent), `POST /api/categories` (lead) and `POST /api/agents`
 * (admin).
 */
export function registerDirectoryRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');

  app.get('/api/agents', { onRequest: agentOnly }, async () => ({
    agents: await context.store.listAgents(),
  }));

  app.post(
    '/api/agents',
    { onRequest: requireRole(context.authenticator, 'admin') },
    async (request, reply) => {
      const input = parseOrFail(agentCreateSchema, request.body);
      assertStorableText(input);
      if ((await context.store.findAgentByEmail(input.email)) !== null) {
        throw new ApiFailure(409, 'agent_exists', `an agent with e-mail ${input.email} exists`, 'email');
      }
      const weakness = context.accounts.passwordRefusal(input.password, input);
      if (weakness !== null && weakness.refusal === 'weak_password') {
        throw new ApiFailure(400, 'weak_password', weakness.message, 'password');
      }
      const agent = await context.store.createAgent({ ...input, languages: input.languages ?? [] });
      return reply.code(201).send(agent);
    },
  );

  app.get('/api/categories', { onRequest: agentOnly }, async () => ({
    categories: await context.store.listCategories(),
  }));

  app.post(
    '/api/categories',
    { onRequest: requireRole(context.authenticator, 'lead') },
    async (request, reply) => {
      const input = parseOrFail(categoryCreateSchema, request.body);
      assertStorableText(input);
      const key = input.key ?? categoryKeyFor(input.name);
      if (key === null) {
        throw new ApiFailure(
          400,
          'invalid_value',
          'name: give a key, or a name with Latin letters or digits',
          'key',
        );
      }
      return reply.code(201).send(await context.store.createCategory(input.name, key));
    },
  );
}

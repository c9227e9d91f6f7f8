import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, type LoginResponse } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { bearerToken, currentAgent, requireRole } from '../http/auth';

/** `POST /api/login` (e-mail and password for a token) and `GET /api/me` (who a token belongs to). */
export function registerSessionRoutes(app: FastifyInstance, context: AppContext): void {
  app.post(
    '/api/login',
    {
      config: {
        rateLimit: {
          max: context.loginRateLimit.max,
          timeWindow: context.loginRateLimit.windowMs,
          allowList: (request) => context.authenticator.isAdminToken(bearerToken(request)),
        },
      },
    },
    async (request) => {
      const credentials = parseOrFail(loginRequestSchema, request.body);
      const agent = await context.store.verifyCredentials(credentials.email, credentials.password);
      if (agent === null) {
        throw new ApiFailure(401, 'invalid_credentials', 'wrong e-mail or password');
      }
      const token = await context.store.issueToken(agent.id, 'login');
      const response: LoginResponse = { token, agent };
      return response;
    },
  );

  app.get('/api/me', { onRequest: requireRole(context.authenticator, 'agent') }, (request, reply) =>
    reply.send(currentAgent(request)),
  );
}

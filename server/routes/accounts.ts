import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  mfaConfirmRequestSchema,
  passwordChangeSchema,
  sessionPolicySchema,
  type AgentAccount,
} from '../../shared/domain/account-schemas';
import type { AppContext } from '../app-context';
import type { SessionMatch } from '../accounts/sessions';
import { failureFor, isRefusal } from '../accounts/refusals';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';

/** The request's own session; the admin token has none (it is configured, not issued). */
function ownSession(request: FastifyRequest): SessionMatch {
  if (request.session === null) {
    throw new ApiFailure(409, 'not_a_session', 'the admin token has no password or second factor of its own');
  }
  return request.session;
}

/**
 * Accounts: an agent's own password and second factor (`/api/me/password`, `/api/me/mfa…`), the leads'
 * account list with disable and enable (`/api/accounts`, `/api/agents/:id/disable|enable`) and session rules
 * (`/api/settings/sessions`).
 */
export function registerAccountRoutes(app: FastifyInstance, context: AppContext): void {
  const { accounts } = context;
  const now = context.now ?? Date.now;
  const agentOnly = requireRole(context.authenticator, 'agent');
  const leadOnly = requireRole(context.authenticator, 'lead');

  app.post('/api/me/password', { onRequest: agentOnly }, async (request, reply) => {
    const input = parseOrFail(passwordChangeSchema, request.body);
    const refusal = await accounts.changePassword(
      ownSession(request),
      input.current_password,
      input.new_password,
    );
    if (refusal !== null) {
      // A wrong current password is not a failed token: 400, so the console does not sign out.
      if (refusal.refusal === 'invalid_credentials') {
        throw new ApiFailure(400, 'wrong_password', 'the current password is wrong', 'current_password');
      }
      const failure = failureFor(refusal, reply, now());
      throw failure.code === 'weak_password'
        ? new ApiFailure(400, 'weak_password', failure.message, 'new_password')
        : failure;
    }
    return reply.code(204).send();
  });

  app.post('/api/me/mfa/enrol', { onRequest: agentOnly }, async (request, reply) => {
    ownSession(request);
    const outcome = await accounts.startEnrolment(currentAgent(request));
    if (isRefusal(outcome)) {
      throw failureFor(outcome, reply, now());
    }
    return outcome;
  });

  app.post('/api/me/mfa/confirm', { onRequest: agentOnly }, async (request, reply) => {
    ownSession(request);
    const input = parseOrFail(mfaConfirmRequestSchema, request.body);
    const outcome = await accounts.confirmEnrolment(currentAgent(request).id, input.code);
    if (isRefusal(outcome)) {
      throw failureFor(outcome, reply, now());
    }
    return { recovery_codes: outcome };
  });

  app.post('/api/me/mfa/remove', { onRequest: agentOnly }, async (request, reply) => {
    ownSession(request);
    const input = parseOrFail(mfaConfirmRequestSchema, request.body);
    const refusal = await accounts.removeMfa(currentAgent(request).id, input.code);
    if (refusal !== null) {
      throw failureFor(refusal, reply, now());
    }
    return reply.code(204).send();
  });

  app.get('/api/accounts', { onRequest: leadOnly }, async () => ({
    accounts: await accounts.listAccounts(),
  }));

  for (const action of ['disable', 'enable'] as const) {
    app.post<{ Params: { id: string } }>(
      `/api/agents/:id/${action}`,
      { onRequest: leadOnly },
      async (request, reply): Promise<AgentAccount> => {
        const outcome = await accounts.setDisabled(
          currentAgent(request),
          request.params.id,
          action === 'disable',
        );
        if (isRefusal(outcome)) {
          throw failureFor(outcome, reply, now());
        }
        context.log(`agent ${outcome.id} ${action}d by ${currentAgent(request).id}`);
        return outcome;
      },
    );
  }

  app.get('/api/settings/sessions', { onRequest: agentOnly }, () => accounts.policy());

  app.put('/api/settings/sessions', { onRequest: leadOnly }, async (request) => {
    const policy = parseOrFail(sessionPolicySchema, request.body);
    return accounts.setPolicy(policy, currentAgent(request).id);
  });
}

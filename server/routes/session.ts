import type { FastifyInstance } from 'fastify';
import { mfaLoginRequestSchema, type SessionInfo } from '../../shared/domain/account-schemas';
import { loginRequestSchema } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { failureFor, isRefusal } from '../accounts/refusals';
import { ApiFailure, parseOrFail } from '../errors';
import { bearerToken, currentAgent, requireRole } from '../http/auth';

/**
 * Signing in and out: `POST /api/login` (e-mail and password: a session, or the second step's `mfa_token`),
 * `POST /api/login/mfa` (the code), `POST /api/login/mfa/enrol` (a team that requires MFA: enrol during the
 * login), `POST /api/logout`, `POST /api/logout/everywhere`, `GET /api/me` and `GET /api/me/session`.
 */
export function registerSessionRoutes(app: FastifyInstance, context: AppContext): void {
  const { accounts } = context;
  const now = context.now ?? Date.now;
  const agentOnly = requireRole(context.authenticator, 'agent');
  // The per-address budget stays (many accounts tried from one address); the per-account lockout is in
  // the account service (one account tried from many addresses).
  const loginLimit = {
    config: {
      rateLimit: {
        max: context.loginRateLimit.max,
        timeWindow: context.loginRateLimit.windowMs,
        allowList: (request: Parameters<typeof bearerToken>[0]) =>
          context.authenticator.isAdminToken(bearerToken(request)),
      },
    },
  };

  app.post('/api/login', loginLimit, async (request, reply) => {
    const credentials = parseOrFail(loginRequestSchema, request.body);
    const outcome = await accounts.login(credentials.email, credentials.password);
    if (isRefusal(outcome)) {
      throw failureFor(outcome, reply, now());
    }
    return outcome;
  });

  app.post('/api/login/mfa', loginLimit, async (request, reply) => {
    const input = parseOrFail(mfaLoginRequestSchema, request.body);
    if ((input.code === undefined) === (input.recovery_code === undefined)) {
      throw new ApiFailure(400, 'missing_field', 'give either code or recovery_code', 'code');
    }
    const outcome = await accounts.completeMfaLogin(input.mfa_token, {
      ...(input.code === undefined ? {} : { totp: input.code }),
      ...(input.recovery_code === undefined ? {} : { recovery: input.recovery_code }),
    });
    if (isRefusal(outcome)) {
      throw failureFor(outcome, reply, now());
    }
    return outcome;
  });

  app.post('/api/login/mfa/enrol', loginLimit, async (request, reply) => {
    const input = parseOrFail(mfaLoginRequestSchema.pick({ mfa_token: true }), request.body);
    const outcome = await accounts.startLoginEnrolment(input.mfa_token);
    if (isRefusal(outcome)) {
      throw failureFor(outcome, reply, now());
    }
    return outcome;
  });

  app.post('/api/logout', { onRequest: agentOnly }, async (request, reply) => {
    if (request.session === null) {
      throw new ApiFailure(
        409,
        'not_a_session',
        'the admin token is configured, not a session: it cannot sign out',
      );
    }
    await accounts.signOut(request.session);
    return reply.code(204).send();
  });

  app.post('/api/logout/everywhere', { onRequest: agentOnly }, async (request, reply) => {
    if (request.session === null) {
      throw new ApiFailure(
        409,
        'not_a_session',
        'the admin token is configured, not a session: it cannot sign out',
      );
    }
    await accounts.signOutEverywhere(currentAgent(request).id);
    return reply.code(204).send();
  });

  app.get('/api/me', { onRequest: agentOnly }, (request, reply) => reply.send(currentAgent(request)));

  app.get('/api/me/session', { onRequest: agentOnly }, async (request): Promise<SessionInfo> => {
    if (request.session === null) {
      return {
        expires_at: null,
        idle_timeout_seconds: null,
        mfa_enabled: false,
        recovery_codes_left: 0,
        mfa_required_by_team: false,
      };
    }
    return accounts.sessionInfo(request.session);
  });
}

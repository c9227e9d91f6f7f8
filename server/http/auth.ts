import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Agent } from '../../shared/domain/schemas';
import { roleAtLeast, type AgentRole } from '../../shared/domain/vocabulary';
import { ApiFailure } from '../errors';
import type { SessionEndReason, SessionMatch } from '../accounts/sessions';
import { tokensEqual } from '../storage/credentials';

declare module 'fastify' {
  interface FastifyRequest {
    /** The agent the request's token belongs to, set by the `requireRole` hook; null on public routes. */
    agent: Agent | null;
    /** The session the request's token opened; null on public routes and for the admin token. */
    session: SessionMatch | null;
  }
}

/** Looks up the session a token opens (agent tokens; the admin token is checked apart). */
export interface SessionLookup {
  findSession(token: string): Promise<SessionMatch | null>;
  /** Why the session of a token that opens none ended, or null when the token is unknown. */
  endedSessionReason(token: string): Promise<SessionEndReason | null>;
}

/** Decides who a bearer token belongs to. */
export interface Authenticator {
  /** True when `token` is the admin token. */
  isAdminToken(token: string | null): boolean;
  /** The agent a token belongs to (the admin token acts as the service's admin identity), or null. */
  identify(token: string | null): Promise<Agent | null>;
  /**
   * Like `identify`, with the session an agent token opened (null for the admin token, which is configured,
   * not issued, and never expires).
   */
  identifySession(token: string | null): Promise<{ agent: Agent; session: SessionMatch | null } | null>;
  /**
   * The 401 for a request whose token identified no one. When the token once opened a session, the error
   * says why it ended (`reason`), so a console whose request is refused before the socket's
   * `session:ended` arrives still tells the agent "disabled by a lead" rather than "session ended".
   */
  refusal(token: string | null): Promise<ApiFailure>;
}

/**
 * An authenticator for `adminToken` and the agent sessions `sessions` holds (tokens that expired, were signed
 * out or belong to a disabled agent identify no one).
 */
export function createAuthenticator(
  sessions: SessionLookup,
  adminToken: string,
  admin: Agent,
): Authenticator {
  const isAdminToken = (token: string | null): boolean => token !== null && tokensEqual(token, adminToken);
  const identifySession: Authenticator['identifySession'] = async (token) => {
    if (token === null || token === '' || token.length > 512) {
      return null;
    }
    if (isAdminToken(token)) {
      return { agent: admin, session: null };
    }
    const session = await sessions.findSession(token);
    return session === null ? null : { agent: session.agent, session };
  };
  return {
    isAdminToken,
    identify: async (token) => (await identifySession(token))?.agent ?? null,
    identifySession,
    refusal: async (token) => {
      const reason =
        token === null || token === '' || token.length > 512 || isAdminToken(token)
          ? null
          : await sessions.endedSessionReason(token);
      return reason === null
        ? new ApiFailure(401, 'unauthorized', 'a valid token is required (Authorization: Bearer <token>)')
        : new ApiFailure(
            401,
            'unauthorized',
            `this session ended (${reason.replace('_', ' ')}); sign in again`,
            undefined,
            reason,
          );
    },
  };
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * An `onRequest` hook (it runs before the body is read) that lets the request through only with a token of
 * an agent holding at least `role`: 401 `unauthorized` without a valid token, 403 `forbidden` with too small
 * a role. Sets `request.agent`.
 */
export function requireRole(authenticator: Authenticator, role: AgentRole): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = bearerToken(request);
    const identity = await authenticator.identifySession(token);
    if (identity === null) {
      throw await authenticator.refusal(token);
    }
    if (!roleAtLeast(identity.agent.role, role)) {
      throw new ApiFailure(403, 'forbidden', `this needs the ${role} role`);
    }
    request.agent = identity.agent;
    request.session = identity.session;
  };
}

/** The agent `requireRole` found; throws if a route forgot the hook. */
export function currentAgent(request: FastifyRequest): Agent {
  if (request.agent === null) {
    throw new Error(`route ${request.url} reads the agent without requiring a role`);
  }
  return request.agent;
}

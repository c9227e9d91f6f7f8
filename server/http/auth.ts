import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Agent } from '../../shared/domain/schemas';
import { roleAtLeast, type AgentRole } from '../../shared/domain/vocabulary';
import { ApiFailure } from '../errors';
import { tokensEqual } from '../storage/credentials';
import type { TicketStore } from '../storage/ticket-store';

declare module 'fastify' {
  interface FastifyRequest {
    /** The agent the request's token belongs to, set by the `requireRole` hook; null on public routes. */
    agent: Agent | null;
  }
}

/** Decides who a bearer token belongs to. */
export interface Authenticator {
  /** True when `token` is the admin token. */
  isAdminToken(token: string | null): boolean;
  /** The agent a token belongs to (the admin token acts as the service's admin identity), or null. */
  identify(token: string | null): Promise<Agent | null>;
}

/** An authenticator for `adminToken` and the agent tokens `store` holds. */
export function createAuthenticator(store: TicketStore, adminToken: string, admin: Agent): Authenticator {
  const isAdminToken = (token: string | null): boolean => token !== null && tokensEqual(token, adminToken);
  return {
    isAdminToken,
    identify: async (token) => {
      if (token === null || token === '' || token.length > 512) {
        return null;
      }
      return isAdminToken(token) ? admin : store.findAgentByToken(token);
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
    const agent = await authenticator.identify(bearerToken(request));
    if (agent === null) {
      throw new ApiFailure(401, 'unauthorized', 'a valid token is required (Authorization: Bearer <token>)');
    }
    if (!roleAtLeast(agent.role, role)) {
      throw new ApiFailure(403, 'forbidden', `this needs the ${role} role`);
    }
    request.agent = agent;
  };
}

/** The agent `requireRole` found; throws if a route forgot the hook. */
export function currentAgent(request: FastifyRequest): Agent {
  if (request.agent === null) {
    throw new Error(`route ${request.url} reads the agent without requiring a role`);
  }
  return request.agent;
}

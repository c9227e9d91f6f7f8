import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { liveChangeEvent, type Agent, type Change } from '../../shared/domain/schemas';
import {
  presenceEvent,
  presenceUpdateEvent,
  presenceUpdateSchema,
  type PresenceSnapshot,
} from '../../shared/domain/workflow-schemas';
import { sessionEndedEvent, type SessionEnded } from '../../shared/domain/account-schemas';
import type { SessionsEnded } from '../accounts/account-service';
import type { Authenticator } from '../http/auth';
import { createPresenceRegistry } from './presence-registry';

/** Events clients may send. */
interface ClientEvents {
  [presenceUpdateEvent]: (update: unknown) => void;
}
/** Events the service sends. */
interface ServerEvents {
  [liveChangeEvent]: (change: Change) => void;
  [presenceEvent]: (snapshot: PresenceSnapshot) => void;
  [sessionEndedEvent]: (ended: SessionEnded) => void;
}
/** What the service remembers about a connected socket. */
interface SocketData {
  agent: Agent;
  /** The hash of the session token the socket connected with; null for the admin token (never ends). */
  tokenHash: string | null;
}

/** The room every authenticated socket joins; changes go to it. */
const agentsRoom = 'agents';

/** Options of `attachLiveEvents`. */
export interface LiveEventsOptions {
  /** The shortest time between two presence broadcasts: bursts of typing signals are coalesced. */
  presenceIntervalMs?: number;
  /** The clock presence `since` times are read from; `Date.now` by default. */
  now?: () => number;
  /** Called with the ids of the agents with at least one connected socket whenever that set may change. */
  onOnlineChange?: (agentIds: string[]) => void;
  /**
   * Of the given token hashes, those still valid. Each node re-checks its sockets' tokens this way every
   * `sessionCheckIntervalMs`, so a session ended through another node (signed out, expired, agent
   * disabled) loses its sockets here too; sessions ended through this node are cut at once (`endSessions`).
   */
  liveTokenHashes?: (tokenHashes: readonly string[]) => Promise<Set<string>>;
  /** 10 seconds by default. */
  sessionCheckIntervalMs?: number;
}

/** socket.io on the service's HTTP server. */
export interface LiveEvents {
  /** Emits a change to every authenticated socket. */
  emitChange(change: Change): void;
  /** How many sockets are connected. */
  connectionCount(): number;
  /** The agents with at least one connected socket now. */
  onlineAgentIds(): ReadonlySet<string>;
  /** Tells the sockets of sessions that ended why (`session:ended`), then disconnects them. */
  endSessions(ended: SessionsEnded): void;
  /** Re-checks every socket's token now and cuts those that no longer open a session. */
  checkSessions(): Promise<void>;
  /** Disconnects every socket and stops accepting new ones (the HTTP server is left to its owner). */
  close(): Promise<void>;
}

/**
 * Attaches socket.io to `httpServer`. A connection needs `auth: {token}` with an agent or admin token;
 * without one it is refused (`connect_error` with message `unauthorized`). Any origin may connect (tokens,
 * not cookies, authenticate).
 *
 * Presence: a socket reports where its agent is with `presence:update` (malformed payloads are ignored); the
 * service sends the whole `presence` snapshot to a socket when it connects, and to every agent when the
 * snapshot changes (a disconnect removes the socket's entry), at most once per `presenceIntervalMs`.
 */
export function attachLiveEvents(
  httpServer: HttpServer,
  authenticator: Authenticator,
  options: LiveEventsOptions = {},
): LiveEvents {
  const presenceIntervalMs = options.presenceIntervalMs ?? 100;
  const now = options.now ?? Date.now;
  const io = new Server<ClientEvents, ServerEvents, Record<string, never>, SocketData>(httpServer, {
    cors: { origin: '*' },
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
  });
  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    const token =
      typeof auth === 'object' && auth !== null && 'token' in auth && typeof auth.token === 'string'
        ? auth.token
        : null;
    authenticator.identifySession(token).then(
      (identity) => {
        if (identity === null) {
          next(new Error('unauthorized'));
          return;
        }
        socket.data.agent = identity.agent;
        socket.data.tokenHash = identity.session?.tokenHash ?? null;
        void socket.join(agentsRoom);
        next();
      },
      () => next(new Error('unavailable')),
    );
  });
  const presence = createPresenceRegistry();
  let lastSent = JSON.stringify(presence.snapshot());
  let lastBroadcastAt = Number.NEGATIVE_INFINITY;
  let broadcastTimer: NodeJS.Timeout | null = null;
  const broadcastPresence = (): void => {
    broadcastTimer = null;
    lastBroadcastAt = now();
    const snapshot = presence.snapshot();
    const text = JSON.stringify(snapshot);
    // Changes that cancelled out within one interval (a window closed and reopened) send nothing.
    if (text !== lastSent) {
      lastSent = text;
      io.to(agentsRoom).emit(presenceEvent, snapshot);
    }
  };
  const schedulePresence = (): void => {
    broadcastTimer ??= setTimeout(
      broadcastPresence,
      Math.max(0, lastBroadcastAt + presenceIntervalMs - now()),
    );
  };
  // Who is online (any connected socket), for routing: only online agents are handed tickets.
  const agentBySocket = new Map<string, string>();
  const reportOnline = (): void => options.onOnlineChange?.([...new Set(agentBySocket.values())]);
  io.on('connection', (socket) => {
    agentBySocket.set(socket.id, socket.data.agent.id);
    reportOnline();
    socket.emit(presenceEvent, presence.snapshot());
    socket.on(presenceUpdateEvent, (payload) => {
      const parsed = presenceUpdateSchema.safeParse(payload);
      if (!parsed.success) {
        return;
      }
      const ticketId = parsed.data.ticket_id?.toLowerCase() ?? null;
      const { agent } = socket.data;
      const changed = presence.update(
        socket.id,
        agent,
        { ticket_id: ticketId, typing: parsed.data.typing },
        new Date(now()).toISOString(),
      );
      if (changed) {
        schedulePresence();
      }
    });
    socket.on('disconnect', () => {
      agentBySocket.delete(socket.id);
      reportOnline();
      if (presence.remove(socket.id)) {
        schedulePresence();
      }
    });
  });
  const cut = (matches: (data: SocketData) => boolean, reason: SessionEnded['reason']): void => {
    for (const socket of io.of('/').sockets.values()) {
      if (matches(socket.data)) {
        socket.emit(sessionEndedEvent, { reason });
        socket.disconnect(true);
      }
    }
  };
  const checkSessions = async (): Promise<void> => {
    if (!options.liveTokenHashes) {
      return;
    }
    const hashes = new Set<string>();
    for (const socket of io.of('/').sockets.values()) {
      if (socket.data.tokenHash) {
        hashes.add(socket.data.tokenHash);
      }
    }
    if (hashes.size === 0) {
      return;
    }
    const live = await options.liveTokenHashes([...hashes]);
    cut((data) => data.tokenHash !== null && !live.has(data.tokenHash), 'expired');
  };
  const sessionTimer = setInterval(() => {
    checkSessions().catch(() => undefined);
  }, options.sessionCheckIntervalMs ?? 10_000);
  sessionTimer.unref();
  return {
    endSessions(ended) {
      cut(
        (data) =>
          data.agent.id === ended.agentId &&
          data.tokenHash !== null &&
          (ended.tokenHash === null
            ? data.tokenHash !== ended.keptTokenHash
            : data.tokenHash === ended.tokenHash),
        ended.reason,
      );
    },
    checkSessions,
    emitChange(change) {
      io.to(agentsRoom).emit(liveChangeEvent, change);
    },
    connectionCount: () => io.engine.clientsCount,
    onlineAgentIds: () => new Set(agentBySocket.values()),
    // Not io.close(): that would also close the HTTP server, which Fastify closes (draining requests) itself.
    close: async () => {
      clearInterval(sessionTimer);
      if (broadcastTimer !== null) {
        clearTimeout(broadcastTimer);
        broadcastTimer = null;
      }
      io.disconnectSockets(true);
      io.engine.close();
      await Promise.resolve();
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { readBudgetAlertEvent, type ReadBudgetAlert } from '../../shared/access/access-schemas';
import { liveChangeEvent, type Agent, type Change } from '../../shared/domain/schemas';
import { roleAtLeast } from '../../shared/domain/vocabulary';
import {
  presenceEvent,
  presenceUpdateEvent,
  presenceUpdateSchema,
  type PresenceSnapshot,
} from '../../shared/domain/workflow-schemas';
import { sessionEndedEvent, type SessionEnded } from '../../shared/domain/account-schemas';
import type { SessionsEnded } from '../accounts/account-service';
import type { Authenticator } from '../http/auth';
import { createNodePresence, nodePresenceEvent, type NodePresenceExchange } from './node-presence';
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
  [readBudgetAlertEvent]: (alert: ReadBudgetAlert) => void;
}
/** Events between nodes (through the adapter). */
interface NodeEvents {
  [nodePresenceEvent]: (state: unknown) => void;
}
/** What the service remembers about a connected socket. */
interface SocketData {
  agent: Agent;
  /** The hash of the session token the socket connected with; null for the admin token (never ends). */
  tokenHash: string | null;
}

/** The room every authenticated socket joins; changes go to it. */
const agentsRoom = 'agents';
/** The room of leads' and admins' sockets; read-budget alerts go to it. */
const leadsRoom = 'leads';

/** Options of `attachLiveEvents`. */
export interface LiveEventsOptions {
  /** The shortest time between two presence broadcasts: bursts of typing signals are coalesced. */
  presenceIntervalMs?: number;
  /** The clock presence `since` times are read from; `Date.now` by default. */
  now?: () => number;
  /** The most sockets one token may hold open at once (a console holds one; a few tabs more); 10 by default. */
  socketsPerToken?: number;
  /**
   * True when `ticketId` names a stored ticket: presence accepts only those (no flood of made-up ids).
   * Absent: every well-formed id is accepted.
   */
  isTicket?: (ticketId: string) => Promise<boolean>;
  /**
   * Of `ticketIds`, those `agent` may see (the lead's team scope), or null when the agent sees every ticket.
   * Presence follows it: an agent announces presence only on tickets they may see, and hears of viewers only
   * on those. Absent: everyone sees every ticket.
   */
  visibleTickets?: (agent: Agent, ticketIds: readonly string[]) => Promise<ReadonlySet<string> | null>;
  /** Called with the ids of the agents with at least one connected socket whenever that set may change. */
  onOnlineChange?: (agentIds: string[]) => void;
  /**
   * Of the given token hashes, those still valid. Each node re-checks its sockets' tokens this way every
   * `sessionCheckIntervalMs`, so a session ended through another node (signed out, expired, agent
   * disabled) loses its sockets here too; sessions ended through this node are cut at once (`endSessions`).
   */
  liveTokenHashes?: (tokenHashes: readonly string[]) => Promise<Set<string>>;
  /**
   * Why the sessions of token hashes that no longer open one ended, so the check above tells the console
   * "disabled by a lead" rather than "expired". Absent, or a hash it does not know: `expired`.
   */
  endedSessionReasons?: (tokenHashes: readonly string[]) => Promise<Map<string, SessionEnded['reason']>>;
  /** 10 seconds by default. */
  sessionCheckIntervalMs?: number;
  /**
   * Who may hear of a change (the lead's team scope): null when every socket may, else a test of each
   * socket's agent. Absent: every socket hears every change. Changes still go out in the order given.
   */
  changeAudience?: (change: Change) => Promise<((agent: Agent) => Promise<boolean>) | null>;
  /**
   * One of several nodes (server/cluster): the socket.io adapter between them, which carries each node's
   * presence (ids only, node-presence.ts), and how agents' names are found for other nodes' entries.
   * Changes never travel through it: each node emits them to its own sockets from the change log.
   */
  cluster?: {
    adapter: ServerOptions['adapter'];
    agentNames: (agentIds: string[]) => Promise<Map<string, string>>;
  };
}

/** socket.io on the service's HTTP server. */
export interface LiveEvents {
  /** Emits a change to every authenticated socket. */
  emitChange(change: Change): void;
  /** Tells every connected lead (and admin) that an agent ran past the read budget. */
  emitReadBudgetAlert(alert: ReadBudgetAlert): void;
  /** How many sockets are connected. */
  connectionCount(): number;
  /** The agents with at least one connected socket now, on any node. */
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
  const socketsPerToken = options.socketsPerToken ?? 10;
  const socketCountByToken = new Map<string, number>();
  const io = new Server<ClientEvents, ServerEvents, NodeEvents, SocketData>(httpServer, {
    cors: { origin: '*' },
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    ...(options.cluster ? { adapter: options.cluster.adapter } : {}),
  });
  // Emits reach this node's sockets only (`io.local`): with an adapter, `io.to(…)` would reach every node's.
  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    const token =
      typeof auth === 'object' && auth !== null && 'token' in auth && typeof auth.token === 'string'
        ? auth.token
        : null;
    authenticator.identifySession(token).then(
      (identity) => {
        if (identity === null) {
          // A token whose session ended says why (`data.reason`), as the HTTP 401 does: a console whose socket
          // connects just after a lead disabled the agent otherwise never hears it (no `session:ended`).
          authenticator.refusal(token).then(
            (refusal) => next(refusedHandshake('unauthorized', refusal.reason)),
            () => next(refusedHandshake('unauthorized')),
          );
          return;
        }
        // At most `socketsPerToken` sockets per token (the admin token counts as one token).
        const tokenKey = identity.session?.tokenHash ?? 'admin-token';
        if ((socketCountByToken.get(tokenKey) ?? 0) >= socketsPerToken) {
          next(new Error('too_many_connections'));
          return;
        }
        socket.data.agent = identity.agent;
        socket.data.tokenHash = identity.session?.tokenHash ?? null;
        void socket.join(agentsRoom);
        if (roleAtLeast(identity.agent.role, 'lead')) {
          void socket.join(leadsRoom);
        }
        next();
      },
      () => next(new Error('unavailable')),
    );
  });
  const presence = createPresenceRegistry();
  // Other nodes' presence, when there are several; assigned below, once the helpers it calls exist.
  let nodes: NodePresenceExchange | null = null;
  const snapshot = (): PresenceSnapshot => presence.snapshot(nodes?.remoteViewers());
  let presenceEmission = Promise.resolve();
  /** `everyone` as `agent` may see it: viewers of the tickets they may see (all of them when unscoped). */
  const seenBy = async (agent: Agent, everyone: PresenceSnapshot): Promise<PresenceSnapshot> => {
    const { visibleTickets } = options;
    if (visibleTickets === undefined || everyone.viewers.length === 0) {
      return everyone;
    }
    const visible = await visibleTickets(agent, [
      ...new Set(everyone.viewers.map((entry) => entry.ticket_id)),
    ]);
    return visible === null
      ? everyone
      : { viewers: everyone.viewers.filter((entry) => visible.has(entry.ticket_id)) };
  };
  let lastSent = JSON.stringify(snapshot());
  let lastBroadcastAt = Number.NEGATIVE_INFINITY;
  let broadcastTimer: NodeJS.Timeout | null = null;
  const broadcastPresence = (): void => {
    broadcastTimer = null;
    lastBroadcastAt = now();
    nodes?.publish();
    const everyone = snapshot();
    const text = JSON.stringify(everyone);
    // Changes that cancelled out within one interval (a window closed and reopened) send nothing.
    if (text !== lastSent) {
      lastSent = text;
      if (options.visibleTickets === undefined) {
        io.local.to(agentsRoom).emit(presenceEvent, everyone);
        return;
      }
      // Each socket hears of viewers only on tickets its agent may see; one snapshot at a time, in order.
      const sockets = [...io.of('/').sockets.values()];
      presenceEmission = presenceEmission
        .then(async () => {
          for (const socket of sockets) {
            const seen = await seenBy(socket.data.agent, everyone);
            if (socket.connected) {
              socket.emit(presenceEvent, seen);
            }
          }
        })
        .catch(() => undefined);
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
  const reportOnline = (): void =>
    options.onOnlineChange?.([...new Set([...agentBySocket.values(), ...(nodes?.remoteOnline() ?? [])])]);
  if (options.cluster) {
    const exchange = createNodePresence({
      nodeId: randomUUID(),
      localState: () => ({
        online: [...new Set(agentBySocket.values())],
        viewers: presence.snapshot().viewers,
      }),
      send: (state) => io.serverSideEmit(nodePresenceEvent, state),
      agentNames: options.cluster.agentNames,
      onChange: () => {
        schedulePresence();
        reportOnline();
      },
      now,
    });
    nodes = exchange;
    io.on(nodePresenceEvent, (state) => {
      exchange.receive(state).catch(() => undefined);
    });
  }
  io.on('connection', (socket) => {
    const tokenKey = socket.data.tokenHash ?? 'admin-token';
    socketCountByToken.set(tokenKey, (socketCountByToken.get(tokenKey) ?? 0) + 1);
    agentBySocket.set(socket.id, socket.data.agent.id);
    reportOnline();
    if (nodes !== null) {
      schedulePresence(); // Other nodes hear of this agent with the next presence broadcast.
    }
    if (options.visibleTickets === undefined) {
      socket.emit(presenceEvent, snapshot());
    } else {
      // As this agent may see it, in turn with the broadcasts (so an older snapshot never arrives last).
      presenceEmission = presenceEmission
        .then(async () => {
          const seen = await seenBy(socket.data.agent, snapshot());
          if (socket.connected) {
            socket.emit(presenceEvent, seen);
          }
        })
        .catch(() => undefined);
    }
    let updates = Promise.resolve();
    socket.on(presenceUpdateEvent, (payload) => {
      const parsed = presenceUpdateSchema.safeParse(payload);
      if (!parsed.success) {
        return;
      }
      const ticketId = parsed.data.ticket_id?.toLowerCase() ?? null;
      const { agent } = socket.data;
      const apply = (): void => {
        const changed = presence.update(
          socket.id,
          agent,
          { ticket_id: ticketId, typing: parsed.data.typing },
          new Date(now()).toISOString(),
        );
        if (changed) {
          schedulePresence();
        }
      };
      // Only real tickets the agent may see (team scope): an update naming an unknown id, or another team's
      // ticket, is dropped like a malformed one. Updates of one socket apply in the order sent, checked or not.
      const { isTicket, visibleTickets } = options;
      const mayAnnounce = async (id: string): Promise<boolean> => {
        if (isTicket !== undefined && !(await isTicket(id))) {
          return false;
        }
        const visible = visibleTickets === undefined ? null : await visibleTickets(agent, [id]);
        return visible === null || visible.has(id);
      };
      updates = updates
        .then(async () => {
          if (ticketId === null || (await mayAnnounce(ticketId))) {
            if (socket.connected) {
              apply();
            }
          }
        })
        .catch(() => undefined);
    });
    socket.on('disconnect', () => {
      const count = (socketCountByToken.get(tokenKey) ?? 1) - 1;
      if (count <= 0) {
        socketCountByToken.delete(tokenKey);
      } else {
        socketCountByToken.set(tokenKey, count);
      }
      agentBySocket.delete(socket.id);
      reportOnline();
      if (presence.remove(socket.id) || nodes !== null) {
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
    const ended = [...hashes].filter((hash) => !live.has(hash));
    if (ended.length === 0) {
      return;
    }
    const reasons = (await options.endedSessionReasons?.(ended)) ?? new Map<string, SessionEnded['reason']>();
    for (const hash of ended) {
      cut((data) => data.tokenHash === hash, reasons.get(hash) ?? 'expired');
    }
  };
  let changeEmission = Promise.resolve();
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
      const { changeAudience } = options;
      if (changeAudience === undefined) {
        io.local.to(agentsRoom).emit(liveChangeEvent, change);
        return;
      }
      // One change at a time, so a slow audience check never lets a later change overtake this one.
      changeEmission = changeEmission
        .then(async () => {
          const mayHear = await changeAudience(change);
          if (mayHear === null) {
            io.local.to(agentsRoom).emit(liveChangeEvent, change);
            return;
          }
          // This node's sockets (every authenticated one is in the agents' room); other nodes emit to theirs.
          for (const socket of [...io.of('/').sockets.values()]) {
            if (socket.connected && (await mayHear(socket.data.agent))) {
              socket.emit(liveChangeEvent, change);
            }
          }
        })
        .catch(() => undefined);
    },
    emitReadBudgetAlert(alert) {
      io.local.to(leadsRoom).emit(readBudgetAlertEvent, alert);
    },
    connectionCount: () => io.engine.clientsCount,
    onlineAgentIds: () => new Set([...agentBySocket.values(), ...(nodes?.remoteOnline() ?? [])]),
    // Not io.close(): that would also close the HTTP server, which Fastify closes (draining requests) itself.
    close: async () => {
      clearInterval(sessionTimer);
      if (broadcastTimer !== null) {
        clearTimeout(broadcastTimer);
        broadcastTimer = null;
      }
      nodes?.close();
      io.local.disconnectSockets(true);
      io.engine.close();
      await io.of('/').adapter.close();
    },
  };
}

/**
 * The error a refused handshake ends with: the client's `connect_error` gets `message` and, for a token whose
 * session ended, `data.reason` (the socket.io way to send details with a middleware error).
 */
function refusedHandshake(message: string, reason?: string): Error & { data?: { reason: string } } {
  const error: Error & { data?: { reason: string } } = new Error(message);
  if (reason !== undefined) {
    error.data = { reason };
  }
  return error;
}

import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { liveChangeEvent, type Agent, type Change } from '../../shared/domain/schemas';
import type { Authenticator } from '../http/auth';

/** Events clients may send (none yet: presence and typing come later). */
type ClientEvents = Record<string, never>;
/** Events the service sends. */
interface ServerEvents {
  [liveChangeEvent]: (change: Change) => void;
}
/** What the service remembers about a connected socket. */
interface SocketData {
  agent: Agent;
}

/** The room every authenticated socket joins; changes go to it. */
const agentsRoom = 'agents';

/** socket.io on the service's HTTP server. */
export interface LiveEvents {
  /** Emits a change to every authenticated socket. */
  emitChange(change: Change): void;
  /** How many sockets are connected. */
  connectionCount(): number;
  /** Disconnects every socket and stops accepting new ones (the HTTP server is left to its owner). */
  close(): Promise<void>;
}

/**
 * Attaches socket.io to `httpServer`. A connection needs `auth: {token}` with an agent or admin token;
 * without one it is refused (`connect_error` with message `unauthorized`). Any origin may connect (tokens,
 * not cookies, authenticate).
 */
export function attachLiveEvents(httpServer: HttpServer, authenticator: Authenticator): LiveEvents {
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
    authenticator.identify(token).then(
      (agent) => {
        if (agent === null) {
          next(new Error('unauthorized'));
          return;
        }
        socket.data.agent = agent;
        void socket.join(agentsRoom);
        next();
      },
      () => next(new Error('unavailable')),
    );
  });
  return {
    emitChange(change) {
      io.to(agentsRoom).emit(liveChangeEvent, change);
    },
    connectionCount: () => io.engine.clientsCount,
    // Not io.close(): that would also close the HTTP server, which Fastify closes (draining requests) itself.
    close: async () => {
      io.disconnectSockets(true);
      io.engine.close();
      await Promise.resolve();
    },
  };
}

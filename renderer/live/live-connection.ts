import { io, type Socket } from 'socket.io-client';
import {
  readBudgetAlertEvent,
  readBudgetAlertSchema,
  type ReadBudgetAlert,
} from '../../shared/access/access-schemas';
import {
  incomingChangeSchema,
  isKnownChange,
  liveChangeEvent,
  type Change,
} from '../../shared/domain/schemas';
import {
  presenceEvent,
  presenceSnapshotSchema,
  presenceUpdateEvent,
  type PresenceSnapshot,
  type PresenceUpdate,
} from '../../shared/domain/workflow-schemas';
import {
  sessionEndedEvent,
  sessionEndedSchema,
  type SessionEnded,
} from '../../shared/domain/account-schemas';
import type { ApiClient } from '../api/api-client';
import { createLogger } from '../logging/logger';

/** What the top bar shows about the live link to the service. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Callbacks of a live connection. */
export interface LiveConnectionHandlers {
  /** Changes in sequence order, each delivered once (live or caught up after a reconnect). */
  onChanges: (changes: readonly Change[]) => void;
  /** The connection missed changes it cannot name (no sequence seen yet): reload everything. */
  onResync: () => void;
  onState: (state: ConnectionState) => void;
  /**
   * Everyone's presence, whole, as the service sends it; an empty snapshot when the connection drops (what
   * others were doing is unknown until the service sends a fresh snapshot on reconnect).
   */
  onPresence?: (snapshot: PresenceSnapshot) => void;
  /** The service ended this session (signed out elsewhere, the agent disabled, expired): it disconnects next. */
  onSessionEnded?: (reason: SessionEnded['reason']) => void;
  /** A lead's socket: an agent was refused a read by the read budget (docs/security.md "Reads"). */
  onReadBudgetAlert?: (alert: ReadBudgetAlert) => void;
}

/** A running live connection. */
export interface LiveConnection {
  /** Resolves once the socket first connects, or after `connectTimeoutMs` (the queue loads either way). */
  readonly ready: Promise<void>;
  /** The highest change sequence number applied so far, or null before the first change. */
  lastSeq: () => number | null;
  /**
   * Moves the cursor forward to `seq` (the change-log head a full load started at) so a reconnect catches up
   * from there instead of reloading everything; a cursor already past it stays.
   */
  advanceTo: (seq: number) => void;
  /** Tells the service where this window's agent is; the latest report is sent again after a reconnect. */
  reportPresence: (update: PresenceUpdate) => void;
  close: () => void;
}

const logger = createLogger('live');
const catchUpPageSize = 1000;

/**
 * Connects socket.io to the service with the agent's token. The socket is the doorbell, the change log the
 * ledger: `change` events are applied in order (duplicates dropped by sequence number), and after every
 * reconnect the connection asks `GET /api/changes?since=<last seq>` for what it missed.
 */
export function connectLive(options: {
  serviceUrl: string;
  token: string;
  api: ApiClient;
  handlers: LiveConnectionHandlers;
  connectTimeoutMs?: number;
  /** The cursor the offline cache kept: the first connect catches up from it (null: nothing to resume). */
  initialSeq?: number | null;
  createSocket?: (url: string, token: string) => Socket;
}): LiveConnection {
  const { api, handlers } = options;
  const socket = (options.createSocket ?? defaultSocket)(options.serviceUrl, options.token);
  let lastSeq: number | null = options.initialSeq ?? null;
  let hasConnected = false;
  let isClosed = false;
  let catchUp: Promise<void> = Promise.resolve();
  let presence: PresenceUpdate | null = null;

  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const readyTimer = setTimeout(() => resolveReady(), options.connectTimeoutMs ?? 3000);

  const deliver = (changes: readonly Change[]): void => {
    const fresh = changes.filter((change) => lastSeq === null || change.seq > lastSeq);
    if (fresh.length === 0) {
      return;
    }
    lastSeq = fresh[fresh.length - 1]?.seq ?? lastSeq;
    handlers.onChanges(fresh);
  };

  const catchUpSince = async (since: number): Promise<void> => {
    let cursor = since;
    for (;;) {
      const page = await api.changes(cursor, catchUpPageSize);
      deliver(page.changes);
      // A full page may hold changes of unknown types, skipped: more may follow.
      if ((page.received ?? page.changes.length) < catchUpPageSize || page.next <= cursor) {
        return;
      }
      cursor = page.next;
    }
  };

  socket.on('connect', () => {
    if (isClosed) {
      return;
    }
    const isReconnect = hasConnected;
    hasConnected = true;
    // The service forgot this socket's presence with the old connection: say again where the agent is.
    if (presence !== null) {
      socket.emit(presenceUpdateEvent, presence);
    }
    clearTimeout(readyTimer);
    resolveReady();
    if (!isReconnect && lastSeq === null) {
      handlers.onState('live');
      return;
    }
    // A reconnect, or the first connect of a console resuming from its cached cursor: catch up.
    const since = lastSeq;
    catchUp = catchUp
      .then(async () => {
        if (since === null) {
          handlers.onResync();
        } else {
          await catchUpSince(since);
        }
        if (!isClosed && socket.connected) {
          handlers.onState('live');
        }
      })
      .catch((error: unknown) => logger.warn('catching up after a reconnect failed', error));
  });

  socket.on(liveChangeEvent, (payload: unknown) => {
    const parsed = incomingChangeSchema.safeParse(payload);
    if (!parsed.success) {
      logger.warn('ignored a malformed change event', payload);
      return;
    }
    const incoming = parsed.data;
    // A type this console does not know (a newer service's): nothing to apply, the next ones still are.
    if (!isKnownChange(incoming)) {
      return;
    }
    // Events that arrive while a catch-up runs wait for it, so changes stay in sequence order.
    catchUp = catchUp.then(() => deliver([incoming]));
  });

  socket.on(readBudgetAlertEvent, (payload: unknown) => {
    const parsed = readBudgetAlertSchema.safeParse(payload);
    if (parsed.success) {
      handlers.onReadBudgetAlert?.(parsed.data);
    }
  });
  socket.on(presenceEvent, (payload: unknown) => {
    const parsed = presenceSnapshotSchema.safeParse(payload);
    if (!parsed.success) {
      logger.warn('ignored a malformed presence event', payload);
      return;
    }
    handlers.onPresence?.(parsed.data);
  });

  let hasSessionEnded = false;
  socket.on(sessionEndedEvent, (payload: unknown) => {
    const parsed = sessionEndedSchema.safeParse(payload);
    hasSessionEnded = true;
    handlers.onSessionEnded?.(parsed.success ? parsed.data.reason : 'expired');
  });

  socket.on('disconnect', (reason) => {
    if (isClosed) {
      return;
    }
    handlers.onPresence?.({ viewers: [] });
    handlers.onState('reconnecting');
    // The service disconnects a socket whose session ended: reconnecting with that token is pointless.
    if (reason === 'io server disconnect' && !hasSessionEnded) {
      socket.connect();
    }
  });

  socket.on('connect_error', (error: Error & { data?: unknown }) => {
    if (isClosed) {
      return;
    }
    logger.warn('live connection failed', error.message);
    // The service refused this token: its session ended before the socket connected (a lead disabled the agent
    // while the queue loaded, or the console was offline through a sign-out elsewhere). No `session:ended`
    // will come, so the refusal's reason signs the console out; a token it never issued reads as expired.
    if (error.message === 'unauthorized' && !hasSessionEnded) {
      hasSessionEnded = true;
      handlers.onSessionEnded?.(refusalReason(error.data) ?? 'expired');
      return;
    }
    // A refused handshake (bad token) is not retried by socket.io: show offline rather than spin.
    handlers.onState(socket.active ? 'reconnecting' : 'offline');
  });

  handlers.onState('connecting');
  return {
    ready,
    lastSeq: () => lastSeq,
    advanceTo(seq) {
      if (lastSeq === null || seq > lastSeq) {
        lastSeq = seq;
      }
    },
    reportPresence(update) {
      presence = update;
      // While disconnected the report waits for 'connect' (socket.io would otherwise queue every stale one).
      if (socket.connected && !isClosed) {
        socket.emit(presenceUpdateEvent, update);
      }
    },
    close() {
      isClosed = true;
      clearTimeout(readyTimer);
      resolveReady();
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}

/** The `reason` a refused handshake carries (`connect_error`'s `data`), when it is one the console knows. */
function refusalReason(data: unknown): SessionEnded['reason'] | undefined {
  const parsed = sessionEndedSchema.safeParse(data);
  return parsed.success ? parsed.data.reason : undefined;
}

function defaultSocket(url: string, token: string): Socket {
  return io(url, {
    auth: { token },
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}

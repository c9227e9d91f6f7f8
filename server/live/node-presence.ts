import { z } from 'zod';
import type { PresenceEntry } from '../../shared/domain/workflow-schemas';

/** The server-side event (between nodes, through the socket.io adapter) carrying one node's presence. */
export const nodePresenceEvent = 'presence:node';

const idSchema = z.string().min(1).max(100);
/** One node's presence as other nodes hear it: ids only (agents' names are looked up by each node). */
const nodePresenceSchema = z.object({
  node: idSchema,
  /** The node is stopping: forget its presence now. */
  closing: z.boolean(),
  online: z.array(idSchema),
  viewers: z.array(
    z.object({ agent_id: idSchema, ticket_id: idSchema, typing: z.boolean(), since: z.string().max(40) }),
  ),
});
/** What a node publishes about itself. */
export type NodePresence = z.infer<typeof nodePresenceSchema>;

/** Options of `createNodePresence`. */
export interface NodePresenceOptions {
  /** This node's id (random per start). */
  nodeId: string;
  /** This node's own sockets: who is online and who views what. */
  localState: () => { online: string[]; viewers: PresenceEntry[] };
  /** Sends this node's presence to every other node. */
  send: (state: NodePresence) => void;
  /** The names of agents, by id (other nodes send ids only). */
  agentNames: (agentIds: string[]) => Promise<Map<string, string>>;
  /** Other nodes' presence changed. */
  onChange: () => void;
  now: () => number;
  /** How often each node repeats its presence; 5 s by default. */
  heartbeatMs?: number;
  /** A node not heard from for this long (it died) is forgotten; three heartbeats by default. */
  expiryMs?: number;
}

/** Presence across nodes: this node's sent to the others, theirs kept and merged in. */
export interface NodePresenceExchange {
  /** Sends this node's presence if it changed since last sent. */
  publish(): void;
  /** Takes another node's message (malformed ones are ignored). */
  receive(payload: unknown): Promise<void>;
  /** The other nodes' viewers, with names. */
  remoteViewers(): PresenceEntry[];
  /** The agents online on other nodes. */
  remoteOnline(): string[];
  /** Tells the other nodes this one is stopping, and stops the heartbeat. */
  close(): void;
}

interface RemoteNode {
  online: string[];
  viewers: NodePresence['viewers'];
  heardAt: number;
}

/**
 * Exchanges presence between nodes. Each node sends its own sockets' presence when it changes and every
 * heartbeat (so a node that missed a message, or started later, catches up); a node that stops says so,
 * and one that dies is forgotten after `expiryMs`.
 */
export function createNodePresence(options: NodePresenceOptions): NodePresenceExchange {
  const heartbeatMs = options.heartbeatMs ?? 5000;
  const expiryMs = options.expiryMs ?? heartbeatMs * 3;
  const nodes = new Map<string, RemoteNode>();
  const names = new Map<string, string>();
  let lastSent = '';

  const current = (closing: boolean): NodePresence => {
    const local = options.localState();
    return {
      node: options.nodeId,
      closing,
      online: closing ? [] : local.online,
      viewers: closing
        ? []
        : local.viewers.map((entry) => ({
            agent_id: entry.agent_id,
            ticket_id: entry.ticket_id,
            typing: entry.typing,
            since: entry.since,
          })),
    };
  };
  const send = (force: boolean): void => {
    const state = current(false);
    const text = JSON.stringify(state);
    if (force || text !== lastSent) {
      lastSent = text;
      options.send(state);
    }
  };
  const heartbeat = setInterval(() => {
    send(true);
    const deadline = options.now() - expiryMs;
    let isExpired = false;
    for (const [nodeId, node] of nodes) {
      if (node.heardAt < deadline) {
        nodes.delete(nodeId);
        isExpired = true;
      }
    }
    if (isExpired) {
      options.onChange();
    }
  }, heartbeatMs);
  heartbeat.unref();

  return {
    publish: () => send(false),
    async receive(payload) {
      const parsed = nodePresenceSchema.safeParse(payload);
      if (!parsed.success || parsed.data.node === options.nodeId) {
        return;
      }
      const state = parsed.data;
      if (state.closing) {
        if (nodes.delete(state.node)) {
          options.onChange();
        }
        return;
      }
      const unnamed = [...new Set(state.viewers.map((entry) => entry.agent_id))].filter(
        (id) => !names.has(id),
      );
      if (unnamed.length > 0) {
        for (const [id, name] of await options.agentNames(unnamed)) {
          names.set(id, name);
        }
      }
      const isNew = !nodes.has(state.node);
      nodes.set(state.node, { online: state.online, viewers: state.viewers, heardAt: options.now() });
      // A node that just started learns this one's presence now, not at the next heartbeat.
      if (isNew) {
        send(true);
      }
      options.onChange();
    },
    remoteViewers: () =>
      [...nodes.values()].flatMap((node) =>
        node.viewers.flatMap((entry) => {
          const name = names.get(entry.agent_id);
          return name === undefined ? [] : [{ ...entry, agent_name: name }];
        }),
      ),
    remoteOnline: () => [...nodes.values()].flatMap((node) => node.online),
    close() {
      clearInterval(heartbeat);
      options.send(current(true));
    },
  };
}

import type { Agent } from '../../shared/domain/schemas';
import type { PresenceEntry, PresenceSnapshot, PresenceUpdate } from '../../shared/domain/workflow-schemas';

/** Where one socket's agent is: on which ticket, typing or not, and since when (ISO time). */
interface SocketPresence {
  agent: Pick<Agent, 'id' | 'name'>;
  ticketId: string;
  typing: boolean;
  since: string;
}

/** Every connected socket's presence, and the snapshot all agents see. */
export interface PresenceRegistry {
  /** Records a socket's update; true when the snapshot may have changed. */
  update(socketId: string, agent: Pick<Agent, 'id' | 'name'>, update: PresenceUpdate, now: string): boolean;
  /** Forgets a socket (disconnected); true when it was on a ticket. */
  remove(socketId: string): boolean;
  /**
   * Everyone's presence: one entry per agent and ticket however many windows the agent has open on it
   * (typing if any window is, since the earliest), ordered by ticket, then since, then agent. `remote`
   * (other nodes' entries) merges in by the same rules.
   */
  snapshot(remote?: readonly PresenceEntry[]): PresenceSnapshot;
}

/** Creates an empty registry. */
export function createPresenceRegistry(): PresenceRegistry {
  const bySocket = new Map<string, SocketPresence>();
  return {
    update(socketId, agent, update, now) {
      const previous = bySocket.get(socketId);
      if (update.ticket_id === null) {
        return bySocket.delete(socketId);
      }
      if (previous?.ticketId === update.ticket_id && previous.typing === update.typing) {
        return false;
      }
      bySocket.set(socketId, {
        agent: { id: agent.id, name: agent.name },
        ticketId: update.ticket_id,
        typing: update.typing,
        // Typing on the same ticket does not restart how long the agent has been looking at it.
        since: previous?.ticketId === update.ticket_id ? previous.since : now,
      });
      return true;
    },
    remove: (socketId) => bySocket.delete(socketId),
    snapshot(remote = []) {
      const byAgentAndTicket = new Map<string, PresenceEntry>();
      const local = [...bySocket.values()].map((presence) => ({
        agent_id: presence.agent.id,
        agent_name: presence.agent.name,
        ticket_id: presence.ticketId,
        typing: presence.typing,
        since: presence.since,
      }));
      for (const presence of [...local, ...remote]) {
        const key = `${presence.agent_id} ${presence.ticket_id}`;
        const existing = byAgentAndTicket.get(key);
        if (existing === undefined) {
          byAgentAndTicket.set(key, { ...presence });
        } else {
          existing.typing ||= presence.typing;
          existing.since = existing.since < presence.since ? existing.since : presence.since;
        }
      }
      const viewers = [...byAgentAndTicket.values()].sort(
        (left, right) =>
          left.ticket_id.localeCompare(right.ticket_id) ||
          left.since.localeCompare(right.since) ||
          left.agent_id.localeCompare(right.agent_id),
      );
      return { viewers };
    },
  };
}

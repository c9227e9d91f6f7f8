import type { TicketDetail } from '../../../shared/domain/schemas';
import type { MessageKind } from '../../../shared/domain/vocabulary';

/** A property whose old and new values the stale-reply guard shows side by side. */
export type WatchedField = 'status' | 'priority' | 'assignee_id' | 'category';

/** One thing that happened to a ticket since the agent last reviewed it. */
export type TicketChange =
  | { type: 'message'; id: string; kind: MessageKind; author: string | null; preview: string }
  | { type: 'field'; field: WatchedField; from: string | null; to: string | null }
  | { type: 'tags'; added: string[]; removed: string[] };

const watchedFields: readonly WatchedField[] = ['status', 'priority', 'assignee_id', 'category'];
const previewLength = 160;

/** The first `previewLength` characters of a message on one line, with an ellipsis when cut. */
export function messagePreview(body: string): string {
  const flat = body.replace(/\s+/gu, ' ').trim();
  const characters = Array.from(flat);
  return characters.length > previewLength ? `${characters.slice(0, previewLength).join('')}…` : flat;
}

/**
 * What changed between the ticket the agent reviewed and the ticket as it is now: new messages (from the
 * customer or other agents) first, in thread order, then property changes old → new. Empty when nothing an
 * agent would care about changed (e.g. only the SLA clocks moved).
 */
export function describeTicketChanges(reviewed: TicketDetail, current: TicketDetail): TicketChange[] {
  const changes: TicketChange[] = [];
  const seen = new Set(reviewed.messages.map((message) => message.id));
  for (const message of current.messages) {
    if (!seen.has(message.id)) {
      changes.push({
        type: 'message',
        id: message.id,
        kind: message.kind,
        author: message.author_name,
        preview: messagePreview(message.body),
      });
    }
  }
  for (const field of watchedFields) {
    if (reviewed[field] !== current[field]) {
      changes.push({ type: 'field', field, from: reviewed[field], to: current[field] });
    }
  }
  const before = new Set(reviewed.tags);
  const after = new Set(current.tags);
  const added = current.tags.filter((tag) => !before.has(tag));
  const removed = reviewed.tags.filter((tag) => !after.has(tag));
  if (added.length > 0 || removed.length > 0) {
    changes.push({ type: 'tags', added, removed });
  }
  return changes;
}

import { localStorageOrNull } from '../../ui/local-storage';

/** What the agent has typed for a ticket but not sent yet. */
export interface Draft {
  kind: 'reply' | 'note';
  body: string;
}

const emptyDraft: Draft = { kind: 'reply', body: '' };
const keyPrefix = 'support-console.draft';

/**
 * Where a draft is kept: per agent and ticket, so two agents sharing a machine (or one agent signed in to
 * two services) never see each other's unsent words.
 */
export function draftKey(agentId: string, ticketId: string): string {
  return `${keyPrefix}:${encodeURIComponent(agentId)}:${encodeURIComponent(ticketId)}`;
}

/**
 * The unsent draft for a ticket. Kept in localStorage so it survives switching tickets and restarting the
 * console; anything unreadable there (an older format, a hand edit) counts as no draft.
 */
export function readDraft(
  agentId: string,
  ticketId: string,
  storage: Storage | null = localStorageOrNull(),
): Draft {
  const text = storage?.getItem(draftKey(agentId, ticketId));
  if (!text) {
    return emptyDraft;
  }
  try {
    const value = JSON.parse(text) as Partial<Draft>;
    if ((value.kind === 'reply' || value.kind === 'note') && typeof value.body === 'string') {
      return { kind: value.kind, body: value.body };
    }
  } catch {
    // Not JSON: fall through to "no draft".
  }
  return emptyDraft;
}

/** Remembers a ticket's draft; an empty body forgets it (that is also how a sent draft is cleared). */
export function writeDraft(
  agentId: string,
  ticketId: string,
  draft: Draft,
  storage: Storage | null = localStorageOrNull(),
): void {
  if (!storage) {
    return;
  }
  const key = draftKey(agentId, ticketId);
  try {
    if (draft.body === '') {
      storage.removeItem(key);
    } else {
      storage.setItem(key, JSON.stringify({ kind: draft.kind, body: draft.body }));
    }
  } catch {
    // A full or disabled storage must not stop the agent typing; the draft then lives in memory only.
  }
}

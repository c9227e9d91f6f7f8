/** What the agent has typed for a ticket but not sent yet. */
export interface Draft {
  kind: 'reply' | 'note';
  body: string;
}

const drafts = new Map<string, Draft>();

/** The unsent draft for a ticket (kept in memory while the console runs, so switching tickets loses nothing). */
export function readDraft(ticketId: string): Draft {
  return drafts.get(ticketId) ?? { kind: 'reply', body: '' };
}

/** Remembers a ticket's draft; an empty body forgets it. */
export function writeDraft(ticketId: string, draft: Draft): void {
  if (draft.body === '') {
    drafts.delete(ticketId);
  } else {
    drafts.set(ticketId, draft);
  }
}

import { beforeEach, describe, expect, it } from 'vitest';
import { draftKey, readDraft, writeDraft } from '../../../../renderer/features/composer/drafts';

describe('drafts', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('keeps a draft per agent and ticket in localStorage, so it survives a restart', () => {
    writeDraft('agent-minji', 'ticket-1', { kind: 'note', body: 'Checked the chain: 3 confirmations.' });
    expect(localStorage.getItem(draftKey('agent-minji', 'ticket-1'))).not.toBeNull();
    expect(readDraft('agent-minji', 'ticket-1')).toEqual({
      kind: 'note',
      body: 'Checked the chain: 3 confirmations.',
    });
    // Another ticket, or another agent on the same machine, does not see it.
    expect(readDraft('agent-minji', 'ticket-2')).toEqual({ kind: 'reply', body: '' });
    expect(readDraft('agent-wei', 'ticket-1')).toEqual({ kind: 'reply', body: '' });
  });

  it('forgets the draft when its body is emptied (as on sending)', () => {
    writeDraft('agent-minji', 'ticket-1', { kind: 'reply', body: 'Hello' });
    writeDraft('agent-minji', 'ticket-1', { kind: 'reply', body: '' });
    expect(localStorage.getItem(draftKey('agent-minji', 'ticket-1'))).toBeNull();
    expect(readDraft('agent-minji', 'ticket-1').body).toBe('');
  });

  it('treats unreadable stored text as no draft', () => {
    localStorage.setItem(draftKey('agent-minji', 'ticket-1'), '{not json');
    expect(readDraft('agent-minji', 'ticket-1')).toEqual({ kind: 'reply', body: '' });
    localStorage.setItem(draftKey('agent-minji', 'ticket-1'), JSON.stringify({ kind: 'shout', body: 1 }));
    expect(readDraft('agent-minji', 'ticket-1')).toEqual({ kind: 'reply', body: '' });
  });
});

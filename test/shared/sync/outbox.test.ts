import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../shared/domain/schemas';
import {
  createOutboxEntry,
  isDue,
  maximumRetryDelayMs,
  requestFor,
  resolveConflict,
  retryDelayMs,
  settleAttempt,
  type OutboxAction,
  type OutboxEntry,
} from '../../../shared/sync/outbox';

const now = '2026-01-01T10:00:00.000Z';
const ticketId = '11111111-1111-4111-8111-111111111111';

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: ticketId,
    number: 7,
    subject: 'Deposit missing',
    body: 'My deposit has not arrived',
    status: 'open',
    priority: 'normal',
    category: null,
    requester: { email: 'customer@example.com', name: null, locale: null },
    customer_id: 'customer-1',
    assignee_id: null,
    language: 'en',
    tags: ['vip', 'btc'],
    source: 'web',
    occurred_at: null,
    device: null,
    suggested_category: null,
    possible_duplicates: [],
    related: [],
    checklist: { analyzed: false, items: [] },
    redactions: [],
    message_count: 0,
    created_at: now,
    updated_at: now,
    first_response_at: null,
    solved_at: null,
    version: 3,
    ...overrides,
  };
}

function updateEntry(
  changes: Extract<OutboxAction, { kind: 'update' }>['changes'],
  base: Extract<OutboxAction, { kind: 'update' }>['base'],
): OutboxEntry {
  return createOutboxEntry(
    { kind: 'update', ticket_id: ticketId, base_version: 3, base, changes },
    'key-1',
    now,
  );
}

const replyEntry = createOutboxEntry(
  { kind: 'message', ticket_id: ticketId, body: { kind: 'reply', body: 'On its way' } },
  'key-2',
  now,
);

function conflictResponse(code: string) {
  return { kind: 'response' as const, status: 409, body: { error: { code, message: 'changed' } } };
}

describe('retryDelayMs', () => {
  it('doubles from one second and stays within the jitter band', () => {
    expect(retryDelayMs(1, 1)).toBe(1_000);
    expect(retryDelayMs(1, 0)).toBe(500);
    expect(retryDelayMs(2, 1)).toBe(2_000);
    expect(retryDelayMs(4, 1)).toBe(8_000);
    expect(retryDelayMs(4, 0.5)).toBe(6_000);
  });

  it('never waits more than five minutes however many attempts failed', () => {
    expect(retryDelayMs(40, 1)).toBe(maximumRetryDelayMs);
    expect(retryDelayMs(1_000, 0.99)).toBeLessThanOrEqual(maximumRetryDelayMs);
  });
});

describe('settleAttempt', () => {
  it('acknowledges any 2xx with the body the service sent', () => {
    const settled = settleAttempt(
      replyEntry,
      { kind: 'response', status: 201, body: { id: 'm1' } },
      {
        now,
        random: 0.5,
      },
    );
    expect(settled).toEqual({ kind: 'acknowledged', body: { id: 'm1' } });
  });

  it.each([
    { outcome: { kind: 'network_error' as const }, code: 'network_error' },
    { outcome: { kind: 'response' as const, status: 503, body: null }, code: 'http_503' },
    { outcome: { kind: 'response' as const, status: 429, body: null }, code: 'http_429' },
    {
      outcome: {
        kind: 'response' as const,
        status: 500,
        body: { error: { code: 'internal', message: 'x' } },
      },
      code: 'internal',
    },
  ])('retries $code later with the same key and a later due time', ({ outcome, code }) => {
    const settled = settleAttempt(replyEntry, outcome, { now, random: 1 });
    expect(settled.kind).toBe('retry');
    if (settled.kind !== 'retry') {
      return;
    }
    expect(settled.entry).toMatchObject({
      key: 'key-2',
      state: 'pending',
      attempts: 1,
      next_attempt_at: '2026-01-01T10:00:01.000Z',
    });
    expect(settled.entry.error?.code).toBe(code);
    expect(isDue(settled.entry, now)).toBe(false);
    expect(isDue(settled.entry, '2026-01-01T10:00:01.000Z')).toBe(true);
  });

  it('keeps the action pending when the token expired, saying the agent must sign in', () => {
    const settled = settleAttempt(
      replyEntry,
      { kind: 'response', status: 401, body: null },
      {
        now,
        random: 0,
      },
    );
    expect(settled.kind).toBe('retry');
    expect(settled.kind === 'retry' && settled.entry.error?.code).toBe('unauthorized');
  });

  it.each([
    { status: 409, code: 'invalid_transition' },
    { status: 422, code: 'idempotency_key_reused' },
    { status: 400, code: 'unknown_category' },
    { status: 404, code: 'not_found' },
  ])('keeps a $status $code as failed with its reason, never dropping it', ({ status, code }) => {
    const settled = settleAttempt(
      replyEntry,
      { kind: 'response', status, body: { error: { code, message: `refused: ${code}` } } },
      { now, random: 0 },
    );
    expect(settled.kind).toBe('failed');
    if (settled.kind !== 'failed') {
      return;
    }
    expect(settled.entry.state).toBe('failed');
    expect(settled.entry.error).toEqual({ code, message: `refused: ${code}` });
    expect(settled.entry.action).toEqual(replyEntry.action);
  });

  it('rebases a property change when nobody touched the fields the agent changed', () => {
    const entry = updateEntry({ priority: 'high' }, { priority: 'normal' });
    // Someone else replied (version moved) and changed the status, not the priority.
    const current = ticket({ version: 5, status: 'on_hold' });
    const settled = settleAttempt(entry, conflictResponse('version_conflict'), { now, random: 0, current });
    expect(settled.kind).toBe('rebased');
    if (settled.kind !== 'rebased') {
      return;
    }
    expect(requestFor(settled.entry).headers['If-Match']).toBe('5');
    expect(requestFor(settled.entry).body).toEqual({ priority: 'high' });
    expect(settled.entry.state).toBe('pending');
  });

  it('shows both values when someone else changed the same field meanwhile', () => {
    const entry = updateEntry({ priority: 'high', category: 'kyc' }, { priority: 'normal', category: null });
    const current = ticket({ version: 4, priority: 'urgent' });
    const settled = settleAttempt(entry, conflictResponse('version_conflict'), { now, random: 0, current });
    expect(settled.kind).toBe('conflict');
    if (settled.kind !== 'conflict') {
      return;
    }
    expect(settled.entry.state).toBe('conflict');
    expect(settled.entry.conflicts).toEqual([
      { field: 'priority', base: 'normal', mine: 'high', theirs: 'urgent' },
    ]);
  });

  it('compares tags as sets: the same tags in another order are no conflict', () => {
    const entry = updateEntry({ tags: ['vip', 'btc', 'refund'] }, { tags: ['btc', 'vip'] });
    const current = ticket({ version: 9, tags: ['vip', 'btc'] });
    const settled = settleAttempt(entry, conflictResponse('version_conflict'), { now, random: 0, current });
    expect(settled.kind).toBe('rebased');
    const changedTags = ticket({ version: 9, tags: ['vip'] });
    const conflicted = settleAttempt(entry, conflictResponse('version_conflict'), {
      now,
      random: 0,
      current: changedTags,
    });
    expect(conflicted.kind).toBe('conflict');
  });

  it('acknowledges when someone else already set exactly what the agent set', () => {
    const entry = updateEntry({ priority: 'high' }, { priority: 'normal' });
    const current = ticket({ version: 4, priority: 'high' });
    const settled = settleAttempt(entry, conflictResponse('version_conflict'), { now, random: 0, current });
    expect(settled).toEqual({ kind: 'acknowledged', body: current });
  });

  it('never turns a message into a conflict', () => {
    const settled = settleAttempt(replyEntry, conflictResponse('version_conflict'), {
      now,
      random: 0,
      current: ticket({ version: 12, status: 'solved' }),
    });
    expect(settled.kind).toBe('rebased');
  });

  it('fails a property change whose ticket is gone, and retries one whose current state is unknown', () => {
    const entry = updateEntry({ priority: 'high' }, { priority: 'normal' });
    const gone = settleAttempt(entry, conflictResponse('version_conflict'), {
      now,
      random: 0,
      current: null,
    });
    expect(gone.kind).toBe('failed');
    const unknown = settleAttempt(entry, conflictResponse('version_conflict'), { now, random: 0 });
    expect(unknown.kind).toBe('retry');
  });
});

describe('resolveConflict', () => {
  const entry = updateEntry({ priority: 'high', status: 'on_hold' }, { priority: 'normal', status: 'open' });
  const current = ticket({ version: 6, priority: 'urgent', status: 'awaiting_customer' });
  const conflicted = settleAttempt(entry, conflictResponse('version_conflict'), { now, random: 0, current });
  const conflictEntry = conflicted.kind === 'conflict' ? conflicted.entry : entry;

  it('sends only the fields where the agent chose its own value, against the current version', () => {
    expect(conflicted.kind).toBe('conflict');
    const resolved = resolveConflict(conflictEntry, { priority: 'mine', status: 'theirs' }, current);
    expect(resolved?.state).toBe('pending');
    expect(resolved && requestFor(resolved)).toMatchObject({
      method: 'PATCH',
      headers: { 'If-Match': '6' },
      body: { priority: 'high' },
    });
  });

  it('returns null when the agent keeps every value of the ticket', () => {
    expect(resolveConflict(conflictEntry, { priority: 'theirs', status: 'theirs' }, current)).toBeNull();
  });

  it('keeps a field in conflict until the agent chooses for it', () => {
    const partly = resolveConflict(conflictEntry, { priority: 'mine' }, current);
    expect(partly?.state).toBe('conflict');
    expect(partly?.conflicts.map((conflict) => conflict.field)).toEqual(['status']);
  });

  it('asks again when the field changed once more after the agent was shown it', () => {
    const movedAgain = ticket({ version: 7, priority: 'low', status: 'awaiting_customer' });
    const resolved = resolveConflict(conflictEntry, { priority: 'mine', status: 'theirs' }, movedAgain);
    expect(resolved?.state).toBe('conflict');
    expect(resolved?.conflicts).toEqual([{ field: 'priority', base: 'urgent', mine: 'high', theirs: 'low' }]);
  });
});

describe('requestFor', () => {
  it('sends a message with its idempotency key and no version', () => {
    expect(requestFor(replyEntry)).toEqual({
      method: 'POST',
      path: `/api/tickets/${ticketId}/messages`,
      headers: { 'Idempotency-Key': 'key-2' },
      body: { kind: 'reply', body: 'On its way' },
    });
  });

  it('sends a property change with If-Match the version it was based on', () => {
    expect(requestFor(updateEntry({ status: 'solved' }, { status: 'open' }))).toEqual({
      method: 'PATCH',
      path: `/api/tickets/${ticketId}`,
      headers: { 'Idempotency-Key': 'key-1', 'If-Match': '3' },
      body: { status: 'solved' },
    });
  });

  it('sends bulk changes and merges to their routes', () => {
    const bulk = createOutboxEntry(
      { kind: 'bulk', body: { ticket_ids: [ticketId], changes: { priority: 'low' } } },
      'key-3',
      now,
    );
    expect(requestFor(bulk)).toMatchObject({ method: 'POST', path: '/api/tickets/bulk' });
    const merge = createOutboxEntry(
      { kind: 'merge', target_id: ticketId, body: { source_ids: ['x'] } },
      'key-4',
      now,
    );
    expect(requestFor(merge)).toMatchObject({
      method: 'POST',
      path: `/api/tickets/${ticketId}/merge`,
      headers: { 'Idempotency-Key': 'key-4' },
    });
    const deletion = createOutboxEntry({ kind: 'delete_view', view_id: 'a/b', name: 'A' }, 'key-5', now);
    expect(requestFor(deletion)).toEqual({
      method: 'DELETE',
      path: '/api/me/preferences/saved-views/a%2Fb',
      headers: { 'Idempotency-Key': 'key-5' },
      body: {},
    });
  });
});

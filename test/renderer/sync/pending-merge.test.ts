import { describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/domain/schemas';
import { mergePendingMessages, pendingMessageId } from '../../../renderer/sync/optimistic';

const key = '5f0c9a52-4a0e-4d7b-9a55-1f6d2a3b4c5d';

function message(id: string, body: string): Message {
  return {
    id,
    ticket_id: 'ticket-1',
    kind: 'reply',
    author_agent_id: 'agent-1',
    author_name: 'Minji Kim',
    body,
    created_at: '2026-12-07T08:00:00.000Z',
  };
}

describe('the thread shown while a reply waits in the outbox', () => {
  const customer = message('c0ffee00-0000-4000-8000-000000000001', 'Where is my deposit?');
  const pending = message(pendingMessageId(key), 'We are checking it.');
  const stored = message(key, 'We are checking it.');

  it('shows the pending copy after the stored thread while the service does not hold the reply', () => {
    expect(mergePendingMessages([customer], [pending]).map((item) => item.id)).toEqual([
      customer.id,
      pending.id,
    ]);
  });

  it("drops the pending copy in the same merge the service's copy arrives in: one copy, never two", () => {
    // The service's copy came first by a live change (the detail), before the outbox heard the answer.
    expect(mergePendingMessages([customer, stored], [pending]).map((item) => item.id)).toEqual([
      customer.id,
      key,
    ]);
  });

  it("keeps the service's copy the outbox wrote in the pending copy's place until the detail has it", () => {
    // The outbox swapped the pending copy for the service's in the cached thread; the detail lags behind.
    expect(mergePendingMessages([customer], [stored]).map((item) => item.id)).toEqual([customer.id, key]);
    // Then the detail catches up: still one copy.
    expect(mergePendingMessages([customer, stored], [stored]).map((item) => item.id)).toEqual([
      customer.id,
      key,
    ]);
  });

  it('keeps two pending replies with the same words apart (they are two messages)', () => {
    const second = message(pendingMessageId('9b1d0a0e-1111-4222-8333-444455556666'), pending.body);
    expect(mergePendingMessages([customer, stored], [pending, second]).map((item) => item.id)).toEqual([
      customer.id,
      key,
      second.id,
    ]);
  });
});

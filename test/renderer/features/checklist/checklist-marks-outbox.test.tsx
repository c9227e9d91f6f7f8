import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Ticket, TicketUpdate } from '../../../../shared/domain/schemas';
import type { OutboxEntry } from '../../../../shared/sync/outbox';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import { CacheDatabase } from '../../../../renderer/cache/cache-database';
import { ChecklistPanel } from '../../../../renderer/features/checklist/ChecklistPanel';
import { pendingChecklistMarks } from '../../../../renderer/features/checklist/pending-marks';
import { createOutboxRunner } from '../../../../renderer/sync/outbox-runner';
import { freshIndexedDb } from '../../cache/cache-test-database';
import { disposeOutboxRunners, nextKey, runners } from '../../sync/outbox-test-runner';
import { makeChecklist, makeDetail, renderWithConsole } from '../ticket/console-harness';

/** A deposit ticket missing its two required items. */
const detail = makeDetail({
  number: 42,
  category: 'deposit_withdrawal',
  language: 'en',
  requester: { email: 'jiho@example.com', name: 'Jiho', locale: 'en' },
  checklist: makeChecklist({ required: ['transaction_id', 'occurred_at'] }),
});

function item(key: string): HTMLElement {
  const found = screen.getAllByTestId('checklist-item').find((element) => element.dataset.key === key);
  if (!found) {
    throw new Error(`no checklist item ${key}`);
  }
  return found;
}

/**
 * The panel in a console with a real outbox on a fresh cache, in front of a service that is down until
 * `answerWith` is called (then it answers every request with that).
 */
function renderWithOutbox(shown: typeof detail = detail) {
  let answer: { status: number; body: unknown } | null = null;
  const requests: { method: string; url: string; body: unknown }[] = [];
  const updateTicket = vi.fn(() => Promise.reject(new Error('sent directly, not through the outbox')));
  const onUpdated = vi.fn();
  const ui = (
    <ChecklistPanel
      detail={shown}
      onUpdated={onUpdated}
      onShowEvidence={() => undefined}
      onAskMissingInfo={() => undefined}
    />
  );
  const getTicket = vi.fn(() => Promise.resolve(shown));
  const harness = renderWithConsole(ui, { api: { updateTicket, getTicket } });
  harness.unmount();
  const database = new CacheDatabase(`marks-${nextKey()}`, freshIndexedDb());
  const outbox = createOutboxRunner({
    database,
    serviceUrl: 'http://service.test',
    token: 'secret-token',
    store: harness.value.store,
    agent: { id: 'agent-minji', name: 'Minji Kim' },
    fetchTicket: () => Promise.resolve(null),
    fetchImplementation: async (url, init) => {
      await Promise.resolve();
      requests.push({
        method: init?.method ?? 'GET',
        url: typeof url === 'string' ? url : url instanceof URL ? url.href : url.url,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : null,
      });
      if (answer === null) {
        throw new TypeError('Failed to fetch');
      }
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    },
    locks: null,
    events: null,
  });
  runners.push(outbox);
  render(
    <ConsoleContext.Provider value={{ ...harness.value, cache: database, outbox }}>
      {ui}
    </ConsoleContext.Provider>,
  );
  return {
    outbox,
    database,
    requests,
    updateTicket,
    getTicket,
    onUpdated,
    answerWith: (status: number, body: unknown) => (answer = { status, body }),
  };
}

afterEach(disposeOutboxRunners);

describe('checklist marks through the outbox', () => {
  it('offline: "Not applicable" shows at once, waits to send, and lands when the service is back', async () => {
    const { outbox, database, requests, updateTicket, onUpdated, answerWith } = renderWithOutbox();
    expect(screen.getByTestId('ask-missing-info')).toHaveTextContent('2');
    // Only a required item still missing offers it: nothing else is asked for.
    expect(within(item('device')).queryByTestId('checklist-item-not-applicable')).toBeNull();
    fireEvent.click(within(item('occurred_at')).getByTestId('checklist-item-not-applicable'));

    await waitFor(() => expect(item('occurred_at').dataset.pending).toBe('true'));
    expect(item('occurred_at').dataset).toMatchObject({ notApplicable: 'agent_marked', required: 'false' });
    expect(item('occurred_at')).toHaveTextContent('Waiting to send');
    expect(item('occurred_at')).toHaveTextContent('Marked not applicable by an agent');
    // No longer missing: "Ask for missing info" counts only the TxID.
    expect(screen.getByTestId('ask-missing-info')).toHaveTextContent('1');
    const [entry] = await database.outbox.toArray();
    expect(entry?.action).toMatchObject({
      kind: 'update',
      ticket_id: detail.id,
      changes: { checklist_marks: [{ key: 'occurred_at', not_applicable: true }] },
    });
    expect(updateTicket).not.toHaveBeenCalled();
    expect(requests[0]).toMatchObject({
      method: 'PATCH',
      url: `http://service.test/api/tickets/${detail.id}`,
      body: { checklist_marks: [{ key: 'occurred_at', not_applicable: true }] },
    });

    const landed: Ticket = {
      ...detail,
      version: detail.version + 1,
      checklist: {
        ...detail.checklist,
        items: detail.checklist.items.map((line) =>
          line.key === 'occurred_at' ? { ...line, required: false, not_applicable: 'agent_marked' } : line,
        ),
      },
    };
    answerWith(200, landed);
    await outbox.retryNow();
    await waitFor(() => expect(item('occurred_at').dataset.pending).toBeUndefined());
    expect(await database.outbox.count()).toBe(0);
    // The pane took the mark at once (the service's copy follows by the live change, as for every update).
    const shown = onUpdated.mock.calls[0]?.[0] as Ticket;
    expect(shown.checklist.items.find((line) => line.key === 'occurred_at')).toMatchObject({
      required: false,
      not_applicable: 'agent_marked',
    });
  });

  it("online: the service's answer replaces the guess as soon as it comes", async () => {
    const { database, onUpdated, answerWith } = renderWithOutbox();
    answerWith(200, { ...detail, version: detail.version + 1 });
    fireEvent.click(within(item('transaction_id')).getByTestId('checklist-item-not-applicable'));
    await waitFor(() =>
      expect(onUpdated).toHaveBeenLastCalledWith(expect.objectContaining({ version: detail.version + 1 })),
    );
    expect(await database.outbox.count()).toBe(0);
  });

  it("a refused mark says why and puts the service's checklist back", async () => {
    const { onUpdated, answerWith, getTicket } = renderWithOutbox();
    answerWith(400, { error: { code: 'invalid_value', message: 'checklist_marks.0: bad mark' } });
    fireEvent.click(within(item('transaction_id')).getByTestId('checklist-item-not-applicable'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The mark was not saved: checklist_marks.0: bad mark',
    );
    await waitFor(() => expect(onUpdated).toHaveBeenLastCalledWith(detail));
    expect(getTicket).toHaveBeenCalledWith(detail.id);
  });

  it('sends present/missing ticks through the outbox too, in the order they were made', async () => {
    const { database, updateTicket } = renderWithOutbox();
    fireEvent.click(item('occurred_at').querySelector('input')!);
    await waitFor(() => expect(item('occurred_at').dataset.pending).toBe('true'));
    expect(item('occurred_at').dataset.present).toBe('true');
    fireEvent.click(within(item('transaction_id')).getByTestId('checklist-item-not-applicable'));
    await waitFor(() => expect(item('transaction_id').dataset.pending).toBe('true'));
    const entries = await database.outbox.orderBy('created_at').toArray();
    expect(pendingChecklistMarks(entries, detail.id)).toEqual([
      { key: 'occurred_at', present: true },
      { key: 'transaction_id', not_applicable: true },
    ]);
    expect(screen.getByTestId('ask-missing-info')).toBeDisabled();
    expect(updateTicket).not.toHaveBeenCalled();
  });
});

describe('checklist marks without a cache', () => {
  it('marks not applicable and applies again with direct requests', async () => {
    const updateTicket = vi.fn((id: string, update: TicketUpdate) =>
      Promise.resolve({ ...detail, id, version: detail.version + 1, ...update } as Ticket),
    );
    const marked = {
      ...detail,
      checklist: {
        ...detail.checklist,
        items: detail.checklist.items.map((line) =>
          line.key === 'transaction_id'
            ? { ...line, required: false, not_applicable: 'agent_marked' as const }
            : line,
        ),
      },
    };
    const onUpdated = vi.fn();
    renderWithConsole(
      <ChecklistPanel
        detail={marked}
        onUpdated={onUpdated}
        onShowEvidence={() => undefined}
        onAskMissingInfo={() => undefined}
      />,
      { api: { updateTicket } },
    );
    // The agent's mark offers "Applies again", never "Not applicable" a second time.
    expect(within(item('transaction_id')).queryByTestId('checklist-item-not-applicable')).toBeNull();
    fireEvent.click(within(item('transaction_id')).getByTestId('checklist-item-applies-again'));
    await waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(1));
    expect(updateTicket).toHaveBeenLastCalledWith(detail.id, {
      checklist_marks: [{ key: 'transaction_id', not_applicable: false }],
    });
    fireEvent.click(within(item('occurred_at')).getByTestId('checklist-item-not-applicable'));
    await waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(2));
    expect(updateTicket).toHaveBeenLastCalledWith(detail.id, {
      checklist_marks: [{ key: 'occurred_at', not_applicable: true }],
    });
  });

  it('reads only pending marks of the ticket from the outbox', () => {
    const entry = (key: string, state: OutboxEntry['state'], ticketId: string): OutboxEntry => ({
      key,
      action: {
        kind: 'update',
        ticket_id: ticketId,
        base_version: 1,
        base: {},
        changes: { checklist_marks: [{ key: 'device', not_applicable: true }] },
      },
      created_at: `2026-01-01T00:00:0${key}.000Z`,
      attempts: 0,
      next_attempt_at: '2026-01-01T00:00:00.000Z',
      state,
      error: null,
      conflicts: [],
    });
    expect(
      pendingChecklistMarks(
        [entry('3', 'pending', 'other'), entry('2', 'failed', detail.id), entry('1', 'pending', detail.id)],
        detail.id,
      ),
    ).toEqual([{ key: 'device', not_applicable: true }]);
  });

  it('offline: "Applies" overrules an automatic not-applicable at once and waits in the outbox', async () => {
    // A pending withdrawal: the rules rule the TxID out by themselves.
    const pending = makeDetail({
      number: 43,
      category: 'deposit_withdrawal',
      language: 'en',
      requester: { email: 'jiho@example.com', name: 'Jiho', locale: 'en' },
      checklist: {
        ...makeChecklist({ required: ['occurred_at'] }),
        situation: 'withdrawal_pending',
      },
    });
    pending.checklist.items = pending.checklist.items.map((line) =>
      line.key === 'transaction_id' ? { ...line, not_applicable: 'withdrawal_pending' } : line,
    );
    const { database, updateTicket } = renderWithOutbox(pending);
    expect(screen.getByTestId('ask-missing-info')).toHaveTextContent('1');
    expect(item('transaction_id')).toHaveTextContent('The withdrawal is still pending');
    fireEvent.click(within(item('transaction_id')).getByTestId('checklist-item-applies'));

    await waitFor(() => expect(item('transaction_id').dataset.pending).toBe('true'));
    expect(item('transaction_id').dataset).toMatchObject({ applies: 'agent_marked', required: 'true' });
    expect(item('transaction_id').dataset.notApplicable).toBeUndefined();
    expect(item('transaction_id')).toHaveTextContent(
      'Marked as applying by an agent (automatically: The withdrawal is still pending',
    );
    expect(within(item('transaction_id')).getByTestId('checklist-item-applies-reset')).toBeVisible();
    // Asked for now: "Ask for missing info" counts the TxID too.
    expect(screen.getByTestId('ask-missing-info')).toHaveTextContent('2');
    const [entry] = await database.outbox.toArray();
    expect(entry?.action).toMatchObject({
      kind: 'update',
      ticket_id: pending.id,
      changes: { checklist_marks: [{ key: 'transaction_id', not_applicable: false }] },
    });
    expect(updateTicket).not.toHaveBeenCalled();
  });
});

import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CacheDatabase } from '../../../../renderer/cache/cache-database';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import { DuplicatesSection } from '../../../../renderer/features/duplicates/DuplicatesSection';
import { createOutboxRunner } from '../../../../renderer/sync/outbox-runner';
import { freshIndexedDb } from '../../cache/cache-test-database';
import { disposeOutboxRunners, nextKey, runners } from '../../sync/outbox-test-runner';
import { renderWithConsole } from '../ticket/console-harness';
import { makeMergeRecord, older } from './duplicate-pair';

const mergeRecord = makeMergeRecord({ different_customers: true });

/**
 * The target's merged banner in a console with a real outbox on a fresh cache, in front of a service that is
 * down until `answer` is set (then it answers every undo with it).
 */
function renderBanner() {
  let answer: { status: number; body: unknown } | null = null;
  const undoMerge = vi.fn(() => Promise.reject(new Error('sent directly, not through the outbox')));
  const onChanged = vi.fn();
  const ui = (
    <DuplicatesSection
      detail={{ ...older, possible_duplicates: [] }}
      mergeState={{
        merges: [mergeRecord],
        numbers: new Map([
          ['ticket-old', 1001],
          ['ticket-new', 1043],
        ]),
        reload: () => undefined,
      }}
      nowMs={Date.parse('2025-03-06T00:00:00.000Z')}
      onOpenTicket={vi.fn()}
      onChanged={onChanged}
    />
  );
  const harness = renderWithConsole(ui, { api: { undoMerge, getTicket: () => Promise.resolve(older) } });
  harness.unmount();
  const database = new CacheDatabase(`undo-${nextKey()}`, freshIndexedDb());
  const outbox = createOutboxRunner({
    database,
    serviceUrl: 'http://service.test',
    token: 'secret-token',
    store: harness.value.store,
    agent: { id: 'agent-minji', name: 'Minji Kim' },
    fetchTicket: () => Promise.resolve(null),
    fetchImplementation: async () => {
      await Promise.resolve();
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
    undoMerge,
    onChanged,
    answerWith: (status: number, body: unknown) => (answer = { status, body }),
  };
}

afterEach(disposeOutboxRunners);

describe('undoing a merge through the outbox', () => {
  it('offline: the undo waits, shown as waiting, and the pane reloads when it lands', async () => {
    const { outbox, database, undoMerge, onChanged, answerWith } = renderBanner();
    fireEvent.click(await screen.findByTestId('merge-undo'));
    expect(await screen.findByTestId('merge-undo-waiting')).toHaveTextContent(
      'Undo waiting to send: the tickets are restored when the service confirms it.',
    );
    // The merge still stands until the service says otherwise: no second undo to press meanwhile.
    expect(screen.queryByTestId('merge-undo')).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
    expect(undoMerge).not.toHaveBeenCalled();
    expect((await database.outbox.toArray()).map((entry) => entry.action)).toEqual([
      { kind: 'merge_undo', merge_id: 'merge-1', ticket_ids: ['ticket-old', 'ticket-new'] },
    ]);

    answerWith(200, { merge: { ...mergeRecord, undone_at: '2025-03-06T00:01:00.000Z' }, tickets: [] });
    await outbox.retryNow();
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(null));
    await waitFor(() => expect(screen.queryByTestId('merge-undo-waiting')).toBeNull());
    expect(await database.outbox.count()).toBe(0);
  });

  it('a 403 on replay is shown on the banner with its reason until the agent dismisses it', async () => {
    const { outbox, database, onChanged, answerWith } = renderBanner();
    fireEvent.click(await screen.findByTestId('merge-undo'));
    await screen.findByTestId('merge-undo-waiting');
    answerWith(403, {
      error: { code: 'undo_needs_lead', message: 'this merge needed a lead, so undoing it does too' },
    });
    await outbox.retryNow();
    expect(await screen.findByTestId('merge-undo-refused')).toHaveTextContent(
      'The undo was not accepted: this merge needed a lead, so undoing it does too',
    );
    expect(onChanged).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('merge-undo-dismiss'));
    // Dismissed: the entry leaves the outbox and the undo can be tried again (by a lead, say).
    expect(await screen.findByTestId('merge-undo')).toBeEnabled();
    expect(await database.outbox.count()).toBe(0);
  });
});

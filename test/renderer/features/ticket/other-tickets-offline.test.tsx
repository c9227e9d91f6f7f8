import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CacheDatabase } from '../../../../renderer/cache/cache-database';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import { OtherTickets } from '../../../../renderer/features/ticket/OtherTickets';
import { freshIndexedDb } from '../../cache/cache-test-database';
import { makeTicket } from '../../fixtures';
import { makeDetail, renderWithConsole } from './console-harness';

const opened: CacheDatabase[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

const current = makeDetail({
  number: 10,
  customer_id: 'customer-kim',
  created_at: '2025-03-05T10:00:00.000Z',
});
const merged = makeTicket({
  number: 11,
  customer_id: 'customer-kim',
  status: 'closed',
  created_at: '2025-03-04T10:00:00.000Z',
});
const earlier = makeTicket({
  number: 12,
  customer_id: 'customer-kim',
  status: 'solved',
  created_at: '2025-03-01T10:00:00.000Z',
});
const someoneElse = makeTicket({ number: 13, customer_id: 'customer-lee' });

/** The panel offline (the service unreachable), in a console whose queue store and cache hold `tickets`. */
async function renderOffline() {
  const ui = (
    <OtherTickets detail={current} nowMs={Date.parse('2025-03-06T00:00:00.000Z')} onOpenTicket={vi.fn()} />
  );
  const harness = renderWithConsole(ui, {
    api: { listTickets: vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) },
  });
  harness.unmount();
  harness.value.store.upsert([current, merged, earlier, someoneElse]);
  const cache = new CacheDatabase(`other-tickets-${opened.length}`, freshIndexedDb());
  opened.push(cache);
  // An undo of the merge that closed #11, made offline and still waiting in the outbox.
  await cache.outbox.put({
    key: 'undo-1',
    action: { kind: 'merge_undo', merge_id: 'merge-1', ticket_ids: ['ticket-10', 'ticket-11'] },
    created_at: '2025-03-06T00:00:00.000Z',
    attempts: 1,
    next_attempt_at: '2025-03-06T00:00:02.000Z',
    state: 'pending',
    error: { code: 'network_error', message: 'the service could not be reached' },
    conflicts: [],
  });
  render(<ConsoleContext.Provider value={{ ...harness.value, cache }}>{ui}</ConsoleContext.Provider>);
}

describe("the customer's other tickets offline", () => {
  it("lists them from the queue's cached rows, newest first, and marks those an undo will restore", async () => {
    await renderOffline();
    const rows = await screen.findAllByTestId('other-ticket');
    expect(rows.map((row) => row.getAttribute('data-ticket-id'))).toEqual(['ticket-11', 'ticket-12']);
    expect(screen.queryByText('The customer’s other tickets could not be loaded.')).toBeNull();
    const [first, second] = rows;
    // #11 is still shown closed (the undo has not happened), but marked as waiting to be restored.
    await waitFor(() =>
      expect(within(first!).getByTestId('other-ticket-restoring')).toHaveTextContent('Restore waiting'),
    );
    expect(within(first!).getByText('Closed')).toBeInTheDocument();
    expect(within(second!).queryByTestId('other-ticket-restoring')).toBeNull();
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TicketDetail } from '../../../../shared/domain/schemas';
import { DuplicatesSection } from '../../../../renderer/features/duplicates/DuplicatesSection';
import { RelatedPanel } from '../../../../renderer/features/duplicates/RelatedPanel';
import type { MergeState } from '../../../../renderer/features/duplicates/use-merge-state';
import { makeDetail, renderWithConsole } from '../ticket/console-harness';
import { newer, older } from './duplicate-pair';

// Issue 21: a ticket's list of possible duplicates was computed at intake; by the time an agent compares, a
// listed ticket may be solved, closed or merged away. The compare view offers a merge only for what a merge
// can take, and the related panel keeps the customer's own earlier tickets apart from the incident.
const noMerges: MergeState = { merges: [], numbers: new Map(), reload: () => undefined };

function compare(detail: TicketDetail, tickets: readonly TicketDetail[]): ReturnType<typeof vi.fn> {
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const getTicket = vi.fn((id: string) => {
    const ticket = byId.get(id);
    return ticket === undefined ? Promise.reject(new Error(`no ${id}`)) : Promise.resolve(ticket);
  });
  renderWithConsole(
    <DuplicatesSection
      detail={detail}
      mergeState={noMerges}
      nowMs={Date.parse('2025-03-06T00:00:00.000Z')}
      onOpenTicket={() => undefined}
      onChanged={() => undefined}
    />,
    { api: { getTicket } },
  );
  fireEvent.click(screen.getByTestId('duplicate-compare'));
  return getTicket;
}

describe('the compare view with a list that aged', () => {
  it('offers no merge with a solved or closed earlier ticket', async () => {
    compare(newer, [{ ...older, status: 'closed' }]);
    expect(await screen.findByTestId('duplicate-none-mergeable')).toHaveTextContent(
      'None of these tickets can take a merge any more',
    );
    expect(screen.queryByTestId('merge-open')).toBeNull();
    expect(screen.queryByTestId('duplicate-compare-view')).toBeNull();
  });

  it('compares only the open one when another listed ticket is solved', async () => {
    const solved = makeDetail({
      id: 'ticket-solved',
      number: 990,
      customer_id: 'customer-kim',
      status: 'solved',
    });
    compare(
      { ...newer, possible_duplicates: [...newer.possible_duplicates, { id: solved.id, score: 0.9 }] },
      [older, solved],
    );
    const view = await screen.findByTestId('duplicate-compare-view');
    expect(view).toHaveTextContent('#1001');
    expect(view).not.toHaveTextContent('#990');
    expect(screen.getByTestId('merge-open')).toBeInTheDocument();
    expect(screen.queryByTestId('merge-open-all')).toBeNull();
  });

  it('compares the open ticket a listed one was merged into, with the listed score', async () => {
    const target = makeDetail({
      id: 'ticket-target',
      number: 1020,
      customer_id: 'customer-kim',
      status: 'open',
    });
    const getTicket = compare(newer, [
      { ...older, status: 'closed', merged_into_ticket_id: target.id },
      target,
    ]);
    const view = await screen.findByTestId('duplicate-compare-view');
    expect(getTicket).toHaveBeenCalledWith('ticket-target');
    expect(view).toHaveTextContent('#1020');
    expect(view).not.toHaveTextContent('#1001');
    expect(view).toHaveTextContent('97');
    expect(screen.getByTestId('merge-open')).toBeInTheDocument();
  });

  it('offers nothing for a ticket merged into one that is solved', async () => {
    const target = makeDetail({
      id: 'ticket-target',
      number: 1020,
      customer_id: 'customer-kim',
      status: 'solved',
    });
    compare(newer, [{ ...older, status: 'closed', merged_into_ticket_id: target.id }, target]);
    expect(await screen.findByTestId('duplicate-none-mergeable')).toBeInTheDocument();
    expect(screen.queryByTestId('merge-open')).toBeNull();
  });
});

describe('the related panel with the customer’s own history', () => {
  it('lists the customer’s solved earlier ticket apart, and counts only other customers in the incident', async () => {
    const own = makeDetail({ id: 'ticket-own', number: 900, customer_id: 'customer-kim', status: 'solved' });
    const other = makeDetail({
      id: 'ticket-other',
      number: 2002,
      customer_id: 'customer-lee',
      status: 'open',
    });
    const listTickets = vi.fn(() => Promise.resolve({ tickets: [own, other], next_cursor: null, total: 2 }));
    renderWithConsole(
      <RelatedPanel
        detail={makeDetail({
          number: 7,
          customer_id: 'customer-kim',
          related: [
            { id: 'ticket-own', score: 0.9 },
            { id: 'ticket-other', score: 0.8 },
          ],
        })}
        onOpenTicket={() => undefined}
      />,
      { api: { listTickets } },
    );
    const history = await screen.findByTestId('related-history');
    expect(history).toHaveTextContent('Earlier tickets from this customer about the same issue');
    expect(history).toHaveTextContent('#900');
    const incident = screen.getByTestId('related-panel');
    expect(incident).not.toHaveTextContent('#900');
    expect(incident).toHaveTextContent('#2002');
    expect(screen.getByTestId('related-size')).toHaveTextContent('2 tickets from different customers');
  });

  it('shows only the history when no other customer reported it', async () => {
    const own = makeDetail({ id: 'ticket-own', number: 900, customer_id: 'customer-kim', status: 'closed' });
    const listTickets = vi.fn(() => Promise.resolve({ tickets: [own], next_cursor: null, total: 1 }));
    renderWithConsole(
      <RelatedPanel
        detail={makeDetail({
          number: 7,
          customer_id: 'customer-kim',
          related: [{ id: 'ticket-own', score: 0.9 }],
        })}
        onOpenTicket={() => undefined}
      />,
      { api: { listTickets } },
    );
    expect(await screen.findByTestId('related-history')).toHaveTextContent('#900');
    expect(screen.queryByTestId('related-panel')).toBeNull();
  });
});

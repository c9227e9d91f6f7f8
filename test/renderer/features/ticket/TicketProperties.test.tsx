import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TicketDetail, TicketUpdate } from '../../../../shared/domain/schemas';
import type { TicketStatus } from '../../../../shared/domain/vocabulary';
import { ConsoleContext, type ConsoleContextValue } from '../../../../renderer/app/console-context';
import { TicketProperties } from '../../../../renderer/features/ticket/TicketProperties';
import { makeTicket } from '../../fixtures';

function renderProperties(status: TicketStatus, updateTicket = vi.fn()) {
  const detail: TicketDetail = { ...makeTicket({ number: 7, status }), messages: [], attachments: [] };
  // Only what TicketProperties reads from the console.
  const consoleValue = {
    api: { updateTicket },
    agents: [],
    categories: [],
    lookups: { agentName: () => null, categoryName: (key: string) => key },
  } as unknown as ConsoleContextValue;
  render(
    <ConsoleContext.Provider value={consoleValue}>
      <TicketProperties detail={detail} onUpdated={() => undefined} />
    </ConsoleContext.Provider>,
  );
  const select = screen.getByTestId('ticket-status');
  const options = within(select)
    .getAllByRole('option')
    .map((option) => (option as HTMLOptionElement).value);
  return { select, options };
}

describe('TicketProperties status select', () => {
  it('offers only the transitions the status machine allows', () => {
    expect(renderProperties('new').options).toEqual([
      'new',
      'open',
      'awaiting_customer',
      'on_hold',
      'solved',
    ]);
  });

  it('lets a solved ticket be reopened or closed, and saves the choice', () => {
    const updateTicket = vi.fn((id: string, update: TicketUpdate) =>
      Promise.resolve({ ...makeTicket({ number: 7 }), id, ...update }),
    );
    const { select, options } = renderProperties('solved', updateTicket);
    expect(options).toEqual(['solved', 'open', 'closed']);
    fireEvent.change(select, { target: { value: 'open' } });
    expect(updateTicket).toHaveBeenCalledWith('ticket-7', { status: 'open' });
  });

  it('disables the select of a closed ticket (closed is final)', () => {
    const { select, options } = renderProperties('closed');
    expect(options).toEqual(['closed']);
    expect(select).toBeDisabled();
  });
});

describe('TicketProperties through the outbox', () => {
  it('shows the change on the pane’s full copy, not on the queue’s masked one', async () => {
    const detail: TicketDetail = {
      ...makeTicket({ number: 7, status: 'open', version: 3 }),
      requester: { name: 'Minji Kim', email: 'minji.kim@example.com', locale: null },
      messages: [],
      attachments: [],
    };
    // The queue holds the list form: the e-mail masked, and a version the agent's queued reply moved on.
    const queued = {
      ...detail,
      requester: { name: 'Minji Kim', email: 'm***@example.com', locale: null },
      version: 4,
    };
    const enqueue = vi.fn(() => Promise.resolve());
    const onUpdated = vi.fn();
    const consoleValue = {
      api: { updateTicket: vi.fn() },
      agents: [],
      categories: [],
      lookups: { agentName: () => null, categoryName: (key: string) => key },
      outbox: { enqueue },
      store: { get: () => queued },
    } as unknown as ConsoleContextValue;
    render(
      <ConsoleContext.Provider value={consoleValue}>
        <TicketProperties detail={detail} onUpdated={onUpdated} />
      </ConsoleContext.Provider>,
    );
    fireEvent.change(screen.getByTestId('ticket-priority'), { target: { value: 'urgent' } });
    await vi.waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(1));
    expect(enqueue).toHaveBeenCalledWith(expect.objectContaining({ base_version: 4 }));
    expect(onUpdated.mock.calls[0]?.[0]).toMatchObject({
      priority: 'urgent',
      version: 4,
      requester: { email: 'minji.kim@example.com' },
    });
  });
});

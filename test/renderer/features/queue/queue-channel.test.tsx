import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../../shared/domain/schemas';
import { emptyQueueCriteria, type QueueLookups } from '../../../../renderer/features/queue/queue-model';
import { QueuePanel } from '../../../../renderer/features/queue/QueuePanel';
import { makeTicket } from '../../fixtures';

const lookups: QueueLookups = { agentName: () => null, categoryName: (key) => key };

function renderQueue(tickets: Ticket[]): void {
  render(
    <div style={{ height: 600 }}>
      <QueuePanel
        rows={tickets}
        total={tickets.length}
        lookups={lookups}
        categories={[]}
        criteria={emptyQueueCriteria}
        onCriteriaChange={vi.fn()}
        sorting={[{ id: 'number', desc: true }]}
        onSortingChange={vi.fn()}
        selectedId={null}
        openId={null}
        arrivals={new Set()}
        onActivate={vi.fn()}
        nowMs={Date.parse('2025-03-05T06:22:00.000Z')}
        initialRect={{ width: 1200, height: 600 }}
      />
    </div>,
  );
}

function row(number: number): HTMLElement {
  const found = screen
    .getAllByTestId('queue-row')
    .find((candidate) => candidate.getAttribute('data-ticket-number') === String(number));
  if (!found) {
    throw new Error(`no row #${number}`);
  }
  return found;
}

describe('the queue row of a ticket that came by e-mail', () => {
  it('shows an envelope labelled for screen readers; web-form tickets show none', () => {
    renderQueue([
      makeTicket({ number: 3, subject: 'Withdrawal by mail', source: 'email', channel: 'email' }),
      makeTicket({ number: 2, subject: 'Deposit by form', source: 'web', channel: 'web' }),
      // A ticket cached before the service named channels: its source decides.
      makeTicket({ number: 1, subject: 'Older cached mail', source: 'email' }),
    ]);
    const icon = within(row(3)).getByTestId('queue-channel-email');
    expect(icon).toHaveAttribute('title', 'Came by e-mail');
    expect(within(icon).getByText('Came by e-mail')).toHaveClass('visually-hidden');
    expect(within(row(3)).getByText('Withdrawal by mail', { exact: false })).toBeInTheDocument();
    expect(within(row(2)).queryByTestId('queue-channel-email')).toBeNull();
    expect(within(row(1)).getByTestId('queue-channel-email')).toBeInTheDocument();
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../../shared/domain/schemas';
import {
  emptyQueueCriteria,
  type QueueCriteria,
  type QueueLookups,
  type QueueSort,
} from '../../../../renderer/features/queue/queue-model';
import { QueuePanel } from '../../../../renderer/features/queue/QueuePanel';
import { useQueueView } from '../../../../renderer/features/queue/use-queue-view';
import { makeTicket } from '../../fixtures';

const lookups: QueueLookups = {
  agentName: (id) => (id === 'agent-1' ? 'Jisoo Han' : null),
  categoryName: (key) => key,
};
const tickets: Ticket[] = [
  makeTicket({ number: 1, subject: 'Withdrawal pending', assignee_id: 'agent-1', status: 'open' }),
  makeTicket({ number: 2, subject: 'Deposit missing', status: 'new' }),
  makeTicket({ number: 3, subject: '<img src=x onerror=alert(1)> deposit', status: 'solved' }),
];

function Harness({ onActivate }: { onActivate: (id: string) => void }): ReactElement {
  const [criteria, setCriteria] = useState<QueueCriteria>(emptyQueueCriteria);
  const [sorting, setSorting] = useState<readonly QueueSort[]>([{ id: 'number', desc: true }]);
  const rows = useQueueView(tickets, criteria, sorting, lookups);
  return (
    <div style={{ height: 600 }}>
      <QueuePanel
        rows={rows}
        total={tickets.length}
        lookups={lookups}
        categories={[]}
        criteria={criteria}
        onCriteriaChange={setCriteria}
        sorting={sorting}
        onSortingChange={setSorting}
        selectedId={null}
        openId={null}
        arrivals={new Set(['ticket-2'])}
        onActivate={onActivate}
        nowMs={Date.parse('2025-03-05T06:22:00.000Z')}
        initialRect={{ width: 1200, height: 600 }}
      />
    </div>
  );
}

const numbers = (): string[] =>
  screen.getAllByTestId('queue-row').map((row) => row.getAttribute('data-ticket-number') ?? '');

describe('QueuePanel', () => {
  it('renders rows newest first with their numbers, names and the count', () => {
    render(<Harness onActivate={vi.fn()} />);
    expect(numbers()).toEqual(['3', '2', '1']);
    expect(screen.getByTestId('queue-count')).toHaveTextContent('3 of 3 tickets');
    const first = screen.getAllByTestId('queue-row')[2] as HTMLElement;
    expect(within(first).getByText('Jisoo Han')).toBeInTheDocument();
    expect(within(first).getByText('Open')).toBeInTheDocument();
    expect(screen.getAllByTestId('queue-row')[1]).toHaveClass('queue-row--arrival');
  });

  it('shows customer markup in a subject as text', () => {
    render(<Harness onActivate={vi.fn()} />);
    const row = screen.getAllByTestId('queue-row')[0] as HTMLElement;
    expect(row).toHaveTextContent('<img src=x onerror=alert(1)> deposit');
    expect(row.querySelector('img')).toBeNull();
  });

  it('filters as the agent types and counts what is left', () => {
    render(<Harness onActivate={vi.fn()} />);
    fireEvent.change(screen.getByTestId('queue-search'), { target: { value: 'DEPOSIT' } });
    expect(numbers()).toEqual(['3', '2']);
    expect(screen.getByTestId('queue-count')).toHaveTextContent('2 of 3 tickets');
  });

  it('sorts by a clicked header and reverses on a second click', () => {
    render(<Harness onActivate={vi.fn()} />);
    const subjectHeader = screen.getByRole('columnheader', { name: /subject/i });
    fireEvent.click(within(subjectHeader).getByRole('button'));
    expect(numbers()).toEqual(['3', '2', '1']);
    expect(subjectHeader).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(subjectHeader).getByRole('button'));
    expect(numbers()).toEqual(['1', '2', '3']);
    expect(subjectHeader).toHaveAttribute('aria-sort', 'descending');
  });

  it('opens a ticket on click', () => {
    const onActivate = vi.fn();
    render(<Harness onActivate={onActivate} />);
    fireEvent.click(screen.getAllByTestId('queue-row')[1] as HTMLElement);
    expect(onActivate).toHaveBeenCalledWith('ticket-2');
  });
});

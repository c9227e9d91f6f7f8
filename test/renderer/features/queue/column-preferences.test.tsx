import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../shared/domain/schemas';
import type { AgentPreferences, PresenceEntry } from '../../../../shared/domain/workflow-schemas';
import {
  columnLayoutOf,
  columnPreferenceOf,
  moveColumn,
  sortingOf,
} from '../../../../renderer/features/queue/column-preferences';
import { emptyQueueCriteria, type QueueLookups } from '../../../../renderer/features/queue/queue-model';
import { QueuePanel } from '../../../../renderer/features/queue/QueuePanel';
import { useQueueView } from '../../../../renderer/features/queue/use-queue-view';
import { makeTicket } from '../../fixtures';

const lookups: QueueLookups = { agentName: () => null, categoryName: (key) => key };
const tickets: Ticket[] = [makeTicket({ number: 1 }), makeTicket({ number: 2 })];

/** The queue panel wired to preferences the way QueuePage wires them (column layout and sort). */
function Harness(props: {
  initial: AgentPreferences;
  onSaved: (preferences: AgentPreferences) => void;
  viewers?: ReadonlyMap<string, readonly PresenceEntry[]>;
}): ReactElement {
  const [preferences, setPreferences] = useState(props.initial);
  const change = (partial: Partial<AgentPreferences>): void => {
    const next = { ...preferences, ...partial };
    setPreferences(next);
    props.onSaved(next);
  };
  const sorting = sortingOf(preferences.queue_sort) ?? [{ id: 'number' as const, desc: true }];
  const rows = useQueueView(tickets, emptyQueueCriteria, sorting, lookups);
  return (
    <QueuePanel
      rows={rows}
      total={tickets.length}
      lookups={lookups}
      categories={[]}
      criteria={emptyQueueCriteria}
      onCriteriaChange={() => undefined}
      sorting={sorting}
      onSortingChange={(next) => change({ queue_sort: next })}
      selectedId={null}
      openId={null}
      arrivals={new Set()}
      onActivate={() => undefined}
      nowMs={Date.parse('2025-03-05T06:22:00.000Z')}
      initialRect={{ width: 1200, height: 600 }}
      columnLayout={columnLayoutOf(preferences.queue_columns)}
      onColumnLayoutChange={(layout) => change({ queue_columns: columnPreferenceOf(layout) })}
      {...(props.viewers ? { viewers: props.viewers } : {})}
    />
  );
}

const headers = (): string[] =>
  screen
    .getAllByRole('columnheader')
    .map((header) => header.getAttribute('data-column-id'))
    .filter((id): id is string => id !== null);

describe('column preferences', () => {
  it('shows the remembered order without hidden columns, and keeps new columns in their default place', () => {
    render(
      <Harness
        initial={{
          queue_columns: {
            order: ['subject', 'number', 'status', 'removed-column'],
            hidden: ['priority', 'sla', 'assignee'],
            widths: { subject: 400 },
          },
        }}
        onSaved={() => undefined}
      />,
    );
    expect(headers()).toEqual([
      'subject',
      'number',
      'requester',
      'category',
      'status',
      'language',
      'updated',
    ]);
  });

  it('hides a column from the column menu and remembers it', () => {
    let saved: AgentPreferences = {};
    render(<Harness initial={{}} onSaved={(preferences) => (saved = preferences)} />);
    expect(headers()).toContain('category');
    fireEvent.click(screen.getByTestId('column-menu'));
    const category = screen
      .getAllByTestId('column-menu-item')
      .find((item) => item.getAttribute('data-column-id') === 'category') as HTMLElement;
    fireEvent.click(within(category).getByRole('checkbox'));
    expect(headers()).not.toContain('category');
    expect(saved.queue_columns?.hidden).toContain('category');
  });

  it('moves a column from the menu and remembers the order', () => {
    let saved: AgentPreferences = {};
    render(<Harness initial={{}} onSaved={(preferences) => (saved = preferences)} />);
    fireEvent.click(screen.getByTestId('column-menu'));
    fireEvent.click(screen.getByRole('button', { name: 'Move Subject earlier' }));
    expect(headers().slice(0, 2)).toEqual(['subject', 'number']);
    expect(saved.queue_columns?.order.slice(0, 2)).toEqual(['subject', 'number']);
  });

  it('remembers a multi-column sort made with Shift+click, and shows the key order', () => {
    let saved: AgentPreferences = {};
    render(<Harness initial={{}} onSaved={(preferences) => (saved = preferences)} />);
    const status = screen.getByRole('columnheader', { name: /status/i });
    fireEvent.click(within(status).getByRole('button'));
    const priority = screen.getByRole('columnheader', { name: /priority/i });
    fireEvent.click(within(priority).getByRole('button'), { shiftKey: true });
    expect(saved.queue_sort?.map((key) => key.id)).toEqual(['status', 'priority']);
    expect(within(priority).getByText('2')).toBeInTheDocument();
  });

  it('moves columns and clamps widths to what the service accepts', () => {
    expect(moveColumn(['number', 'subject', 'status'], 'status', 'number')).toEqual([
      'status',
      'number',
      'subject',
    ]);
    const layout = columnLayoutOf({ order: [], hidden: ['subject'], widths: { status: 12.4 } });
    expect(layout.hidden.has('subject')).toBe(false);
    expect(columnPreferenceOf({ ...layout, widths: { status: 12.4, subject: 9999 } }).widths).toEqual({
      status: 40,
      subject: 2000,
    });
  });

  it('shows who views a ticket as avatars, typing ones marked', () => {
    const viewers = new Map([
      [
        'ticket-1',
        [
          { agent_id: 'a1', agent_name: 'Wei Zhang', ticket_id: 'ticket-1', typing: true, since: '' },
          { agent_id: 'a2', agent_name: '김민지', ticket_id: 'ticket-1', typing: false, since: '' },
        ],
      ],
    ]);
    render(<Harness initial={{}} onSaved={() => undefined} viewers={viewers} />);
    const presence = screen.getAllByTestId('row-presence');
    expect(presence).toHaveLength(1);
    expect(presence[0]).toHaveAttribute('title', 'Viewing: Wei Zhang (typing), 김민지');
    expect(presence[0]).toHaveAttribute('data-typing', 'true');
    expect(presence[0]).toHaveTextContent('WZ김');
  });
});

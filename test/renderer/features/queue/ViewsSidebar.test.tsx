import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SavedView } from '../../../../shared/domain/workflow-schemas';
import {
  builtInViews,
  countViews,
  savedViewDefinition,
  type QueueViewDefinition,
} from '../../../../shared/queue/views';
import { ViewsSidebar } from '../../../../renderer/features/queue/ViewsSidebar';
import { makeTicket } from '../../fixtures';

const now = Date.parse('2025-03-05T06:22:00.000Z');
const tickets = [
  makeTicket({ number: 1, assignee_id: 'me-id', status: 'open', category: 'kyc' }),
  makeTicket({ number: 2, status: 'new', category: 'kyc' }),
  makeTicket({ number: 3, status: 'awaiting_customer' }),
];

const labelOf = (view: QueueViewDefinition): string =>
  view.kind === 'saved'
    ? (view.name ?? '')
    : view.kind === 'category'
      ? `Category ${view.category}`
      : view.kind;

function Harness(props: {
  initialSaved?: SavedView[];
  onSelect?: (id: string) => void;
  canSave?: boolean;
}): ReactElement {
  const [saved, setSaved] = useState<SavedView[]>(props.initialSaved ?? []);
  const [selectedId, setSelectedId] = useState('all');
  const views = [...builtInViews(['kyc']), ...saved.map(savedViewDefinition)];
  const counts = countViews(tickets, views, { agentId: 'me-id', now });
  return (
    <ViewsSidebar
      views={views}
      counts={counts}
      selectedId={selectedId}
      onSelect={(id) => {
        setSelectedId(id);
        props.onSelect?.(id);
      }}
      labelOf={labelOf}
      onSave={
        props.canSave === false
          ? null
          : (name) =>
              setSaved([...saved, { id: `v${saved.length + 1}`, name, filters: { statuses: ['new'] } }])
      }
      onRename={(id, name) =>
        setSaved(saved.map((view) => (`saved:${view.id}` === id ? { ...view, name } : view)))
      }
      onDelete={(id) => setSaved(saved.filter((view) => `saved:${view.id}` !== id))}
    />
  );
}

const item = (viewId: string): HTMLElement =>
  screen
    .getAllByTestId('view-item')
    .find((element) => element.getAttribute('data-view-id') === viewId) as HTMLElement;
const countOf = (viewId: string): string => within(item(viewId)).getByTestId('view-count').textContent ?? '';

describe('ViewsSidebar', () => {
  it('shows every built-in view with its count', () => {
    render(<Harness />);
    expect(countOf('mine')).toBe('1');
    expect(countOf('unassigned')).toBe('2');
    expect(countOf('awaiting_customer')).toBe('1');
    expect(countOf('all')).toBe('3');
    expect(countOf('category:kyc')).toBe('2');
    expect(item('all')).toHaveAttribute('aria-current', 'true');
  });

  it('selects a view on click', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.click(item('mine'));
    expect(onSelect).toHaveBeenCalledWith('mine');
    expect(item('mine')).toHaveAttribute('aria-current', 'true');
  });

  it('saves the current filters under a name, then renames and deletes the view', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('view-save'));
    fireEvent.change(screen.getByTestId('view-name'), { target: { value: 'New tickets' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(item('saved:v1')).toHaveTextContent('New tickets');
    expect(countOf('saved:v1')).toBe('1');

    fireEvent.click(screen.getByRole('button', { name: 'Rename view New tickets' }));
    fireEvent.change(screen.getByTestId('view-name'), { target: { value: 'Fresh' } });
    fireEvent.submit(screen.getByTestId('view-name'));
    expect(item('saved:v1')).toHaveTextContent('Fresh');

    fireEvent.click(screen.getByRole('button', { name: 'Delete view Fresh' }));
    expect(screen.queryByText('Fresh')).toBeNull();
  });

  it('offers no saving when there is nothing to save', () => {
    render(<Harness canSave={false} />);
    expect(screen.getByTestId('view-save')).toBeDisabled();
  });
});

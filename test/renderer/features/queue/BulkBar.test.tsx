import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Agent } from '../../../../shared/domain/schemas';
import { BulkBar } from '../../../../renderer/features/queue/BulkBar';
import type { BulkApplyOutcome } from '../../../../renderer/features/queue/queue-actions';
import { makeTicket } from '../../fixtures';

const agents: Agent[] = [
  { id: 'me-id', name: 'Minji Kim', email: 'minji@demo.exchange', role: 'agent' },
  { id: 'wei-id', name: 'Wei Zhang', email: 'wei@demo.exchange', role: 'agent' },
];

function renderBar(onApply: (changes: unknown) => Promise<BulkApplyOutcome>, count = 3) {
  const onClear = vi.fn();
  render(
    <BulkBar
      count={count}
      agents={agents}
      myId="me-id"
      categories={[{ key: 'kyc', name: 'Identity verification' }]}
      numberOf={(id) => (id === 'ticket-9' ? 9 : null)}
      onApply={onApply}
      onClear={onClear}
    />,
  );
  return { onClear };
}

/** Waits until the last change has answered (the bar takes one change at a time). */
async function settled(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('bulk-result')).not.toHaveTextContent('Updating…'));
}

describe('BulkBar', () => {
  it('is hidden while nothing is checked', () => {
    renderBar(vi.fn(), 0);
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
  });

  it('sends the chosen status and shows how many were updated and why others failed', async () => {
    const onApply = vi.fn(() =>
      Promise.resolve<BulkApplyOutcome>({
        result: {
          updated: [makeTicket({ number: 1 }), makeTicket({ number: 2 })],
          failed: [{ id: 'ticket-9', code: 'invalid_transition', message: 'closed tickets cannot reopen' }],
        },
        queued: 0,
      }),
    );
    renderBar(onApply);
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('3 selected');
    fireEvent.change(screen.getByTestId('bulk-status'), { target: { value: 'solved' } });
    expect(onApply).toHaveBeenCalledWith({ status: 'solved' });
    await waitFor(() => expect(screen.getByTestId('bulk-result')).toHaveTextContent('2 updated, 1 failed'));
    expect(screen.getByTestId('bulk-result')).toHaveTextContent('#9: closed tickets cannot reopen');
  });

  it('assigns to me, to a colleague or to nobody', async () => {
    const onApply = vi.fn(() =>
      Promise.resolve<BulkApplyOutcome>({ result: { updated: [], failed: [] }, queued: 0 }),
    );
    renderBar(onApply);
    const assign = screen.getByTestId('bulk-assign');
    for (const value of ['me-id', 'wei-id', '__none__']) {
      fireEvent.change(assign, { target: { value } });
      await settled();
    }
    expect(onApply.mock.calls).toEqual([
      [{ assignee_id: 'me-id' }],
      [{ assignee_id: 'wei-id' }],
      [{ assignee_id: null }],
    ]);
  });

  it('changes priority and category, and adds or removes a tag', async () => {
    const onApply = vi.fn(() =>
      Promise.resolve<BulkApplyOutcome>({ result: { updated: [], failed: [] }, queued: 0 }),
    );
    renderBar(onApply);
    fireEvent.change(screen.getByTestId('bulk-priority'), { target: { value: 'urgent' } });
    await settled();
    fireEvent.change(screen.getByTestId('bulk-category'), { target: { value: 'kyc' } });
    await settled();
    fireEvent.change(screen.getByRole('textbox', { name: 'Tag' }), { target: { value: ' vip ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await settled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag' }));
    await settled();
    expect(onApply.mock.calls).toEqual([
      [{ priority: 'urgent' }],
      [{ category: 'kyc' }],
      [{ add_tags: ['vip'] }],
      [{ remove_tags: ['vip'] }],
    ]);
  });

  it('takes no second change while one is under way', () => {
    const onApply = vi.fn(() => new Promise<BulkApplyOutcome>(() => undefined));
    renderBar(onApply);
    fireEvent.change(screen.getByTestId('bulk-priority'), { target: { value: 'urgent' } });
    expect(screen.getByTestId('bulk-result')).toHaveTextContent('Updating…');
    expect(screen.getByTestId('bulk-status')).toBeDisabled();
  });

  it('says the change is queued when it could not be sent (offline)', async () => {
    renderBar(
      vi.fn(() => Promise.resolve<BulkApplyOutcome>({ result: { updated: [], failed: [] }, queued: 3 })),
    );
    fireEvent.change(screen.getByTestId('bulk-status'), { target: { value: 'solved' } });
    await waitFor(() =>
      expect(screen.getByTestId('bulk-result')).toHaveTextContent(
        '3 tickets: change queued, it is sent when the service is back',
      ),
    );
    expect(screen.getByTestId('bulk-result')).not.toHaveTextContent('updated');
  });

  it('reports a failed request', async () => {
    renderBar(vi.fn(() => Promise.reject(new Error('network down'))));
    fireEvent.change(screen.getByTestId('bulk-priority'), { target: { value: 'low' } });
    await waitFor(() => expect(screen.getByTestId('bulk-result')).toHaveTextContent('network down'));
  });
});

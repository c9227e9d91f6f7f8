import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MergePreview, MergeRequest } from '../../../../shared/domain/merge-schemas';
import { MergeDialog } from '../../../../renderer/features/duplicates/MergeDialog';
import { threadEntries } from '../../../../renderer/features/ticket/Thread';
import { makeDetail, makeMessage, renderWithConsole } from '../ticket/console-harness';
import { newer, older } from './duplicate-pair';

/** Issue 17, point 4: a clear target choice, and the merged thread in time order with its provenance. */

const middle = makeDetail({
  id: 'ticket-mid',
  number: 1020,
  subject: 'Withdrawal missing (again)',
  customer_id: 'customer-kim',
  created_at: '2025-03-03T10:00:00.000Z',
});

function renderDialog(tickets: Parameters<typeof MergeDialog>[0]['tickets']) {
  const previewMerge = vi.fn((targetId: string, request: MergeRequest): Promise<MergePreview> =>
    Promise.resolve({
      target_id: targetId,
      source_ids: request.source_ids,
      message_count: 2,
      attachment_count: 0,
      tags: [],
      target_status: 'open',
      source_status: 'closed',
      different_customers: false,
      sla_breaches: [],
    }),
  );
  renderWithConsole(<MergeDialog tickets={tickets} onClose={vi.fn()} onMerged={vi.fn()} />, {
    api: { previewMerge },
  });
  return { previewMerge };
}

function targetNumber(): string {
  return within(screen.getByTestId('merge-target')).getByText(/^#\d+$/).textContent ?? '';
}

describe('choosing the merge target', () => {
  it('swaps a pair back and forth: pressing Swap twice gives the first choice back', async () => {
    const { previewMerge } = renderDialog([newer, older]);
    expect(targetNumber()).toBe('#1001');
    fireEvent.click(screen.getByTestId('merge-swap'));
    expect(targetNumber()).toBe('#1043');
    fireEvent.click(screen.getByTestId('merge-swap'));
    expect(targetNumber()).toBe('#1001');
    await waitFor(() =>
      expect(previewMerge).toHaveBeenLastCalledWith('ticket-old', { source_ids: ['ticket-new'] }),
    );
  });

  it('lets the agent pick any ticket of a cluster as the target, never cycling to a third one', async () => {
    const { previewMerge } = renderDialog([newer, older, middle]);
    expect(screen.queryByTestId('merge-swap')).toBeNull();
    expect(targetNumber()).toBe('#1001');
    const keepMiddle = () =>
      within(screen.getByTestId('merge-sources'))
        .getAllByTestId('merge-keep')
        .find((button) => button.textContent?.includes('#1020'));
    fireEvent.click(keepMiddle() as HTMLElement);
    expect(targetNumber()).toBe('#1020');
    // The old target is a source now, offered back; the chosen one is no longer in the list.
    expect(keepMiddle()).toBeUndefined();
    const sources = within(screen.getByTestId('merge-sources'));
    expect(sources.getByText('#1001')).toBeInTheDocument();
    expect(sources.getByText('#1043')).toBeInTheDocument();
    await waitFor(() =>
      expect(previewMerge).toHaveBeenLastCalledWith('ticket-mid', {
        source_ids: ['ticket-new', 'ticket-old'],
      }),
    );
  });
});

describe('the merged thread', () => {
  it('is in time order, an earlier source opening before the target opening, each with its origin', () => {
    const merged = makeDetail(
      { id: 'ticket-new', number: 1043, created_at: '2025-03-05T10:00:00.000Z', body: 'newer opening' },
      {
        messages: [
          makeMessage('ticket-new', {
            id: 'opening-of-old',
            body: 'older opening',
            created_at: '2025-03-01T10:00:00.000Z',
            merged_from_ticket_id: 'ticket-old',
          }),
          makeMessage('ticket-new', {
            id: 'reply-on-old',
            kind: 'reply',
            body: 'reply on the older ticket',
            created_at: '2025-03-02T09:00:00.000Z',
            merged_from_ticket_id: 'ticket-old',
          }),
          makeMessage('ticket-new', { id: 'later', body: 'later', created_at: '2025-03-06T01:00:00.000Z' }),
        ],
      },
    );
    const entries = threadEntries(merged, { customer: 'Customer', agent: 'Agent' });
    expect(entries.map((entry) => entry.body)).toEqual([
      'older opening',
      'reply on the older ticket',
      'newer opening',
      'later',
    ]);
    expect(entries.map((entry) => entry.originTicketId ?? null)).toEqual([
      'ticket-old',
      'ticket-old',
      null,
      null,
    ]);
  });
});

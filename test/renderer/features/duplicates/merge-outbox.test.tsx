import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MergePreview } from '../../../../shared/domain/merge-schemas';
import type { OutboxEntry } from '../../../../shared/sync/outbox';
import type { ApiClient } from '../../../../renderer/api/api-client';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import { DuplicatesSection } from '../../../../renderer/features/duplicates/DuplicatesSection';
import type { OutboxRunner, OutboxSubmission } from '../../../../renderer/sync/outbox-runner';
import { renderWithConsole } from '../ticket/console-harness';
import { makeMergeRecord, newer, older } from './duplicate-pair';

const preview: MergePreview = {
  target_id: 'ticket-old',
  source_ids: ['ticket-new'],
  message_count: 4,
  attachment_count: 0,
  tags: [],
  target_status: 'open',
  source_status: 'closed',
  different_customers: false,
  sla_breaches: [],
};

const mergeRecord = makeMergeRecord();

function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    key: 'key-1',
    action: { kind: 'merge', target_id: 'ticket-old', body: { source_ids: ['ticket-new'] } },
    created_at: '2025-03-06T00:00:00.000Z',
    attempts: 0,
    next_attempt_at: '2025-03-06T00:00:00.000Z',
    state: 'pending',
    error: null,
    conflicts: [],
    ...overrides,
  };
}

/** The duplicates section of the newer ticket in a console whose cache (and so outbox) is open. */
function renderWithOutbox(api: Partial<ApiClient>, submission: OutboxSubmission) {
  const onChanged = vi.fn();
  const submit = vi.fn(() => Promise.resolve(submission));
  const ui = (
    <DuplicatesSection
      detail={newer}
      mergeState={{ merges: [], numbers: new Map(), reload: () => undefined }}
      nowMs={Date.parse('2025-03-06T00:00:00.000Z')}
      onOpenTicket={vi.fn()}
      onChanged={onChanged}
    />
  );
  const harness = renderWithConsole(ui, { api });
  harness.unmount();
  const outbox = { submit } as unknown as OutboxRunner;
  render(<ConsoleContext.Provider value={{ ...harness.value, outbox }}>{ui}</ConsoleContext.Provider>);
  return { onChanged, submit };
}

async function openDialog(): Promise<void> {
  fireEvent.click(screen.getByTestId('duplicate-compare'));
  fireEvent.click(await screen.findByTestId('merge-open'));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('merging through the outbox', () => {
  it('online: sends the merge as an outbox entry, waits for the answer and shows the result', async () => {
    const mergeTickets = vi.fn(() => Promise.reject(new Error('sent directly, not through the outbox')));
    const { onChanged, submit } = renderWithOutbox(
      {
        getTicket: vi.fn(() => Promise.resolve(older)),
        previewMerge: vi.fn(() => Promise.resolve(preview)),
        mergeTickets,
      },
      { kind: 'acknowledged', entry: entry(), body: { merge: mergeRecord, target: older } },
    );
    await openDialog();
    await waitFor(() => expect(screen.getByTestId('merge-confirm')).toBeEnabled());
    fireEvent.click(screen.getByTestId('merge-confirm'));
    await waitFor(() => expect(screen.queryByTestId('merge-dialog')).toBeNull());
    expect(submit).toHaveBeenCalledWith({
      kind: 'merge',
      target_id: 'ticket-old',
      body: { source_ids: ['ticket-new'] },
    });
    expect(mergeTickets).not.toHaveBeenCalled();
    // The open ticket was merged away: the pane reloads it rather than showing the target's copy.
    expect(onChanged).toHaveBeenCalledWith(null);
  });

  it('offline: merges without a preview and says the merge is queued', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { onChanged, submit } = renderWithOutbox(
      {
        getTicket: vi.fn(() => Promise.resolve(older)),
        previewMerge: vi.fn(() => Promise.reject(new Error('Failed to fetch'))),
      },
      { kind: 'queued', entry: entry({ attempts: 1, error: { code: 'network_error', message: 'offline' } }) },
    );
    await openDialog();
    expect(await screen.findByTestId('merge-offline')).toHaveTextContent('Offline: no preview.');
    fireEvent.click(screen.getByTestId('merge-confirm'));
    expect(await screen.findByTestId('merge-queued')).toHaveTextContent(
      'Merge queued: it is sent when the service is back.',
    );
    expect(submit).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('merge-confirm')).toBeDisabled();
    expect(onChanged).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('merge-dialog')).toBeNull();
  });

  it('a merge the service refuses shows its reason in the dialog', async () => {
    renderWithOutbox(
      { getTicket: vi.fn(() => Promise.resolve(older)), previewMerge: vi.fn(() => Promise.resolve(preview)) },
      {
        kind: 'failed',
        entry: entry({
          state: 'failed',
          error: { code: 'target_closed', message: 'a closed ticket cannot receive a merge' },
        }),
      },
    );
    await openDialog();
    await waitFor(() => expect(screen.getByTestId('merge-confirm')).toBeEnabled());
    fireEvent.click(screen.getByTestId('merge-confirm'));
    expect(await screen.findByRole('alert')).toHaveTextContent('a closed ticket cannot receive a merge');
  });
});

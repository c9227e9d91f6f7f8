import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MergePreview, MergeRequest } from '../../../../shared/domain/merge-schemas';
import type { TicketDetail } from '../../../../shared/domain/schemas';
import type { ApiClient } from '../../../../renderer/api/api-client';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import { DuplicatesSection } from '../../../../renderer/features/duplicates/DuplicatesSection';
import { RelatedPanel } from '../../../../renderer/features/duplicates/RelatedPanel';
import type { MergeState } from '../../../../renderer/features/duplicates/use-merge-state';
import { Thread } from '../../../../renderer/features/ticket/Thread';
import { makeDetail, makeMessage, renderWithConsole } from '../ticket/console-harness';
import { makeMergeRecord, newer, older } from './duplicate-pair';

const now = Date.parse('2025-03-06T00:00:00.000Z');

function preview(overrides: Partial<MergePreview> = {}): MergePreview {
  return {
    target_id: 'ticket-old',
    source_ids: ['ticket-new'],
    message_count: 4,
    attachment_count: 1,
    tags: ['eth', 'vip'],
    target_status: 'open',
    source_status: 'closed',
    different_customers: false,
    sla_breaches: [],
    ...overrides,
  };
}

const mergeRecord = makeMergeRecord;

const noMerges: MergeState = { merges: [], numbers: new Map(), reload: () => undefined };

function renderSection(
  detail: TicketDetail,
  api: Partial<ApiClient>,
  options: { role?: 'agent' | 'lead'; mergeState?: MergeState } = {},
) {
  const onChanged = vi.fn();
  const onOpenTicket = vi.fn();
  const ui = (
    <DuplicatesSection
      detail={detail}
      mergeState={options.mergeState ?? noMerges}
      nowMs={now}
      onOpenTicket={onOpenTicket}
      onChanged={onChanged}
    />
  );
  const harness = renderWithConsole(ui, { api });
  if (options.role === 'lead') {
    harness.unmount();
    const value = {
      ...harness.value,
      session: { ...harness.value.session, agent: { ...harness.value.session.agent, role: 'lead' as const } },
    };
    render(<ConsoleContext.Provider value={value}>{ui}</ConsoleContext.Provider>);
  }
  return { onChanged, onOpenTicket };
}

async function openDialog(): Promise<HTMLElement> {
  fireEvent.click(screen.getByTestId('duplicate-compare'));
  fireEvent.click(await screen.findByTestId('merge-open'));
  return screen.getByTestId('merge-dialog');
}

describe('the duplicate banner and compare view', () => {
  it('tells the agent an earlier ticket looks like the same issue and compares them side by side', async () => {
    const getTicket = vi.fn(() => Promise.resolve(older));
    renderSection(newer, { getTicket });
    expect(screen.getByTestId('duplicate-banner')).toHaveTextContent(
      'An earlier ticket from this customer looks like the same issue.',
    );
    fireEvent.click(screen.getByTestId('duplicate-compare'));
    const view = await screen.findByTestId('duplicate-compare-view');
    expect(getTicket).toHaveBeenCalledWith('ticket-old');
    expect(view).toHaveTextContent('#1043');
    expect(view).toHaveTextContent('#1001');
    expect(view).toHaveTextContent('Withdrawal missing');
    expect(view).toHaveTextContent('97% alike');
  });

  it('counts several likely duplicates', () => {
    renderSection(
      makeDetail({
        number: 5,
        possible_duplicates: [
          { id: 'a', score: 0.9 },
          { id: 'b', score: 0.8 },
        ],
      }),
      {},
    );
    expect(screen.getByTestId('duplicate-banner')).toHaveTextContent(
      '2 earlier tickets from this customer look like the same issue.',
    );
  });

  it('stops offering a duplicate once it is merged into this ticket', () => {
    renderSection(
      newer,
      {},
      {
        mergeState: {
          merges: [mergeRecord({ target_id: 'ticket-new', source_ids: ['ticket-old'] })],
          numbers: new Map([['ticket-old', 1001]]),
          reload: () => undefined,
        },
      },
    );
    expect(screen.queryByTestId('duplicate-banner')).toBeNull();
    expect(screen.getByTestId('merged-banner')).toHaveTextContent('Merged into this ticket: #1001.');
  });

  it('shows no banner when detection found no duplicate', () => {
    renderSection(makeDetail({ number: 6 }), {});
    expect(screen.queryByTestId('duplicate-banner')).toBeNull();
  });
});

describe('the merge dialog', () => {
  it('keeps the older ticket by default, previews the result, swaps, and merges', async () => {
    const previewMerge = vi.fn((targetId: string, request: MergeRequest) =>
      Promise.resolve(preview({ target_id: targetId, source_ids: request.source_ids })),
    );
    const mergeTickets = vi.fn((targetId: string) =>
      Promise.resolve({
        merge: mergeRecord({ target_id: targetId }),
        target: targetId === newer.id ? newer : older,
      }),
    );
    const { onChanged } = renderSection(newer, {
      getTicket: vi.fn(() => Promise.resolve(older)),
      previewMerge,
      mergeTickets,
    });
    const dialog = await openDialog();
    expect(within(screen.getByTestId('merge-target')).getByText('#1001')).toBeInTheDocument();
    expect(previewMerge).toHaveBeenCalledWith('ticket-old', { source_ids: ['ticket-new'] });
    const shown = screen.getByTestId('merge-preview');
    await waitFor(() => expect(shown).toHaveTextContent('Messages in the thread: 4'));
    expect(shown).toHaveTextContent('Tags: eth, vip');
    expect(shown).toHaveTextContent('Status stays: Open');

    fireEvent.click(within(dialog).getByTestId('merge-swap'));
    expect(within(screen.getByTestId('merge-target')).getByText('#1043')).toBeInTheDocument();
    await waitFor(() =>
      expect(previewMerge).toHaveBeenLastCalledWith('ticket-new', { source_ids: ['ticket-old'] }),
    );

    await waitFor(() => expect(screen.getByTestId('merge-confirm')).toBeEnabled());
    fireEvent.click(screen.getByTestId('merge-confirm'));
    await waitFor(() =>
      expect(mergeTickets).toHaveBeenCalledWith('ticket-new', { source_ids: ['ticket-old'] }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(newer));
    expect(screen.queryByTestId('merge-dialog')).toBeNull();
  });

  it('warns about different customers, and lets only a lead confirm', async () => {
    const api = {
      getTicket: vi.fn(() => Promise.resolve({ ...older, customer_id: 'customer-lee' })),
      previewMerge: vi.fn(() => Promise.resolve(preview({ different_customers: true }))),
    };
    renderSection(newer, api);
    await openDialog();
    expect(await screen.findByTestId('merge-different-customers')).toHaveTextContent(
      'Only a team lead can merge tickets of different customers.',
    );
    expect(screen.getByTestId('merge-confirm')).toBeDisabled();
  });

  it('sends the lead’s explicit confirmation for different customers', async () => {
    const mergeTickets = vi.fn(() => Promise.resolve({ merge: mergeRecord(), target: older }));
    renderSection(
      newer,
      {
        getTicket: vi.fn(() => Promise.resolve(older)),
        previewMerge: vi.fn(() => Promise.resolve(preview({ different_customers: true }))),
        mergeTickets,
      },
      { role: 'lead' },
    );
    await openDialog();
    const checkbox = await screen.findByTestId('merge-confirm-different');
    expect(screen.getByTestId('merge-confirm')).toBeDisabled();
    fireEvent.click(checkbox);
    fireEvent.click(screen.getByTestId('merge-confirm'));
    await waitFor(() =>
      expect(mergeTickets).toHaveBeenCalledWith('ticket-old', {
        source_ids: ['ticket-new'],
        confirm_different_customers: true,
      }),
    );
  });

  it('shows SLA breaches the merge will record, and a failed merge’s reason', async () => {
    renderSection(newer, {
      getTicket: vi.fn(() => Promise.resolve(older)),
      previewMerge: vi.fn(() =>
        Promise.resolve(
          preview({
            sla_breaches: [
              {
                ticket_id: 'ticket-old',
                ticket_number: 1001,
                clock: 'first_response',
                due_at: '2025-03-01T14:00:00Z',
              },
            ],
          }),
        ),
      ),
      mergeTickets: vi.fn(() => Promise.reject(new Error('ticket is already merged'))),
    });
    await openDialog();
    expect(await screen.findByTestId('merge-sla-breaches')).toHaveTextContent('#1001 First response');
    fireEvent.click(screen.getByTestId('merge-confirm'));
    expect(await screen.findByText('The merge failed: ticket is already merged')).toBeInTheDocument();
    expect(screen.getByTestId('merge-dialog')).toBeInTheDocument();
  });
});

describe('after a merge', () => {
  const mergedSource = makeDetail({
    ...newer,
    number: 1043,
    status: 'closed',
    merged_into_ticket_id: 'ticket-old',
  });
  const numbers = new Map([
    ['ticket-old', 1001],
    ['ticket-new', 1043],
  ]);

  it('shows the source a banner linking to the target, and undoes the merge', async () => {
    const undoMerge = vi.fn(() => Promise.resolve({ merge: mergeRecord(), tickets: [] }));
    const reload = vi.fn();
    const { onChanged, onOpenTicket } = renderSection(
      mergedSource,
      { undoMerge },
      { mergeState: { merges: [mergeRecord()], numbers, reload } },
    );
    const banner = screen.getByTestId('merged-banner');
    expect(banner).toHaveTextContent('This ticket was merged into #1001.');
    expect(screen.queryByTestId('duplicate-banner')).toBeNull();
    fireEvent.click(within(banner).getByText('Open #1001'));
    expect(onOpenTicket).toHaveBeenCalledWith('ticket-old');
    fireEvent.click(within(banner).getByTestId('merge-undo'));
    await waitFor(() => expect(undoMerge).toHaveBeenCalledWith('merge-1'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(null));
    expect(reload).toHaveBeenCalled();
  });

  it('offers no undo once the window has passed, nor for an undone merge', () => {
    renderSection(
      older,
      {},
      {
        mergeState: {
          merges: [
            mergeRecord({ id: 'expired', undo_until: '2025-03-05T23:00:00.000Z' }),
            mergeRecord({ id: 'undone', undone_at: '2025-03-05T13:00:00.000Z' }),
          ],
          numbers,
          reload: () => undefined,
        },
      },
    );
    expect(screen.getByTestId('merged-banner')).toHaveTextContent('Merged into this ticket: #1043.');
    expect(screen.queryByTestId('merge-undo')).toBeNull();
  });

  it('labels merged messages in the thread with the ticket they came from', () => {
    const target = makeDetail(
      { id: 'ticket-old', number: 1001 },
      {
        messages: [
          makeMessage('ticket-old', { id: 'm1', body: 'Still waiting', merged_from_ticket_id: 'ticket-new' }),
          makeMessage('ticket-old', { id: 'm2', body: 'Own message' }),
        ],
      },
    );
    renderWithConsole(<Thread detail={target} nowMs={now} originNumbers={numbers} />);
    const origins = screen.getAllByTestId('message-origin');
    expect(origins).toHaveLength(1);
    expect(origins[0]).toHaveTextContent('From #1043');
  });
});

describe('the related-incidents panel', () => {
  it('lists other customers’ tickets about the same problem with the cluster size', async () => {
    const related = makeDetail({ id: 'ticket-r', number: 2002, subject: 'Same delay', customer_id: 'other' });
    const onOpenTicket = vi.fn();
    const getTicket = vi.fn(() => Promise.resolve(related));
    const listTickets = vi.fn(() => Promise.resolve({ tickets: [related], next_cursor: null, total: 1 }));
    renderWithConsole(
      <RelatedPanel
        detail={makeDetail({ number: 7, related: [{ id: 'ticket-r', score: 0.8 }] })}
        onOpenTicket={onOpenTicket}
      />,
      { api: { getTicket, listTickets } },
    );
    expect(screen.getByTestId('related-size')).toHaveTextContent('2 tickets from different customers');
    fireEvent.click(await screen.findByTestId('related-ticket'));
    expect(onOpenTicket).toHaveBeenCalledWith('ticket-r');
    // Mentioned tickets come from the list form: no detail read, so none of the agent's read budget is spent.
    expect(listTickets).toHaveBeenCalledWith({ ids: 'ticket-r', limit: 1 });
    expect(getTicket).not.toHaveBeenCalled();
  });

  it('is absent when the ticket has no related tickets', () => {
    renderWithConsole(<RelatedPanel detail={makeDetail({ number: 8 })} onOpenTicket={() => undefined} />);
    expect(screen.queryByTestId('related-panel')).toBeNull();
  });
});

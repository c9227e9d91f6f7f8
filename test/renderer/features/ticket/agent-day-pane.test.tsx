import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TicketDetail } from '../../../../shared/domain/schemas';
import { TicketPane } from '../../../../renderer/features/ticket/TicketPane';
import { pendingMessageId } from '../../../../renderer/sync/optimistic';
import { makeChecklist, makeDetail, makeMessage, renderWithConsole } from './console-harness';

function detail(
  overrides: Partial<TicketDetail> = {},
  messages: TicketDetail['messages'] = [],
): TicketDetail {
  return makeDetail(
    {
      number: 77,
      status: 'open',
      category: 'deposit_withdrawal',
      language: 'ko',
      requester: { email: 'seoyeon@example.com', name: '서연', locale: 'ko' },
      body: 'USDT 입금이 안 들어왔어요.',
      checklist: makeChecklist({ required: ['transaction_id'], present: {} }),
      ...overrides,
    },
    { messages },
  );
}

function renderPane(shown: TicketDetail) {
  return renderWithConsole(<TicketPane ticketId={shown.id} onClose={() => undefined} />, {
    api: { getTicket: vi.fn(() => Promise.resolve(shown)) },
  });
}

describe('the ticket pane over an agent’s day', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('signs the missing-info request with the agent’s name for the customer’s language', async () => {
    const shown = detail();
    const { value } = renderPane(shown);
    act(() => value.agentPreferences.change({ display_names: { ko: '김민지 상담원', en: 'Minji' } }));
    fireEvent.click(await screen.findByTestId('ask-missing-info'));
    const body = screen.getByTestId<HTMLTextAreaElement>('composer-body').value;
    expect(body).toContain('김민지 상담원');
    expect(body).not.toContain('Minji Kim');
  });

  it('offers no "Ask for missing info" on a solved or closed ticket', async () => {
    renderPane(detail({ id: 'ticket-solved', status: 'solved' }));
    await screen.findByTestId('checklist-panel');
    expect(screen.queryByTestId('ask-missing-info')).toBeNull();
  });

  it('marks a reply still in the outbox "Waiting to send", and a sent one not', async () => {
    const shown = detail({ id: 'ticket-pending' }, [
      makeMessage('ticket-pending', { id: 'message-sent', kind: 'reply', body: 'Sent earlier.' }),
      makeMessage('ticket-pending', {
        id: pendingMessageId('key-1'),
        kind: 'reply',
        body: 'Queued offline.',
      }),
    ]);
    renderPane(shown);
    const messages = await screen.findAllByTestId('thread-message');
    expect(within(messages[1]!).queryByTestId('message-waiting')).toBeNull();
    expect(within(messages[2]!).getByTestId('message-waiting')).toHaveTextContent('Waiting to send');
  });
});

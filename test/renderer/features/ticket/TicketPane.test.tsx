import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageCreate, TicketDetail, TicketUpdate } from '../../../../shared/domain/schemas';
import { TicketPane } from '../../../../renderer/features/ticket/TicketPane';
import { createPresenceStore } from '../../../../renderer/live/presence';
import { makeTicket } from '../../fixtures';
import { makeChecklist, makeDetail, makeMessage, renderWithConsole } from './console-harness';

const txHash = `0x${'ab12'.repeat(16)}`;
const ticket: TicketDetail = makeDetail(
  {
    number: 42,
    status: 'open',
    category: 'deposit_withdrawal',
    language: 'en',
    customer_id: 'customer-jiho',
    requester: { email: 'jiho@example.com', name: 'Jiho', locale: null },
    body: 'My USDT withdrawal is pending. <img src=x onerror=alert(1)>',
    checklist: makeChecklist({
      required: ['transaction_id', 'occurred_at'],
      present: { transaction_id: txHash },
    }),
    tags: ['usdt'],
  },
  {
    messages: [
      makeMessage('ticket-42', {
        id: 'message-1',
        kind: 'note',
        author_agent_id: 'agent-wei',
        author_name: 'Wei Zhang',
        body: 'Chain looks congested.',
      }),
      makeMessage('ticket-42', {
        id: 'message-2',
        body: `Here is the hash: ${txHash} <b>thanks</b>`,
        checklist_provided: ['transaction_id'],
      }),
    ],
  },
);

function renderPane(api: Record<string, unknown> = {}, onOpenTicket?: (id: string) => void) {
  const presence = createPresenceStore();
  const result = renderWithConsole(
    <TicketPane ticketId="ticket-42" onClose={() => undefined} {...(onOpenTicket ? { onOpenTicket } : {})} />,
    { api: { getTicket: vi.fn(() => Promise.resolve(ticket)), ...api }, presence },
  );
  return { ...result, presence };
}

describe('TicketPane', () => {
  afterEach(() => {
    localStorage.clear();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows customer messages, replies and internal notes distinctly, with "Provided" badges', async () => {
    renderPane();
    const messages = await screen.findAllByTestId('thread-message');
    expect(messages.map((message) => message.dataset.kind)).toEqual(['customer', 'note', 'customer']);
    expect(messages[1]).toHaveTextContent('Internal note');
    expect(within(messages[2]!).getByTestId('message-provided')).toHaveTextContent(
      'Provided: Transaction hash (TxID)',
    );
    // Customer text is text: the payload shows and nothing is injected.
    expect(messages[0]).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(messages[0]!.querySelector('img')).toBeNull();
  });

  it('highlights a checklist item’s evidence in the thread, as text', async () => {
    renderPane();
    await screen.findByTestId('checklist-panel');
    const item = screen
      .getAllByTestId('checklist-item')
      .find((element) => element.dataset.key === 'transaction_id')!;
    fireEvent.click(within(item).getByTestId('checklist-evidence'));
    const mark = await screen.findByTestId('evidence-highlight');
    expect(mark.tagName).toBe('MARK');
    expect(mark).toHaveTextContent(txHash);
    const message = mark.closest('[data-testid="thread-message"]')!;
    expect(message).toHaveTextContent(`Here is the hash: ${txHash} <b>thanks</b>`);
    expect(message.querySelector('b')).toBeNull();
  });

  it('"Ask for missing info" fills the composer and sends it setting "awaiting customer"', async () => {
    const postMessage = vi.fn((_id: string, message: MessageCreate) =>
      Promise.resolve(makeMessage('ticket-42', { id: 'message-3', kind: 'reply', body: message.body })),
    );
    renderPane({ postMessage });
    fireEvent.click(await screen.findByTestId('ask-missing-info'));
    const body = screen.getByTestId<HTMLTextAreaElement>('composer-body');
    expect(body.value).toContain('Jiho');
    expect(body.value).toContain('42');
    expect(screen.getByTestId('composer-send')).toHaveAttribute('data-set-status', 'awaiting_customer');
    const request = body.value;
    fireEvent.click(screen.getByTestId('composer-send'));
    await waitFor(() => expect(postMessage).toHaveBeenCalled());
    expect(postMessage).toHaveBeenCalledWith(
      'ticket-42',
      { kind: 'reply', body: request, set_status: 'awaiting_customer' },
      ticket.version,
    );
  });

  it('shows who else is viewing and typing on the header', async () => {
    const { presence } = renderPane();
    await screen.findByTestId('ticket-subject');
    expect(screen.queryByTestId('ticket-presence')).toBeNull();
    act(() =>
      presence.receive({
        viewers: [
          {
            agent_id: 'agent-minji',
            agent_name: 'Minji Kim',
            ticket_id: 'ticket-42',
            typing: false,
            since: '',
          },
          {
            agent_id: 'agent-alex',
            agent_name: 'Alex Morgan',
            ticket_id: 'ticket-42',
            typing: false,
            since: '',
          },
          { agent_id: 'agent-wei', agent_name: 'Wei Zhang', ticket_id: 'ticket-42', typing: true, since: '' },
          {
            agent_id: 'agent-sora',
            agent_name: 'Sora Park',
            ticket_id: 'ticket-9',
            typing: false,
            since: '',
          },
        ],
      }),
    );
    const header = screen.getByTestId('ticket-presence');
    const names = [...header.querySelectorAll('[data-agent-name]')].map((element) =>
      element.getAttribute('data-agent-name'),
    );
    expect(names).toEqual(['Wei Zhang', 'Alex Morgan']);
    expect(header).toHaveTextContent('Wei Zhang is typing…');
    expect(header).toHaveTextContent('Alex Morgan is viewing');
  });

  it('lists the customer’s other tickets and opens one on click', async () => {
    const listTickets = vi.fn(() =>
      Promise.resolve({
        tickets: [
          makeTicket({ number: 42, id: 'ticket-42', customer_id: 'customer-jiho' }),
          makeTicket({ number: 40, subject: 'Earlier deposit question', customer_id: 'customer-jiho' }),
          makeTicket({ number: 41, subject: 'Someone else', customer_id: 'customer-other' }),
        ],
        total: 3,
        next_cursor: null,
      }),
    );
    const onOpenTicket = vi.fn();
    renderPane({ listTickets }, onOpenTicket);
    const others = await screen.findAllByTestId('other-ticket');
    expect(listTickets).toHaveBeenCalledWith(expect.objectContaining({ customer_id: 'customer-jiho' }));
    expect(others).toHaveLength(1);
    expect(others[0]).toHaveTextContent('#40');
    expect(others[0]).toHaveTextContent('Earlier deposit question');
    fireEvent.click(others[0]!);
    expect(onOpenTicket).toHaveBeenCalledWith('ticket-40');
  });

  it('switches to the other ticket itself when the queue does not handle opening', async () => {
    const earlier = makeDetail({
      number: 40,
      subject: 'Earlier deposit question',
      customer_id: 'customer-jiho',
    });
    const getTicket = vi.fn((id: string) => Promise.resolve(id === 'ticket-40' ? earlier : ticket));
    const listTickets = vi.fn(() =>
      Promise.resolve({ tickets: [makeTicket({ ...earlier })], total: 1, next_cursor: null }),
    );
    renderPane({ getTicket, listTickets });
    fireEvent.click(await screen.findByTestId('other-ticket'));
    await waitFor(() =>
      expect(screen.getByTestId('ticket-subject')).toHaveTextContent('Earlier deposit question'),
    );
    expect(getTicket).toHaveBeenLastCalledWith('ticket-40');
  });

  it('shows image attachments as thumbnails fetched with the token, enlarges on click, revokes on close', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(new Blob(['png']), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumbnail-1');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const withImage: TicketDetail = {
      ...ticket,
      attachments: [
        { id: 'attachment-1', name: 'screen.png', type: 'image/png', size: 2048, message_id: 'message-2' },
      ],
    };
    const { unmount } = renderWithConsole(<TicketPane ticketId="ticket-42" onClose={() => undefined} />, {
      api: { getTicket: vi.fn(() => Promise.resolve(withImage)) },
    });
    const thumbnail = await screen.findByTestId('attachment-thumbnail');
    await waitFor(() => expect(thumbnail.querySelector('img')).not.toBeNull());
    expect(fetchMock).toHaveBeenCalledWith('http://service.test/api/attachments/attachment-1', {
      headers: { authorization: 'Bearer token-minji' },
    });
    expect(thumbnail.closest('[data-testid="thread-message"]')).toHaveTextContent('Here is the hash');
    expect(screen.getByTestId('attachment')).toHaveTextContent('2.0 KB');
    fireEvent.click(thumbnail);
    expect(screen.getByTestId('attachment-preview').querySelector('img')).toHaveAttribute(
      'src',
      'blob:thumbnail-1',
    );
    unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:thumbnail-1');
  });

  it('adds and removes tags in place', async () => {
    const updateTicket = vi.fn((id: string, update: TicketUpdate) =>
      Promise.resolve({ ...ticket, id, ...update, version: ticket.version + 1 }),
    );
    renderPane({ updateTicket });
    const input = await screen.findByTestId('ticket-tag-input');
    fireEvent.change(input, { target: { value: '  delayed  ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() =>
      expect(updateTicket).toHaveBeenCalledWith('ticket-42', { tags: ['usdt', 'delayed'] }),
    );
    await waitFor(() => expect(screen.getAllByTestId('ticket-tag')).toHaveLength(2));
    fireEvent.click(screen.getAllByTestId('ticket-tag-remove')[0]!);
    await waitFor(() => expect(updateTicket).toHaveBeenLastCalledWith('ticket-42', { tags: ['delayed'] }));
  });

  it('explains a refused property change', async () => {
    const { ApiError } = await import('../../../../renderer/api/api-error');
    const updateTicket = vi.fn(() =>
      Promise.reject(new ApiError({ status: 409, code: 'version_conflict', message: 'ticket changed' })),
    );
    renderPane({ updateTicket });
    fireEvent.change(await screen.findByTestId('ticket-priority'), { target: { value: 'high' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone changed this ticket at the same time; the latest version is shown. ticket changed',
    );
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FaqReply } from '../../../../shared/domain/faq-schemas';
import type { Message, MessageCreate, TicketDetail } from '../../../../shared/domain/schemas';
import { Composer } from '../../../../renderer/features/composer/Composer';
import {
  createFaqLibraryStore,
  FaqLibraryContext,
} from '../../../../renderer/features/faq/faq-library-store';
import { createMemoryFaqRepository } from '../../../../renderer/features/faq/faq-repository';
import { makeDetail, makeMessage, renderWithConsole } from '../ticket/console-harness';
import { library, securityReply, withdrawalReply } from './faq-fixtures';

const koreanWithdrawal = makeDetail({
  number: 42,
  status: 'open',
  category: 'deposit_withdrawal',
  language: 'ko',
  subject: '출금이 지연되고 있습니다',
  body: 'USDT 출금 신청 후 3시간째 대기 중입니다. 출금 확인 부탁드립니다.',
  requester: { email: 'kim@example.com', name: '김민수', locale: 'ko' },
  tags: ['vip'],
});

function Harness({ ticket }: { ticket: TicketDetail }): ReactElement {
  const [live, setLive] = useState(ticket);
  return (
    <Composer
      ticket={live}
      reviewed={live}
      onSent={() => undefined}
      onRefreshed={setLive}
      onReviewed={setLive}
    />
  );
}

async function renderComposer(options: { ticket?: TicketDetail; replies?: FaqReply[] } = {}) {
  const store = createFaqLibraryStore({
    api: { faqLibrary: () => Promise.resolve(options.replies ?? library) },
    repository: createMemoryFaqRepository(),
  });
  await store.load();
  const postMessage = vi.fn((ticketId: string, message: MessageCreate) =>
    Promise.resolve<Message>(makeMessage(ticketId, { id: 'message-new', kind: 'reply', body: message.body })),
  );
  const recordFaqUsage = vi.fn(() => Promise.resolve());
  const updateTicket = vi.fn(() => Promise.resolve(options.ticket ?? koreanWithdrawal));
  const getTicket = vi.fn(() => Promise.resolve(options.ticket ?? koreanWithdrawal));
  const rendered = renderWithConsole(
    <FaqLibraryContext.Provider value={store}>
      <Harness ticket={options.ticket ?? koreanWithdrawal} />
    </FaqLibraryContext.Provider>,
    { api: { postMessage, recordFaqUsage, updateTicket, getTicket } },
  );
  const textarea = screen.getByTestId<HTMLTextAreaElement>('composer-body');
  return { ...rendered, textarea, postMessage, recordFaqUsage, updateTicket, user: userEvent.setup() };
}

function optionIds(): (string | null)[] {
  return screen.getAllByTestId('faq-option').map((option) => option.getAttribute('data-reply-id'));
}

describe('FAQ picker in the composer', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('opens with / at the start of a line and suggests replies for the ticket before any query', async () => {
    const { textarea, user } = await renderComposer();
    await user.click(textarea);
    await user.keyboard('Hi /');
    expect(screen.queryByTestId('faq-picker')).not.toBeInTheDocument();

    await user.keyboard('{Enter}/');
    const picker = screen.getByTestId('faq-picker');
    expect(within(picker).getByTestId('faq-search')).toHaveFocus();
    expect(within(picker).getByText('Suggested for this ticket')).toBeInTheDocument();
    expect(optionIds()[0]).toBe(withdrawalReply.id);
    // The Korean customer gets the Korean variant.
    expect(screen.getAllByTestId('faq-option')[0]).toHaveAttribute('data-language', 'ko');
    expect(screen.getByTestId('faq-preview')).toHaveTextContent('출금 지연 안내');
  });

  it('opens with Ctrl+K, searches as the agent types, and Esc closes it and returns the focus', async () => {
    const { textarea, user } = await renderComposer();
    await user.click(textarea);
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByTestId('faq-picker')).toBeInTheDocument();
    expect(textarea.value).toBe('');

    await user.keyboard('signature');
    expect(screen.getByText('Replies')).toBeInTheDocument();
    expect(optionIds()[0]).toBe('faq-api-401');

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('faq-picker')).not.toBeInTheDocument();
    expect(textarea).toHaveFocus();
  });

  it('chooses with the arrow keys and Enter, fills the prompt inline, and inserts in place of the /', async () => {
    const { textarea, user, recordFaqUsage, postMessage } = await renderComposer();
    await user.click(textarea);
    await user.keyboard('/');
    // Move away and back: the arrow keys wrap through the suggestions.
    const count = screen.getAllByTestId('faq-option').length;
    await user.keyboard('{ArrowDown}'.repeat(count));
    expect(screen.getAllByTestId('faq-option')[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    const prompt = screen.getByTestId('faq-prompt');
    expect(prompt).toHaveAttribute('data-key', 'tx_hash');
    // Labelled in the agent's interface language (English here), though the reply is Korean.
    expect(prompt).toHaveAccessibleName('Transaction hash');
    expect(prompt).toHaveFocus();
    const preview = screen.getByTestId('faq-preview');
    expect(preview).toHaveTextContent('김민수님, 안녕하세요.');
    expect(preview).toHaveTextContent('Minji Kim 드림');

    await user.keyboard('0xabc123{Enter}');
    expect(screen.queryByTestId('faq-picker')).not.toBeInTheDocument();
    expect(textarea.value).toBe(
      '김민수님, 안녕하세요.\n출금 건(TXID: 0xabc123)을 확인하고 있습니다.\nMinji Kim 드림',
    );
    expect(textarea).toHaveFocus();
    expect(recordFaqUsage).toHaveBeenCalledWith(withdrawalReply.id, koreanWithdrawal.id);

    // The reply's action became the composer's "send and set status".
    const send = screen.getByTestId('composer-send');
    expect(send).toHaveAttribute('data-set-status', 'awaiting_customer');
    expect(send).toBeEnabled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(postMessage).toHaveBeenCalled());
    expect(postMessage.mock.calls[0]?.[1]).toMatchObject({ set_status: 'awaiting_customer' });
  });

  it('keeps unfilled placeholders highlighted and blocks sending until they are filled', async () => {
    const { textarea, user, postMessage, updateTicket } = await renderComposer();
    await user.click(textarea);
    await user.keyboard('{Control>}k{/Control}{Enter}');
    // Enter in the empty prompt inserts anyway: the placeholder stays for the agent to fill in the text.
    await user.keyboard('{Enter}');
    expect(textarea.value).toContain('{{prompt.tx_hash}}');

    const unfilled = screen.getByTestId('composer-unfilled');
    expect(unfilled).toHaveTextContent('Fill in these placeholders before sending:');
    expect(unfilled).toHaveTextContent('{{prompt.tx_hash}}');
    const send = screen.getByTestId('composer-send');
    expect(send).toBeDisabled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(postMessage).not.toHaveBeenCalled();

    // The list finds the placeholder in the text: typing replaces it.
    await user.click(within(unfilled).getByRole('button', { name: '{{prompt.tx_hash}}' }));
    expect(textarea).toHaveFocus();
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('{{prompt.tx_hash}}');
    await user.keyboard('0xfeed');
    expect(textarea.value).toContain('TXID: 0xfeed)');
    expect(screen.queryByTestId('composer-unfilled')).not.toBeInTheDocument();
    expect(send).toBeEnabled();

    await user.click(send);
    await waitFor(() => expect(postMessage).toHaveBeenCalled());
    // The reply's tags are added once the reply went out, keeping the ticket's own.
    await waitFor(() =>
      expect(updateTicket).toHaveBeenCalledWith(koreanWithdrawal.id, { tags: ['vip', 'withdrawal-delay'] }),
    );
  });

  it('inserts at the cursor and says when the customer’s language has no variant', async () => {
    const { textarea, user } = await renderComposer({ replies: [securityReply] });
    fireEvent.change(textarea, { target: { value: 'Hello,\n\nThanks' } });
    act(() => textarea.setSelectionRange(7, 7));
    fireEvent.keyDown(textarea, { key: 'k', ctrlKey: true });

    const preview = screen.getByTestId('faq-preview');
    expect(preview).toHaveTextContent('No Korean version: showing English.');
    expect(screen.getAllByTestId('faq-option')[0]).toHaveAttribute('data-language', 'en');
    await user.click(screen.getByTestId('faq-insert'));
    expect(textarea.value).toBe(
      'Hello,\nWe never ask for passwords, seed phrases, private keys or OTP codes.\nThanks',
    );
  });
});

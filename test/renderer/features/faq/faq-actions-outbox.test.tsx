import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxAction } from '../../../../shared/sync/outbox';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import { Composer } from '../../../../renderer/features/composer/Composer';
import {
  createFaqLibraryStore,
  FaqLibraryContext,
} from '../../../../renderer/features/faq/faq-library-store';
import { createMemoryFaqRepository } from '../../../../renderer/features/faq/faq-repository';
import type { OutboxRunner } from '../../../../renderer/sync/outbox-runner';
import { makeDetail, renderWithConsole } from '../ticket/console-harness';
import { library } from './faq-fixtures';

const ticket = makeDetail({
  number: 42,
  status: 'open',
  category: 'deposit_withdrawal',
  language: 'ko',
  subject: '출금이 지연되고 있습니다',
  body: 'USDT 출금 신청 후 3시간째 대기 중입니다.',
  requester: { email: 'kim@example.com', name: '김민수', locale: 'ko' },
  tags: ['vip'],
});

beforeEach(() => localStorage.clear());

describe("an FAQ reply's follow-up actions with the offline outbox", () => {
  it('are queued behind the reply as a one-ticket change, never sent directly', async () => {
    const store = createFaqLibraryStore({
      api: { faqLibrary: () => Promise.resolve(library) },
      repository: createMemoryFaqRepository(),
    });
    await store.load();
    const direct = vi.fn(() => Promise.reject(new Error('sent directly, not through the outbox')));
    const ui = (
      <FaqLibraryContext.Provider value={store}>
        <Composer
          ticket={ticket}
          reviewed={ticket}
          onSent={() => undefined}
          onRefreshed={() => undefined}
          onReviewed={() => undefined}
        />
      </FaqLibraryContext.Provider>
    );
    const harness = renderWithConsole(ui, {
      api: { postMessage: direct, updateTicket: direct, recordFaqUsage: () => Promise.resolve() },
    });
    harness.unmount();
    const queued: OutboxAction[] = [];
    const outbox = {
      enqueue: vi.fn((action: OutboxAction) => {
        queued.push(action);
        return Promise.resolve({});
      }),
    } as unknown as OutboxRunner;
    render(<ConsoleContext.Provider value={{ ...harness.value, outbox }}>{ui}</ConsoleContext.Provider>);

    const user = userEvent.setup();
    const textarea = screen.getByTestId<HTMLTextAreaElement>('composer-body');
    await user.click(textarea);
    await user.keyboard('{Control>}k{/Control}{Enter}');
    await user.keyboard('0xabc123{Enter}');
    await user.click(screen.getByTestId('composer-send'));

    await waitFor(() => expect(queued).toHaveLength(2));
    expect(queued[0]).toMatchObject({
      kind: 'message',
      ticket_id: ticket.id,
      body: { kind: 'reply', set_status: 'awaiting_customer' },
    });
    // Only the tag the ticket lacks, added to whatever tags it has when the change lands.
    expect(queued[1]).toEqual({
      kind: 'bulk',
      body: { ticket_ids: [ticket.id], changes: { add_tags: ['withdrawal-delay'] } },
    });
    expect(direct).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

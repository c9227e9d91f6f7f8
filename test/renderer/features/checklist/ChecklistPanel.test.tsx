import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TicketUpdate } from '../../../../shared/domain/schemas';
import type { ApiClient } from '../../../../renderer/api/api-client';
import {
  customerLanguage,
  locateEvidence,
  missingRequiredKeys,
  visibleChecklistItems,
} from '../../../../renderer/features/checklist/checklist-model';
import { ChecklistPanel } from '../../../../renderer/features/checklist/ChecklistPanel';
import { makeTicket } from '../../fixtures';
import { makeChecklist, makeDetail, makeMessage, renderWithConsole } from '../ticket/console-harness';

const txHash = `0x${'ab12'.repeat(16)}`;
const detail = makeDetail(
  {
    number: 42,
    category: 'deposit_withdrawal',
    language: 'ko',
    requester: { email: 'jiho@example.com', name: 'Jiho', locale: 'ko-KR' },
    checklist: makeChecklist({
      required: ['transaction_id', 'occurred_at', 'device'],
      present: { transaction_id: txHash, order_id: 'ORD-1' },
    }),
  },
  {
    messages: [
      makeMessage('ticket-42', {
        id: 'message-1',
        body: `TxID ${txHash}`,
        checklist_provided: ['transaction_id'],
      }),
    ],
  },
);

function renderPanel(options: { updateTicket?: ApiClient['updateTicket'] } = {}) {
  const onAskMissingInfo = vi.fn();
  const onShowEvidence = vi.fn();
  const onUpdated = vi.fn();
  renderWithConsole(
    <ChecklistPanel
      detail={detail}
      onUpdated={onUpdated}
      onShowEvidence={onShowEvidence}
      onAskMissingInfo={onAskMissingInfo}
    />,
    { api: options.updateTicket ? { updateTicket: options.updateTicket } : {} },
  );
  return { onAskMissingInfo, onShowEvidence, onUpdated };
}

function item(key: string): HTMLElement {
  const found = screen.getAllByTestId('checklist-item').find((element) => element.dataset.key === key);
  if (!found) {
    throw new Error(`no checklist item ${key}`);
  }
  return found;
}

describe('ChecklistPanel', () => {
  it('shows every item present or missing, with required marks and the "new" flag', () => {
    renderPanel();
    expect(screen.getAllByTestId('checklist-item')).toHaveLength(10);
    expect(item('transaction_id').dataset).toMatchObject({ present: 'true', required: 'true' });
    expect(item('occurred_at').dataset).toMatchObject({ present: 'false', required: 'true' });
    expect(item('order_id').dataset).toMatchObject({ present: 'true', required: 'false' });
    expect(item('transaction_id')).toHaveTextContent(txHash);
    // The last customer message provided the tx hash.
    expect(item('transaction_id').querySelector('[data-testid="checklist-item-new"]')).not.toBeNull();
    expect(item('order_id').querySelector('[data-testid="checklist-item-new"]')).toBeNull();
    expect(screen.getByTestId('checklist-panel')).toHaveTextContent('1 of 3 required items present');
  });

  it('ticks and unticks by hand, and resets to automatic', async () => {
    const updateTicket = vi.fn((id: string, update: TicketUpdate) =>
      Promise.resolve({ ...makeTicket({ number: 42 }), id, ...update }),
    );
    const { onUpdated } = renderPanel({ updateTicket });
    fireEvent.click(item('occurred_at').querySelector('input')!);
    await waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(1));
    expect(updateTicket).toHaveBeenLastCalledWith('ticket-42', {
      checklist_marks: [{ key: 'occurred_at', present: true }],
    });
    fireEvent.click(item('transaction_id').querySelector('input')!);
    await waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(2));
    expect(updateTicket).toHaveBeenLastCalledWith('ticket-42', {
      checklist_marks: [{ key: 'transaction_id', present: false }],
    });
  });

  it('offers "reset to automatic" on a hand-marked item', async () => {
    const marked = { ...detail, checklist: makeChecklist({ marked: { device: true } }) };
    const updateTicket = vi.fn(() => Promise.resolve(makeTicket({ number: 42 })));
    const onUpdated = vi.fn();
    renderWithConsole(
      <ChecklistPanel
        detail={marked}
        onUpdated={onUpdated}
        onShowEvidence={() => undefined}
        onAskMissingInfo={() => undefined}
      />,
      { api: { updateTicket } },
    );
    expect(screen.getAllByTestId('checklist-item-reset')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('checklist-item-reset'));
    await waitFor(() => expect(onUpdated).toHaveBeenCalled());
    expect(updateTicket).toHaveBeenCalledWith('ticket-42', {
      checklist_marks: [{ key: 'device', present: null }],
    });
  });

  it('shows why a mark was not saved', async () => {
    const updateTicket = vi.fn(() => Promise.reject(new Error('ticket is closed')));
    renderPanel({ updateTicket });
    fireEvent.click(item('device').querySelector('input')!);
    expect(await screen.findByRole('alert')).toHaveTextContent('The mark was not saved: ticket is closed');
  });

  it('sends evidence clicks to the thread', () => {
    const { onShowEvidence } = renderPanel();
    fireEvent.click(item('transaction_id').querySelector('[data-testid="checklist-evidence"]')!);
    expect(onShowEvidence).toHaveBeenCalledWith('transaction_id', txHash);
  });

  it('asks for exactly the missing required items in the customer’s language', () => {
    const { onAskMissingInfo } = renderPanel();
    const button = screen.getByTestId('ask-missing-info');
    expect(button).toBeEnabled();
    fireEvent.click(button);
    const text = onAskMissingInfo.mock.calls[0]?.[0] as string;
    // Korean request (the ticket's language), naming the agent and the ticket.
    expect(text).toMatch(/[\p{Script=Hangul}]/u);
    expect(text).toContain('Minji Kim');
    expect(text).toContain('42');
  });

  it('disables "ask for missing info" when nothing required is missing', () => {
    const complete = {
      ...detail,
      checklist: makeChecklist({ required: ['order_id'], present: { order_id: 'A' } }),
    };
    renderWithConsole(
      <ChecklistPanel
        detail={complete}
        onUpdated={() => undefined}
        onShowEvidence={() => undefined}
        onAskMissingInfo={() => undefined}
      />,
    );
    expect(screen.getByTestId('ask-missing-info')).toBeDisabled();
  });
});

describe('checklist model', () => {
  it('lists the missing required keys in checklist order', () => {
    expect(missingRequiredKeys(detail)).toEqual(['occurred_at', 'device']);
  });

  it('picks the ticket language, else the requester locale, else English', () => {
    expect(customerLanguage(detail)).toBe('ko');
    expect(
      customerLanguage({ ...detail, language: null, requester: { ...detail.requester, locale: 'zh-CN' } }),
    ).toBe('zh');
    expect(
      customerLanguage({ ...detail, language: 'ja', requester: { ...detail.requester, locale: 'fr' } }),
    ).toBe('en');
  });

  it('finds evidence in customer text first', () => {
    const entries = [
      { id: 'reply', kind: 'reply', body: `You sent ${txHash}` },
      { id: 'customer', kind: 'customer', body: `My TxID is ${txHash}.` },
    ];
    expect(locateEvidence(entries, txHash)).toEqual({
      entryId: 'customer',
      start: 11,
      length: txHash.length,
    });
    expect(locateEvidence(entries, 'jiho@example.com')).toBeNull();
  });
});

describe('crypto items in the panel (issue 17)', () => {
  const pending = makeDetail({
    number: 43,
    category: 'deposit_withdrawal',
    language: 'en',
    checklist: {
      ...makeChecklist({ required: ['asset', 'network', 'amount'], present: { asset: 'USDT' } }),
      situation: 'withdrawal_pending',
    },
  });
  pending.checklist.items = pending.checklist.items.map((entry) =>
    entry.key === 'transaction_id' ? { ...entry, not_applicable: 'withdrawal_pending' } : entry,
  );

  it('shows the situation, the TxID as not applicable, and asks only for what is missing', () => {
    const onAskMissingInfo = vi.fn();
    renderWithConsole(
      <ChecklistPanel
        detail={pending}
        onUpdated={vi.fn()}
        onShowEvidence={vi.fn()}
        onAskMissingInfo={onAskMissingInfo}
      />,
    );
    expect(screen.getByTestId('checklist-situation').textContent).toContain('Withdrawal pending');
    expect(item('transaction_id').dataset.notApplicable).toBe('withdrawal_pending');
    expect(item('transaction_id').textContent).toContain('Not applicable');
    // The memo is neither required nor mentioned here: it is not listed.
    expect(screen.getAllByTestId('checklist-item').some((element) => element.dataset.key === 'memo')).toBe(
      false,
    );
    fireEvent.click(screen.getByTestId('ask-missing-info'));
    const request = String(onAskMissingInfo.mock.calls[0]?.[0]);
    expect(request).toContain('network');
    expect(request).not.toContain('transaction ID');
  });

  it('lists crypto items only where they matter', () => {
    expect(visibleChecklistItems(detail).map((entry) => entry.key)).not.toContain('asset');
    expect(visibleChecklistItems(pending).map((entry) => entry.key)).toEqual(
      expect.arrayContaining(['asset', 'network', 'amount', 'transaction_id']),
    );
  });
});

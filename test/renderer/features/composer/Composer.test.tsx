import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message, MessageCreate, TicketDetail } from '../../../../shared/domain/schemas';
import { ApiError } from '../../../../renderer/api/api-error';
import {
  Composer,
  isSendShortcut,
  type ComposerPreset,
} from '../../../../renderer/features/composer/Composer';
import { readDraft, writeDraft } from '../../../../renderer/features/composer/drafts';
import { makeDetail, makeMessage, renderWithConsole } from '../ticket/console-harness';

const opened = makeDetail({ number: 7, status: 'open', version: 3 });

/** The composer with a live ticket and a reviewed copy the test controls, as the ticket pane wires them. */
function Harness(props: {
  live: TicketDetail;
  reviewed?: TicketDetail;
  preset?: ComposerPreset | null;
  onTyping?: (typing: boolean) => void;
  onSent?: (message: Message) => void;
}): ReactElement {
  const [live, setLive] = useState(props.live);
  const [reviewed, setReviewed] = useState(props.reviewed ?? props.live);
  return (
    <>
      <output data-testid="reviewed-version">{reviewed.version}</output>
      <Composer
        ticket={live}
        reviewed={reviewed}
        onSent={props.onSent ?? (() => undefined)}
        onRefreshed={setLive}
        onReviewed={(fresh) => {
          setLive(fresh);
          setReviewed(fresh);
        }}
        preset={props.preset ?? null}
        {...(props.onTyping ? { onTypingChange: props.onTyping } : {})}
      />
    </>
  );
}

function sentMessage(body: string): Message {
  return makeMessage('ticket-7', { id: 'message-new', kind: 'reply', body, author_name: 'Minji Kim' });
}

describe('Composer', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends with Ctrl+Enter on Windows and Linux and Cmd+Enter on macOS', () => {
    const enter = { key: 'Enter', ctrlKey: false, metaKey: false };
    expect(isSendShortcut({ ...enter, ctrlKey: true }, 'Win32')).toBe(true);
    expect(isSendShortcut({ ...enter, metaKey: true }, 'Win32')).toBe(false);
    expect(isSendShortcut({ ...enter, metaKey: true }, 'MacIntel')).toBe(true);
    expect(isSendShortcut({ ...enter, ctrlKey: true }, 'MacIntel')).toBe(false);
    expect(isSendShortcut(enter, 'Linux x86_64')).toBe(false);
  });

  it('restores the draft after a restart and clears it once sent, passing the reviewed version', async () => {
    writeDraft('agent-minji', 'ticket-7', { kind: 'reply', body: 'We are checking your deposit.' });
    const postMessage = vi.fn((_id: string, message: MessageCreate) =>
      Promise.resolve(sentMessage(message.body)),
    );
    const getTicket = vi.fn(() => Promise.resolve({ ...opened, version: 4 }));
    const onSent = vi.fn();
    renderWithConsole(<Harness live={opened} onSent={onSent} />, { api: { postMessage, getTicket } });

    const body = screen.getByTestId('composer-body');
    expect(body).toHaveValue('We are checking your deposit.');
    fireEvent.click(screen.getByTestId('composer-send'));

    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(postMessage).toHaveBeenCalledWith(
      'ticket-7',
      { kind: 'reply', body: 'We are checking your deposit.' },
      3,
    );
    expect(body).toHaveValue('');
    expect(readDraft('agent-minji', 'ticket-7').body).toBe('');
    // After their own send the agent has seen the ticket as it now is.
    await waitFor(() => expect(screen.getByTestId('reviewed-version')).toHaveTextContent('4'));
  });

  it('sends on the platform’s Mod+Enter in the text box', async () => {
    const postMessage = vi.fn((_id: string, message: MessageCreate) =>
      Promise.resolve(sentMessage(message.body)),
    );
    renderWithConsole(<Harness live={opened} />, {
      api: { postMessage, getTicket: vi.fn(() => Promise.resolve(opened)) },
    });
    const body = screen.getByTestId('composer-body');
    fireEvent.change(body, { target: { value: 'Done, thanks!' } });
    const isMac = /mac/i.test(navigator.platform);
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: isMac, metaKey: !isMac });
    expect(postMessage).not.toHaveBeenCalled();
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: !isMac, metaKey: isMac });
    await waitFor(() =>
      expect(postMessage).toHaveBeenCalledWith('ticket-7', { kind: 'reply', body: 'Done, thanks!' }, 3),
    );
  });

  it('sends and sets a status from the send menu', async () => {
    const postMessage = vi.fn((_id: string, message: MessageCreate) =>
      Promise.resolve(sentMessage(message.body)),
    );
    renderWithConsole(<Harness live={opened} />, {
      api: { postMessage, getTicket: vi.fn(() => Promise.resolve(opened)) },
    });
    fireEvent.change(screen.getByTestId('composer-body'), {
      target: { value: 'Could you send the transaction hash?' },
    });
    fireEvent.click(screen.getByTestId('composer-send-menu'));
    const choices = screen.getAllByTestId('composer-send-status').map((item) => item.dataset.status);
    expect(choices).toEqual(['', 'awaiting_customer', 'on_hold', 'solved']);
    fireEvent.click(
      screen
        .getAllByTestId('composer-send-status')
        .find((item) => item.dataset.status === 'awaiting_customer')!,
    );
    await waitFor(() =>
      expect(postMessage).toHaveBeenCalledWith(
        'ticket-7',
        { kind: 'reply', body: 'Could you send the transaction hash?', set_status: 'awaiting_customer' },
        3,
      ),
    );
  });

  it('applies a preset: the text to edit, and Send sets the preset status', async () => {
    const postMessage = vi.fn((_id: string, message: MessageCreate) =>
      Promise.resolve(sentMessage(message.body)),
    );
    renderWithConsole(
      <Harness
        live={opened}
        preset={{ id: 1, kind: 'reply', body: 'Please send the TxID.', setStatus: 'awaiting_customer' }}
      />,
      { api: { postMessage, getTicket: vi.fn(() => Promise.resolve(opened)) } },
    );
    const send = screen.getByTestId('composer-send');
    expect(screen.getByTestId('composer-body')).toHaveValue('Please send the TxID.');
    expect(send).toHaveTextContent('Send and set Awaiting customer');
    fireEvent.change(screen.getByTestId('composer-body'), {
      target: { value: 'Please send the TxID, thank you.' },
    });
    fireEvent.click(send);
    await waitFor(() =>
      expect(postMessage).toHaveBeenCalledWith(
        'ticket-7',
        { kind: 'reply', body: 'Please send the TxID, thank you.', set_status: 'awaiting_customer' },
        3,
      ),
    );
  });

  it('reports typing on key presses and stops after 4 idle seconds', () => {
    vi.useFakeTimers();
    const onTyping = vi.fn();
    renderWithConsole(<Harness live={opened} onTyping={onTyping} />);
    const body = screen.getByTestId('composer-body');
    fireEvent.keyDown(body, { key: 'a' });
    fireEvent.keyDown(body, { key: 'b' });
    expect(onTyping.mock.calls).toEqual([[true]]);
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    fireEvent.keyDown(body, { key: 'c' });
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(onTyping.mock.calls).toEqual([[true]]);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(onTyping.mock.calls).toEqual([[true], [false]]);
  });
});

describe('stale-reply guard', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const customerFollowUp = makeMessage('ticket-7', {
    id: 'message-customer-2',
    body: 'Never mind, the deposit arrived!',
  });
  const changed: TicketDetail = {
    ...opened,
    version: 5,
    priority: 'high',
    assignee_id: 'agent-wei',
    tags: ['vip'],
    messages: [customerFollowUp],
  };

  it('shows what changed before sending when the live ticket moved on, and Review keeps the draft', () => {
    const postMessage = vi.fn();
    renderWithConsole(<Harness live={changed} reviewed={opened} />, { api: { postMessage } });
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: 'We are still checking.' } });
    fireEvent.click(screen.getByTestId('composer-send'));

    const guard = screen.getByTestId('stale-guard');
    const items = within(guard)
      .getAllByTestId('stale-guard-change')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'New message from the customerNever mind, the deposit arrived!',
      'PriorityNormal → High',
      'AssigneeUnassigned → Wei Zhang',
      'Tags+vip',
    ]);
    expect(postMessage).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('stale-guard-review'));
    expect(screen.queryByTestId('stale-guard')).toBeNull();
    expect(screen.getByTestId('composer-body')).toHaveValue('We are still checking.');
    expect(screen.getByTestId('reviewed-version')).toHaveTextContent('5');
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('asks on a 409 version_conflict and "Send anyway" sends against the new version', async () => {
    const postMessage = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({ status: 409, code: 'version_conflict', message: 'ticket changed' }),
      )
      .mockResolvedValueOnce(sentMessage('We are still checking.'));
    const getTicket = vi
      .fn()
      .mockResolvedValueOnce(changed)
      .mockResolvedValue({ ...changed, version: 6 });
    const onSent = vi.fn();
    renderWithConsole(<Harness live={opened} onSent={onSent} />, { api: { postMessage, getTicket } });
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: 'We are still checking.' } });
    fireEvent.click(screen.getByTestId('composer-send'));

    const guard = await screen.findByTestId('stale-guard');
    expect(within(guard).getAllByTestId('stale-guard-change')[0]).toHaveTextContent(
      'Never mind, the deposit arrived!',
    );
    expect(onSent).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('stale-guard-send'));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(postMessage).toHaveBeenLastCalledWith(
      'ticket-7',
      { kind: 'reply', body: 'We are still checking.' },
      5,
    );
    expect(screen.queryByTestId('stale-guard')).toBeNull();
  });

  it('shows a message preview as text, never as markup', () => {
    const hostile = {
      ...opened,
      version: 4,
      messages: [makeMessage('ticket-7', { id: 'message-x', body: '<img src=x onerror=alert(1)>hello' })],
    };
    renderWithConsole(<Harness live={hostile} reviewed={opened} />, { api: { postMessage: vi.fn() } });
    fireEvent.change(screen.getByTestId('composer-body'), { target: { value: 'Hi' } });
    fireEvent.click(screen.getByTestId('composer-send'));
    const guard = screen.getByTestId('stale-guard');
    expect(guard.querySelector('img')).toBeNull();
    expect(guard).toHaveTextContent('<img src=x onerror=alert(1)>hello');
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { actionForKey, keyLabel, type KeyPress } from '../../../../renderer/features/queue/queue-shortcuts';
import { ShortcutHelp } from '../../../../renderer/features/queue/ShortcutHelp';
import {
  useQueueKeyboard,
  type QueueKeyboardHandlers,
} from '../../../../renderer/features/queue/use-queue-keyboard';
import { makeTicket } from '../../fixtures';

const rows = [makeTicket({ number: 1 }), makeTicket({ number: 2 }), makeTicket({ number: 3 })];
const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

function Harness(props: { handlers: Partial<QueueKeyboardHandlers>; isMac?: boolean }): ReactElement {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useQueueKeyboard({
    isActive: true,
    rows,
    selectedId,
    isMac: props.isMac === true,
    onSelect: setSelectedId,
    onOpen: vi.fn(),
    onClose: vi.fn(),
    focusSearch: vi.fn(),
    ...props.handlers,
  });
  return (
    <div>
      <span data-testid="focused">{selectedId ?? 'none'}</span>
      <input aria-label="a field" />
    </div>
  );
}

describe('queue shortcuts', () => {
  it('uses Cmd on macOS and Ctrl elsewhere for the command shortcuts', () => {
    expect(actionForKey(press('k', { metaKey: true }), true)).toBe('focusSearch');
    expect(actionForKey(press('k', { ctrlKey: true }), true)).toBeNull();
    expect(actionForKey(press('k', { ctrlKey: true }), false)).toBe('focusSearch');
    expect(actionForKey(press('a', { ctrlKey: true }), false)).toBe('checkAllVisible');
    expect(actionForKey(press('a', { metaKey: true }), false)).toBeNull();
    expect(keyLabel('Mod', true)).toBe('⌘');
    expect(keyLabel('Mod', false)).toBe('Ctrl');
  });

  it('maps plain keys to their actions', () => {
    expect(actionForKey(press('j'), false)).toBe('next');
    expect(actionForKey(press('ArrowUp'), false)).toBe('previous');
    expect(actionForKey(press('x'), false)).toBe('toggleChecked');
    expect(actionForKey(press('X', { shiftKey: true }), false)).toBe('toggleCheckedRange');
    expect(actionForKey(press('?', { shiftKey: true }), false)).toBe('help');
    expect(actionForKey(press('r'), false)).toBe('reply');
    expect(actionForKey(press('q'), false)).toBeNull();
  });

  it('moves with j and k, then acts on the focused ticket with x, a, s, p and r', () => {
    const handlers = {
      onToggleChecked: vi.fn(),
      onAssignToMe: vi.fn(),
      onChangeStatus: vi.fn(),
      onChangePriority: vi.fn(),
      onReply: vi.fn(),
    };
    render(<Harness handlers={handlers} />);
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(screen.getByTestId('focused')).toHaveTextContent('ticket-1');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'x' });
    fireEvent.keyDown(document.body, { key: 'a' });
    fireEvent.keyDown(document.body, { key: 's' });
    fireEvent.keyDown(document.body, { key: 'p' });
    fireEvent.keyDown(document.body, { key: 'r' });
    expect(handlers.onToggleChecked).toHaveBeenCalledWith('ticket-2', false);
    expect(handlers.onAssignToMe).toHaveBeenCalledWith('ticket-2');
    expect(handlers.onChangeStatus).toHaveBeenCalledWith('ticket-2');
    expect(handlers.onChangePriority).toHaveBeenCalledWith('ticket-2');
    expect(handlers.onReply).toHaveBeenCalledWith('ticket-2');
  });

  it('does nothing while the agent types in a field', () => {
    const onAssignToMe = vi.fn();
    const onHelp = vi.fn();
    render(<Harness handlers={{ onAssignToMe, onHelp }} />);
    fireEvent.keyDown(document.body, { key: 'j' });
    const field = screen.getByRole('textbox', { name: 'a field' });
    fireEvent.keyDown(field, { key: 'a' });
    fireEvent.keyDown(field, { key: '?' });
    fireEvent.keyDown(field, { key: 'a', ctrlKey: true });
    expect(onAssignToMe).not.toHaveBeenCalled();
    expect(onHelp).not.toHaveBeenCalled();
  });

  it('checks every visible row with Ctrl+A off macOS and Cmd+A on it', () => {
    const onCheckAllVisible = vi.fn();
    const { unmount } = render(<Harness handlers={{ onCheckAllVisible }} />);
    fireEvent.keyDown(document.body, { key: 'a', ctrlKey: true });
    expect(onCheckAllVisible).toHaveBeenCalledTimes(1);
    unmount();
    render(<Harness handlers={{ onCheckAllVisible }} isMac />);
    fireEvent.keyDown(document.body, { key: 'a', ctrlKey: true });
    expect(onCheckAllVisible).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'a', metaKey: true });
    expect(onCheckAllVisible).toHaveBeenCalledTimes(2);
  });

  it('opens the help with ? and lists every shortcut with the platform’s keys', () => {
    const onHelp = vi.fn();
    render(<Harness handlers={{ onHelp }} />);
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    expect(onHelp).toHaveBeenCalled();

    const { unmount } = render(<ShortcutHelp isMac onClose={vi.fn()} />);
    const help = screen.getByTestId('shortcut-help');
    for (const text of ['Next ticket', 'Assign to me', 'Change status', 'Change priority', 'Reply']) {
      expect(help).toHaveTextContent(text);
    }
    expect(help).toHaveTextContent('⌘');
    expect(help).not.toHaveTextContent('Ctrl');
    unmount();
    render(<ShortcutHelp isMac={false} onClose={vi.fn()} />);
    expect(screen.getByTestId('shortcut-help')).toHaveTextContent('Ctrl');
  });
});

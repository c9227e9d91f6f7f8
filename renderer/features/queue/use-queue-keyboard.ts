import { useEffect, useRef } from 'react';
import type { Ticket } from '../../../shared/domain/schemas';
import { actionForKey, type QueueAction } from './queue-shortcuts';

/** True when a key press belongs to a text field or control rather than to the queue. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The ticket `step` rows away from `selectedId` (the first row when nothing is selected). */
export function moveSelection(
  rows: readonly Ticket[],
  selectedId: string | null,
  step: number,
): Ticket | undefined {
  if (rows.length === 0) {
    return undefined;
  }
  const index = selectedId === null ? -1 : rows.findIndex((ticket) => ticket.id === selectedId);
  if (index < 0) {
    return rows[0];
  }
  return rows[Math.min(rows.length - 1, Math.max(0, index + step))];
}

/** What the queue does for each shortcut; the ones that act on a ticket get the focused one. */
export interface QueueKeyboardHandlers {
  onSelect: (ticketId: string) => void;
  onOpen: (ticketId: string) => void;
  onClose: () => void;
  focusSearch: () => void;
  onToggleChecked?: (ticketId: string, range: boolean) => void;
  onCheckAllVisible?: () => void;
  onAssignToMe?: (ticketId: string) => void;
  onChangeStatus?: (ticketId: string) => void;
  onChangePriority?: (ticketId: string) => void;
  onReply?: (ticketId: string) => void;
  /** Opens the ticket after the open one in the view (the first when none is open): `n`. */
  onOpenNext?: () => void;
  onHelp?: () => void;
}

/**
 * Keyboard-first queue (every shortcut in queue-shortcuts.ts): j / ↓ next, k / ↑ previous, Enter opens, x
 * checks, a / s / p / r act on the focused ticket, / or Mod+K search, Mod+A checks every visible row, ?
 * shows the help, Escape closes the open ticket. Ignored while the agent types in a field.
 */
export function useQueueKeyboard(
  options: QueueKeyboardHandlers & {
    isActive: boolean;
    rows: readonly Ticket[];
    selectedId: string | null;
    isMac: boolean;
  },
): void {
  // The listener reads the latest options through a ref, so it is attached once per activation.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { isActive } = options;
  useEffect(() => {
    if (!isActive) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      const current = latest.current;
      if (event.defaultPrevented) {
        return;
      }
      if (
        event.key === 'Escape' &&
        isTypingTarget(event.target) &&
        (event.target as HTMLElement).dataset.testid === 'queue-search'
      ) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (isTypingTarget(event.target)) {
        return;
      }
      // Keys inside an open dialog (the shortcut help, a picker) belong to it.
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) {
        return;
      }
      const action = actionForKey(event, current.isMac);
      if (action === null) {
        return;
      }
      // Enter on a focused button or link activates that control, not the selected ticket.
      if (
        action === 'open' &&
        event.target instanceof HTMLElement &&
        event.target.closest('button, a[href]')
      ) {
        return;
      }
      if (run(action, current)) {
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isActive]);
}

/** Runs `action`; false when it did not apply (nothing focused, no handler), so the key keeps its default. */
function run(
  action: QueueAction,
  options: QueueKeyboardHandlers & { rows: readonly Ticket[]; selectedId: string | null },
): boolean {
  const { rows, selectedId } = options;
  const onFocused = (handler: ((ticketId: string) => void) | undefined): boolean => {
    if (!selectedId || !handler) {
      return false;
    }
    handler(selectedId);
    return true;
  };
  switch (action) {
    case 'next':
    case 'previous': {
      const next = moveSelection(rows, selectedId, action === 'next' ? 1 : -1);
      if (next) {
        options.onSelect(next.id);
      }
      return true;
    }
    case 'open':
      return onFocused(options.onOpen);
    case 'close':
      options.onClose();
      return true;
    case 'focusSearch':
      options.focusSearch();
      return true;
    case 'toggleChecked':
    case 'toggleCheckedRange': {
      const toggle = options.onToggleChecked;
      return onFocused(toggle ? (id) => toggle(id, action === 'toggleCheckedRange') : undefined);
    }
    case 'checkAllVisible':
      if (!options.onCheckAllVisible) {
        return false;
      }
      options.onCheckAllVisible();
      return true;
    case 'assignToMe':
      return onFocused(options.onAssignToMe);
    case 'changeStatus':
      return onFocused(options.onChangeStatus);
    case 'changePriority':
      return onFocused(options.onChangePriority);
    case 'reply':
      return onFocused(options.onReply);
    case 'openNext':
      if (!options.onOpenNext) {
        return false;
      }
      options.onOpenNext();
      return true;
    case 'help':
      if (!options.onHelp) {
        return false;
      }
      options.onHelp();
      return true;
  }
}

import { useEffect } from 'react';
import type { Ticket } from '../../../shared/domain/schemas';

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

/**
 * Keyboard-first queue: j / ↓ next, k / ↑ previous, Enter opens, / focuses the search, Escape closes the
 * open ticket. Ignored while the agent types in a field.
 */
export function useQueueKeyboard(options: {
  isActive: boolean;
  rows: readonly Ticket[];
  selectedId: string | null;
  onSelect: (ticketId: string) => void;
  onOpen: (ticketId: string) => void;
  onClose: () => void;
  focusSearch: () => void;
}): void {
  const { isActive, rows, selectedId, onSelect, onOpen, onClose, focusSearch } = options;
  useEffect(() => {
    if (!isActive) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
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
      // Enter on a focused button or link activates that control, not the selected ticket.
      if (
        event.key === 'Enter' &&
        event.target instanceof HTMLElement &&
        event.target.closest('button, a[href]')
      ) {
        return;
      }
      let handled = true;
      switch (event.key) {
        case 'j':
        case 'ArrowDown': {
          const next = moveSelection(rows, selectedId, 1);
          if (next) {
            onSelect(next.id);
          }
          break;
        }
        case 'k':
        case 'ArrowUp': {
          const next = moveSelection(rows, selectedId, -1);
          if (next) {
            onSelect(next.id);
          }
          break;
        }
        case 'Enter':
          if (selectedId) {
            onOpen(selectedId);
          } else {
            handled = false;
          }
          break;
        case '/':
          focusSearch();
          break;
        case 'Escape':
          onClose();
          break;
        default:
          handled = false;
      }
      if (handled) {
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isActive, rows, selectedId, onSelect, onOpen, onClose, focusSearch]);
}

import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements of `container` that Tab can reach, in document order. */
function focusablesIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(focusableSelector)].filter(
    (element) => !element.closest('[hidden]'),
  );
}

/**
 * Focus handling of a modal dialog (the ARIA dialog pattern): while it is open, focus goes to `initial`
 * (else the dialog's first focusable element), Tab and Shift+Tab cycle inside the dialog, and when it closes
 * focus returns to the element that had it before. Returns the keydown handler to put on the dialog.
 */
export function useDialogFocus(
  dialog: RefObject<HTMLElement | null>,
  initial?: RefObject<HTMLElement | null>,
): (event: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = initial?.current ?? (dialog.current ? focusablesIn(dialog.current)[0] : undefined);
    target?.focus();
    return () => {
      // The opener may be gone (a row that left the view): then focus stays where the browser puts it.
      if (previous?.isConnected) {
        previous.focus();
      }
    };
    // Runs once per opening: the refs are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (event) => {
    if (event.key !== 'Tab' || !dialog.current) {
      return;
    }
    const focusables = focusablesIn(dialog.current);
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };
}

import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { FaqActions } from '../../../shared/domain/faq-schemas';
import type { TicketDetail } from '../../../shared/domain/schemas';
import type { TicketStatus } from '../../../shared/domain/vocabulary';
import { findUnfilledPlaceholders } from '../../../shared/faq/placeholders';
import { useConsole } from '../../app/console-context';
import { createLogger } from '../../logging/logger';
import { useFaqLibraryStore } from './faq-library-store';
import { placeholderMarker } from './faq-language';
import type { FaqInsertion } from './FaqPicker';

const logger = createLogger('faq');

/** Where the picker's text goes: the range it replaces (the `/` that opened it, or the selection). */
interface PickerAnchor {
  start: number;
  end: number;
  trigger: 'slash' | 'shortcut';
}

/** The macro changes still to apply once the message is sent (the status goes with the message itself). */
export type PendingFaqActions = Pick<FaqActions, 'priority' | 'add_tags'>;

/** True when the key is Ctrl+K (Windows, Linux) or Cmd+K (macOS). */
function isPickerShortcut(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return (
    event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
  );
}

/** The range of the first `{{name}}` (with any spacing or `|fallback`) in `text`, or null. */
export function findPlaceholderRange(text: string, name: string): { start: number; end: number } | null {
  const bare = name.replace(/^\{\{\s*|\s*(\|[^}]*)?\}\}$/g, '');
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\{\\{\\s*${escaped}\\s*(\\|[^}]*)?\\}\\}`).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * The composer's side of the FAQ picker: opens it on `/` at a line start or Ctrl/Cmd+K, puts the chosen
 * reply at the cursor, records the usage, carries the reply's actions to the send, and lists the
 * placeholders still unfilled (which block sending).
 */
export function useComposerFaq(options: {
  ticket: TicketDetail;
  body: string;
  setBody: (body: string) => void;
  setStatus: (status: TicketStatus) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
}): {
  isAvailable: boolean;
  isOpen: boolean;
  /** Call from the textarea's key handler; true when the key opened the picker. */
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  onInsert: (insertion: FaqInsertion) => void;
  close: () => void;
  unfilled: readonly string[];
  /** Selects an unfilled placeholder in the textarea, so typing replaces it. */
  selectUnfilled: (name: string) => void;
  /**
   * Applies the inserted replies' priority and tags after a successful send (queued in the outbox behind the
   * message when the console has one); rejects when that failed.
   */
  applyPendingActions: () => Promise<void>;
} {
  const { ticket, body, setBody, setStatus, textarea } = options;
  const { api, outbox } = useConsole();
  const store = useFaqLibraryStore();
  const [anchor, setAnchor] = useState<PickerAnchor | null>(null);
  const pending = useRef<PendingFaqActions>({});
  const pendingSelection = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = textarea.current;
    if (pendingSelection.current !== null && element) {
      element.focus();
      element.setSelectionRange(pendingSelection.current, pendingSelection.current);
      pendingSelection.current = null;
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!store) {
      return false;
    }
    const element = event.currentTarget;
    if (isPickerShortcut(event)) {
      event.preventDefault();
      setAnchor({ start: element.selectionStart, end: element.selectionEnd, trigger: 'shortcut' });
      return true;
    }
    const isPlainSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const before = element.value.slice(0, element.selectionStart);
    if (isPlainSlash && (before.length === 0 || before.endsWith('\n'))) {
      // The `/` goes into the text here, not by the key's default action: the picker takes the focus during
      // this key press, and the browser would type the slash into its search box. Inserting replaces the
      // slash; Esc leaves it (the agent may have meant a slash).
      event.preventDefault();
      const { selectionStart: start, selectionEnd: end } = element;
      setBody(`${element.value.slice(0, start)}/${element.value.slice(end)}`);
      setAnchor({ start, end: start + 1, trigger: 'slash' });
      return true;
    }
    return false;
  };

  const close = (): void => {
    setAnchor(null);
    textarea.current?.focus();
  };

  const onInsert = (insertion: FaqInsertion): void => {
    const current = textarea.current?.value ?? body;
    const range = anchor ?? { start: current.length, end: current.length, trigger: 'shortcut' };
    // Opened by `/`: replace the slash only if it is still there (the draft may have changed meanwhile).
    const isSlashGone = range.trigger === 'slash' && current.slice(range.start, range.end) !== '/';
    const end = isSlashGone ? range.start : range.end;
    setBody(current.slice(0, range.start) + insertion.text + current.slice(end));
    pendingSelection.current = range.start + insertion.text.length;
    setAnchor(null);
    const { status, priority, add_tags: tags } = insertion.reply.actions;
    if (status) {
      setStatus(status);
    }
    pending.current = {
      ...pending.current,
      ...(priority ? { priority } : {}),
      ...(tags && tags.length > 0
        ? { add_tags: [...new Set([...(pending.current.add_tags ?? []), ...tags])] }
        : {}),
    };
    api.recordFaqUsage(insertion.reply.id, ticket.id).catch((error: unknown) => {
      // Usage only tunes the ranking; an offline insert must not bother the agent.
      logger.warn(`could not record the usage of FAQ reply ${insertion.reply.id}`, error);
    });
  };

  const unfilled = useMemo(() => findUnfilledPlaceholders(body), [body]);

  const selectUnfilled = (name: string): void => {
    const element = textarea.current;
    const range = element ? findPlaceholderRange(element.value, placeholderMarker(name)) : null;
    if (element && range) {
      element.focus();
      element.setSelectionRange(range.start, range.end);
    }
  };

  const applyPendingActions = async (): Promise<void> => {
    const { priority, add_tags: tags } = pending.current;
    pending.current = {};
    const newTags = (tags ?? []).filter((tag) => !ticket.tags.includes(tag));
    if (!priority && newTags.length === 0) {
      return;
    }
    if (outbox) {
      // Through the outbox, after the message it follows (docs/offline.md): a one-ticket bulk change, whose
      // `add_tags` adds to the tags the ticket has when it lands, so a colleague's tag meanwhile is kept and
      // nothing conflicts. Offline it waits with the reply; a refusal stays in the sync indicator.
      await outbox.enqueue({
        kind: 'bulk',
        body: {
          ticket_ids: [ticket.id],
          changes: {
            ...(priority ? { priority } : {}),
            ...(newTags.length > 0 ? { add_tags: newTags } : {}),
          },
        },
      });
      return;
    }
    await api.updateTicket(ticket.id, {
      ...(priority ? { priority } : {}),
      ...(newTags.length > 0 ? { tags: [...ticket.tags, ...newTags] } : {}),
    });
  };

  return {
    isAvailable: store !== null,
    isOpen: anchor !== null,
    onKeyDown,
    onInsert,
    close,
    unfilled,
    selectUnfilled,
    applyPendingActions,
  };
}

import type { Ticket } from '../../shared/domain/schemas';
import {
  countTicketsNeedingReply,
  detectAssignment,
  detectCustomerReply,
  findSlaAtRisk,
  type AttentionEvent,
} from '../../shared/desktop/attention';
import type { DesktopApi, DesktopNotification } from '../../shared/ipc';
import type { TicketStore } from '../features/queue/ticket-store';
import type { TicketEvents } from '../live/ticket-events';
import { createLogger } from '../logging/logger';

const logger = createLogger('desktop');

/** How often my tickets' SLA clocks are checked for "at risk" (they cross the line while nothing changes). */
export const slaCheckIntervalMs = 60_000;

/** How often the composer is looked at besides typing (sending clears it without an input event). */
const draftCheckIntervalMs = 2_000;

/** The composer's text area (its reply or note being written holds the "restart to update" prompt). */
const composerSelector = '[data-testid="composer-body"]';
/** The ticket open in the pane: the selected queue row. */
const selectedRowSelector = '[data-testid="queue-row"][aria-selected="true"]';

/** Translated notification texts. */
export type NotificationTexts = (event: AttentionEvent) => { title: string; body: string };

/** What the bridge between the console and the desktop shell works with. */
export interface DesktopShellOptions {
  desktop: DesktopApi;
  store: TicketStore;
  ticketEvents: TicketEvents;
  agentId: string;
  texts: NotificationTexts;
  /** The clock (injectable for tests). */
  now?: () => number;
  /** The page (injectable for tests). */
  document?: Document;
}

/**
 * Feeds the desktop shell from what the console already receives: the badge (my open tickets needing a
 * reply) from the queue store, notifications from live changes (a ticket assigned to me, a customer reply
 * on my ticket, an SLA at risk; decided by `shared/desktop/attention.ts`, muted and de-duplicated by the
 * shell), whether a reply is being written (for the update prompt) and the open ticket's language (for
 * spell check). Returns the function that stops it.
 */
export function connectDesktopShell(options: DesktopShellOptions): () => void {
  const { desktop, store, ticketEvents, agentId, texts } = options;
  const now = options.now ?? (() => Date.now());
  const page = options.document ?? document;
  const startedAt = now();
  let known: Map<string, Ticket> | null = null;
  let lastBadge = -1;
  let lastDraftState = false;
  let lastLanguage: string | null | undefined;

  const notify = (event: AttentionEvent): void => {
    const notification: DesktopNotification = {
      kind: event.kind,
      ticketNumber: event.ticketNumber,
      key: event.key,
      ...texts(event),
    };
    desktop
      .showNotification(notification)
      .catch((error: unknown) => logger.warn('notification failed', error));
  };

  /** SLA moments already seen: those at risk when the console opened are in the queue, not news. */
  const seenSlaKeys = new Set<string>();
  const checkSla = (isBaseline = false): void => {
    for (const event of findSlaAtRisk(store.getSnapshot().tickets, agentId, now())) {
      if (!seenSlaKeys.has(event.key)) {
        seenSlaKeys.add(event.key);
        if (!isBaseline) {
          notify(event);
        }
      }
    }
  };

  const onStoreChange = (): void => {
    const { tickets, isLoaded } = store.getSnapshot();
    if (!isLoaded) {
      return;
    }
    const count = countTicketsNeedingReply(tickets, agentId);
    if (count !== lastBadge) {
      lastBadge = count;
      desktop.setBadgeCount(count).catch((error: unknown) => logger.warn('badge failed', error));
    }
    // The first full load is the baseline: tickets already mine then are not "new assignments".
    if (known) {
      for (const ticket of tickets) {
        const previous = known.get(ticket.id);
        if (previous !== ticket) {
          const event = detectAssignment({ previous, current: ticket, agentId });
          if (event) {
            notify(event);
          }
        }
      }
    }
    const isBaseline = known === null;
    known = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    checkSla(isBaseline);
  };

  const reportDraftState = (): void => {
    const hasUnsentDraft = [...page.querySelectorAll<HTMLTextAreaElement>(composerSelector)].some(
      (area) => area.value.trim() !== '',
    );
    if (hasUnsentDraft !== lastDraftState) {
      lastDraftState = hasUnsentDraft;
      desktop
        .setDraftState(hasUnsentDraft)
        .catch((error: unknown) => logger.warn('draft state failed', error));
    }
  };

  const onFocusIn = (event: FocusEvent): void => {
    if (!(event.target instanceof Element) || !event.target.matches(composerSelector)) {
      return;
    }
    const ticketId = page.querySelector(selectedRowSelector)?.getAttribute('data-ticket-id');
    const ticket = ticketId ? store.get(ticketId) : undefined;
    if (!ticket) {
      return;
    }
    const language = ticket.language ?? ticket.requester.locale;
    if (language !== lastLanguage) {
      lastLanguage = language;
      desktop
        .setSpellCheckLanguage(
          language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : null,
        )
        .catch((error: unknown) => logger.warn('spell check language failed', error));
    }
  };

  const unsubscribeStore = store.subscribe(onStoreChange);
  const unsubscribeEvents = ticketEvents.subscribe((detail) => {
    const event = detectCustomerReply({ detail, agentId, since: startedAt });
    if (event) {
      notify(event);
    }
  });
  page.addEventListener('input', reportDraftState, true);
  page.addEventListener('focusout', reportDraftState, true);
  page.addEventListener('focusin', onFocusIn, true);
  const timer = setInterval(() => checkSla(), slaCheckIntervalMs);
  // Sending clears the text area without an input event: look again shortly after.
  const draftTimer = setInterval(reportDraftState, draftCheckIntervalMs);
  onStoreChange();

  return () => {
    unsubscribeStore();
    unsubscribeEvents();
    page.removeEventListener('input', reportDraftState, true);
    page.removeEventListener('focusout', reportDraftState, true);
    page.removeEventListener('focusin', onFocusIn, true);
    clearInterval(timer);
    clearInterval(draftTimer);
    if (lastDraftState) {
      desktop.setDraftState(false).catch(() => undefined);
    }
    desktop.setBadgeCount(0).catch(() => undefined);
  };
}

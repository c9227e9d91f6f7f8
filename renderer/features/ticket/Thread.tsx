import { useEffect, useMemo, useRef, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistKey } from '../../../shared/checklist/items';
import type { AttachmentSummary, TicketDetail } from '../../../shared/domain/schemas';
import type { MessageKind } from '../../../shared/domain/vocabulary';
import { formatDateTime, formatRelativeTime } from '../../i18n/format';
import { isPendingMessageId } from '../../sync/optimistic';
import { initialsOf } from '../layout/TopBar';
import { AttachmentList } from './Attachments';
import { SafeContent } from './SafeContent';

/** How close (px) to the end of the thread the agent must have been to count as reading the end. */
const endSlackPx = 48;

/**
 * Whether the agent was reading the end of the thread before the newest entry (just rendered, right before
 * `marker`) was added: the area is scrolled, and the end minus that entry was within its view.
 */
function wasReadingTheEnd(marker: HTMLElement): boolean {
  let container = marker.parentElement;
  while (container && !/(auto|scroll)/.test(getComputedStyle(container).overflowY)) {
    container = container.parentElement;
  }
  // At the very top the agent is reading the checklist (where the pane opens), not following the thread:
  // a short thread's end is in view there too, but what arrives (the whole thread after the cached first
  // message, a live reply) must not scroll the checklist away.
  if (!container || container.scrollTop === 0) {
    return false;
  }
  const added = marker.previousElementSibling?.getBoundingClientRect().height ?? 0;
  return (
    marker.getBoundingClientRect().bottom - added <= container.getBoundingClientRect().bottom + endSlackPx
  );
}

/** One entry of the thread as displayed: the opening body or a message. */
export interface ThreadEntry {
  id: string;
  kind: MessageKind;
  author: string;
  body: string;
  createdAt: string;
  /** Checklist keys this customer message newly provided. */
  provided: readonly ChecklistKey[];
  attachments: readonly AttachmentSummary[];
  /** The ticket the message was written on, when a merge brought it here (docs/merging.md). */
  originTicketId?: string | null;
  /** The agent who wrote it (replies and notes). */
  authorAgentId?: string | null;
}

/** A stretch of one entry's text to mark (checklist evidence); `request` changes with every click. */
export interface ThreadHighlight {
  entryId: string;
  start: number;
  length: number;
  request: number;
}

/** The id the thread gives the ticket's opening request (it is not a message of its own). */
export function openingEntryId(ticketId: string): string {
  return `${ticketId}:opening`;
}

/**
 * The thread in time order: the ticket's opening body (from the customer) and every message, by when each
 * was written. After a merge the target's thread holds the sources' openings and messages at their own
 * times, which can be earlier than the target's opening (a newer ticket kept as the target), so the
 * opening is sorted with the rest; entries of the same time keep the service's order.
 */
export function threadEntries(
  detail: TicketDetail,
  labels: { customer: string; agent: string },
): ThreadEntry[] {
  const requester = detail.requester.name ?? detail.requester.email ?? labels.customer;
  // Attachments without a message came with the opening request.
  const attachmentsOf = (messageId: string | null): AttachmentSummary[] =>
    detail.attachments.filter((attachment) => attachment.message_id === messageId);
  const entries: ThreadEntry[] = [
    {
      id: openingEntryId(detail.id),
      kind: 'customer',
      author: requester,
      body: detail.body,
      createdAt: detail.created_at,
      provided: [],
      attachments: attachmentsOf(null),
    },
    ...detail.messages.map((message) => ({
      id: message.id,
      kind: message.kind,
      author: message.author_name ?? (message.kind === 'customer' ? requester : labels.agent),
      body: message.body,
      createdAt: message.created_at,
      provided: message.checklist_provided ?? [],
      attachments: attachmentsOf(message.id),
      originTicketId: message.merged_from_ticket_id ?? null,
      authorAgentId: message.author_agent_id,
    })),
  ];
  // Array sort is stable: equal times keep their order.
  return entries.sort((first, second) => Date.parse(first.createdAt) - Date.parse(second.createdAt));
}

/**
 * The conversation: customer messages, public replies and internal notes, each visually distinct (notes
 * on a yellow background with an "Internal note" label). All text goes through safe-content.
 */
export function Thread({
  detail,
  nowMs,
  highlight = null,
  originNumbers,
  entryExtras,
  revealEnd = 0,
  selfAgentId,
}: {
  detail: TicketDetail;
  nowMs: number;
  highlight?: ThreadHighlight | null;
  /** Changes (from 0) whenever the pane wants the last message on screen: the composer was filled. */
  revealEnd?: number;
  /** Ticket numbers of merged messages' origins ("From #1042"). */
  originNumbers?: ReadonlyMap<string, number>;
  /** More to show under an entry's header, by entry id (the e-mail channel's details: features/mail). */
  entryExtras?: ReadonlyMap<string, ReactNode>;
  /** The signed-in agent: their own new message always brings the end into view. */
  selfAgentId?: string;
}): ReactElement {
  const { t, i18n } = useTranslation();
  const end = useRef<HTMLDivElement | null>(null);
  const mark = useRef<HTMLElement | null>(null);
  const entries = threadEntries(detail, {
    customer: t('ticket.thread.customer'),
    agent: t('ticket.thread.agent'),
  });
  // Flagged links (docs/security.md, "Link warnings") stay text with their reason, never clickable.
  const flaggedLinks = useMemo(
    () =>
      new Map(
        (detail.link_warnings ?? []).map((warning) => [warning.url, t(`safety.reasons.${warning.reason}`)]),
      ),
    [detail.link_warnings, t],
  );

  // The pane opens at the top (the checklist in view). A message added while it is open (the agent's own,
  // a live arrival) brings the end into view only when the agent was reading the end already, or sent it
  // from this pane: a fresher copy of the ticket (the whole thread after the cached first message) never moves
  // the agent away from the checklist, even when its last reply is theirs from last week.
  const lastEntry = entries.at(-1);
  const lastEntryId = lastEntry?.id;
  const lastIsSelfAuthored =
    lastEntry !== undefined && selfAgentId !== undefined && lastEntry.authorAgentId === selfAgentId;
  const shownLast = useRef(lastEntryId);
  useEffect(() => {
    const previous = shownLast.current;
    if (lastEntryId === previous) {
      return;
    }
    shownLast.current = lastEntryId;
    // Every send shows a pending copy first (the outbox); its acknowledged message then replaces it.
    const sentFromHere =
      lastEntryId !== undefined &&
      (isPendingMessageId(lastEntryId) ||
        (lastIsSelfAuthored && previous !== undefined && isPendingMessageId(previous)));
    const marker = end.current;
    if (marker && (sentFromHere || wasReadingTheEnd(marker))) {
      marker.scrollIntoView?.({ block: 'end' });
    }
  }, [lastEntryId, lastIsSelfAuthored]);
  useEffect(() => {
    if (revealEnd > 0) {
      end.current?.scrollIntoView?.({ block: 'end' });
    }
  }, [revealEnd]);

  useEffect(() => {
    if (highlight) {
      mark.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
  }, [highlight]);

  return (
    <section className="thread" aria-label={t('ticket.thread.label')}>
      {entries.map((entry, index) => (
        <article
          key={entry.id}
          className={`message message--${entry.kind}`}
          data-testid="thread-message"
          data-kind={entry.kind}
          data-pending={isPendingMessageId(entry.id) ? 'true' : undefined}
        >
          <header className="message__header">
            <span className={`avatar avatar--small avatar--${entry.kind}`} aria-hidden="true">
              {initialsOf(entry.author)}
            </span>
            <SafeContent as="span" className="message__author" text={entry.author} />
            {entry.kind === 'note' ? <span className="message__label">{t('ticket.thread.note')}</span> : null}
            {entry.kind === 'reply' ? (
              <span className="message__label message__label--reply">{t('ticket.thread.reply')}</span>
            ) : null}
            {index === 0 ? <span className="message__meta">{t('ticket.thread.opening')}</span> : null}
            {isPendingMessageId(entry.id) ? (
              // Still in the outbox: not sent until the service acknowledges it (docs/offline.md).
              <span className="message__label message__label--waiting" data-testid="message-waiting">
                {t('agentDay.waitingToSend')}
              </span>
            ) : null}
            {entry.originTicketId ? (
              <span
                className="message__origin"
                data-testid="message-origin"
                data-ticket-id={entry.originTicketId}
              >
                {originNumbers?.has(entry.originTicketId)
                  ? t('duplicates.fromTicket', { number: String(originNumbers.get(entry.originTicketId)) })
                  : t('duplicates.fromMergedTicket')}
              </span>
            ) : null}
            {entry.provided.length > 0 ? (
              <span className="message__provided" data-testid="message-provided">
                {t('ticket.thread.provided', {
                  items: entry.provided.map((key) => t(`checklist.items.${key}`)).join(', '),
                })}
              </span>
            ) : null}
            <time
              className="message__time"
              dateTime={entry.createdAt}
              title={formatDateTime(entry.createdAt, i18n.language)}
            >
              {formatRelativeTime(entry.createdAt, nowMs, i18n.language)}
            </time>
          </header>
          {entryExtras?.get(entry.id) ?? null}
          {highlight && highlight.entryId === entry.id ? (
            <div className="message__body">
              <SafeContent
                as="span"
                text={entry.body.slice(0, highlight.start)}
                flaggedLinks={flaggedLinks}
              />
              <mark className="message__evidence" data-testid="evidence-highlight" ref={mark}>
                <SafeContent
                  as="span"
                  text={entry.body.slice(highlight.start, highlight.start + highlight.length)}
                  flaggedLinks={flaggedLinks}
                />
              </mark>
              <SafeContent
                as="span"
                text={entry.body.slice(highlight.start + highlight.length)}
                flaggedLinks={flaggedLinks}
              />
            </div>
          ) : (
            <SafeContent className="message__body" text={entry.body} flaggedLinks={flaggedLinks} />
          )}
          <AttachmentList attachments={entry.attachments} />
        </article>
      ))}
      <div ref={end} />
    </section>
  );
}

import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/domain/schemas';
import type { MessageKind } from '../../../shared/domain/vocabulary';
import { formatDateTime, formatRelativeTime } from '../../i18n/format';
import { initialsOf } from '../layout/TopBar';
import { SafeContent } from './SafeContent';

/** One entry of the thread as displayed: the opening body or a message. */
interface ThreadEntry {
  id: string;
  kind: MessageKind;
  author: string;
  body: string;
  createdAt: string;
}

/** The thread in order: the ticket's opening body (from the customer), then every message. */
export function threadEntries(
  detail: TicketDetail,
  labels: { customer: string; agent: string },
): ThreadEntry[] {
  const requester = detail.requester.name ?? detail.requester.email ?? labels.customer;
  return [
    {
      id: `${detail.id}:opening`,
      kind: 'customer',
      author: requester,
      body: detail.body,
      createdAt: detail.created_at,
    },
    ...detail.messages.map((message) => ({
      id: message.id,
      kind: message.kind,
      author: message.author_name ?? (message.kind === 'customer' ? requester : labels.agent),
      body: message.body,
      createdAt: message.created_at,
    })),
  ];
}

/**
 * The conversation: customer messages, public replies and internal notes, each visually distinct (notes
 * on a yellow background with an "Internal note" label). All text goes through safe-content.
 */
export function Thread({ detail, nowMs }: { detail: TicketDetail; nowMs: number }): ReactElement {
  const { t, i18n } = useTranslation();
  const end = useRef<HTMLDivElement | null>(null);
  const entries = threadEntries(detail, {
    customer: t('ticket.thread.customer'),
    agent: t('ticket.thread.agent'),
  });

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [entries.length]);

  return (
    <section className="thread" aria-label={t('ticket.thread.label')}>
      {entries.map((entry, index) => (
        <article
          key={entry.id}
          className={`message message--${entry.kind}`}
          data-testid="thread-message"
          data-kind={entry.kind}
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
            <time
              className="message__time"
              dateTime={entry.createdAt}
              title={formatDateTime(entry.createdAt, i18n.language)}
            >
              {formatRelativeTime(entry.createdAt, nowMs, i18n.language)}
            </time>
          </header>
          <SafeContent className="message__body" text={entry.body} />
        </article>
      ))}
      <div ref={end} />
    </section>
  );
}

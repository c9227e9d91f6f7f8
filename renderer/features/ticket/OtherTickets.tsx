import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { useConsole } from '../../app/console-context';
import { formatRelativeTime } from '../../i18n/format';
import { StatusPill } from '../../ui/StatusPill';
import { useMergeUndoEntries } from '../duplicates/use-merge-undo-entries';
import { SafeContent } from './SafeContent';

const otherTicketsLimit = 20;

/** The customer's other tickets among `tickets`, newest first, at most the panel's limit. */
export function otherTicketsOf(
  tickets: readonly Ticket[],
  customerId: string | null,
  currentId: string,
): Ticket[] {
  return tickets
    .filter((ticket) => ticket.customer_id === customerId && ticket.id !== currentId)
    .sort((left, right) => right.created_at.localeCompare(left.created_at))
    .slice(0, otherTicketsLimit);
}

/**
 * The customer's other tickets, newest first: an agent sees at once whether this is the third message about
 * the same withdrawal, or what was promised last time. Clicking one opens it.
 */
export function OtherTickets({
  detail,
  nowMs,
  onOpenTicket,
}: {
  detail: TicketDetail;
  nowMs: number;
  onOpenTicket: (ticketId: string) => void;
}): ReactElement | null {
  const { t, i18n } = useTranslation();
  const { api, store } = useConsole();
  const [tickets, setTickets] = useState<readonly Ticket[] | null>(null);
  const [failed, setFailed] = useState(false);
  // Offline the list comes from the queue's cached rows (the cache keeps no customer records of its own).
  const [isFromCache, setIsFromCache] = useState(false);
  const { restoringTicketIds } = useMergeUndoEntries();
  const customerId = detail.customer_id;
  const currentId = detail.id;
  // A merge or its undo bumps this ticket's version and changes the others' status: load them again then.
  const version = detail.version;

  useEffect(() => {
    let isCurrent = true;
    api
      .listTickets({ customer_id: customerId, limit: otherTicketsLimit + 1 })
      .then((list) => {
        if (isCurrent) {
          // Filtered here too: a service without the customer filter answers with everyone's tickets.
          setTickets(otherTicketsOf(list.tickets, customerId, currentId));
          setFailed(false);
          setIsFromCache(false);
        }
      })
      .catch(() => {
        if (isCurrent) {
          const cached = otherTicketsOf(store.getSnapshot().tickets, customerId, currentId);
          setTickets(cached);
          setIsFromCache(true);
          setFailed(cached.length === 0);
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [api, store, customerId, currentId, version]);

  return (
    <section className="other-tickets" data-testid="other-tickets" aria-label={t('ticket.otherTickets')}>
      <h3 className="ticket-section-title">
        {t('ticket.otherTickets')}
        {tickets && tickets.length > 0 ? ` (${tickets.length})` : ''}
      </h3>
      {failed ? (
        <p className="other-tickets__empty">{t('ticket.otherTicketsFailed')}</p>
      ) : tickets === null ? (
        <p className="other-tickets__empty">{t('ticket.loading')}</p>
      ) : tickets.length === 0 ? (
        <p className="other-tickets__empty">{t('ticket.noOtherTickets')}</p>
      ) : (
        <ul className="other-tickets__list" data-source={isFromCache ? 'cache' : 'service'}>
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <button
                type="button"
                className="other-tickets__item"
                data-testid="other-ticket"
                data-ticket-id={ticket.id}
                onClick={() => onOpenTicket(ticket.id)}
              >
                <span className="other-tickets__line">
                  <span className="other-tickets__number">#{ticket.number}</span>
                  <StatusPill status={ticket.status} label={t(`status.${ticket.status}`)} />
                  {restoringTicketIds.has(ticket.id) ? (
                    <span className="other-tickets__restoring" data-testid="other-ticket-restoring">
                      {t('offlineActions.restorePending')}
                    </span>
                  ) : null}
                  <span className="other-tickets__time">
                    {formatRelativeTime(ticket.created_at, nowMs, i18n.language)}
                  </span>
                </span>
                <SafeContent as="span" className="other-tickets__subject" text={ticket.subject} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

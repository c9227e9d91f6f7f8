import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { ticketsById } from '../../api/tickets-by-id';
import { useConsole } from '../../app/console-context';
import { StatusPill } from '../../ui/StatusPill';
import { SafeContent } from '../ticket/SafeContent';

/** At most this many related tickets are listed; the cluster size counts them all. */
const relatedLimit = 10;

/**
 * The incident cluster's size: the service's `incident.size` when detection sends one (an optional field
 * the wire may carry), else this ticket and its related ones.
 */
export function clusterSize(detail: Ticket, ownHistory = 0): number {
  const incident = (detail as Ticket & { incident?: { size?: unknown } | null }).incident;
  return typeof incident?.size === 'number' ? incident.size : detail.related.length - ownHistory + 1;
}

/** A related ticket of the same customer: its history (a solved or closed earlier ticket about the same issue). */
const isOwn = (detail: Ticket, ticket: Ticket): boolean => ticket.customer_id === detail.customer_id;

/** One related ticket: number, status and subject; opens it on click. */
function RelatedItem({
  ticket,
  onOpen,
}: {
  ticket: Ticket;
  onOpen: (ticketId: string) => void;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className="related-panel__item"
        data-testid="related-ticket"
        data-ticket-id={ticket.id}
        onClick={() => onOpen(ticket.id)}
      >
        <span className="related-panel__number">#{ticket.number}</span>
        <StatusPill status={ticket.status} label={t(`status.${ticket.status}`)} />
        <SafeContent as="span" className="related-panel__subject" text={ticket.subject} />
      </button>
    </li>
  );
}

/**
 * Other customers' tickets about the same problem (an incident cluster), best first, and apart from them the
 * customer's own solved or closed earlier tickets about it (history: never offered for a merge); opens one
 * on click.
 */
export function RelatedPanel({
  detail,
  onOpenTicket,
}: {
  detail: TicketDetail;
  onOpenTicket: (ticketId: string) => void;
}): ReactElement | null {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [tickets, setTickets] = useState<readonly Ticket[] | null>(null);
  const relatedIds = detail.related
    .slice(0, relatedLimit)
    .map((related) => related.id)
    .join(',');

  useEffect(() => {
    if (relatedIds === '') {
      return;
    }
    let isCurrent = true;
    // The list form: these tickets are only mentioned, not read (a detail read would count against the budget).
    ticketsById(api, relatedIds.split(','))
      .then((loaded) => {
        if (isCurrent) {
          setTickets(
            relatedIds
              .split(',')
              .map((id) => loaded.get(id))
              .filter((ticket): ticket is Ticket => ticket !== undefined),
          );
        }
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [api, relatedIds]);

  if (relatedIds === '') {
    return null;
  }
  const history = tickets?.filter((ticket) => isOwn(detail, ticket)) ?? [];
  const incident = tickets?.filter((ticket) => !isOwn(detail, ticket)) ?? null;
  const isHistoryOnly = incident !== null && incident.length === 0 && history.length > 0;
  return (
    <>
      {isHistoryOnly ? null : (
        <section
          className="related-panel"
          data-testid="related-panel"
          aria-label={t('duplicates.relatedTitle')}
        >
          <h3 className="ticket-section-title">{t('duplicates.relatedTitle')}</h3>
          <p className="related-panel__size" data-testid="related-size">
            {t('duplicates.relatedSize', { count: clusterSize(detail, history.length) })}
          </p>
          {incident === null ? (
            <p className="related-panel__muted">{t('duplicates.relatedLoading')}</p>
          ) : (
            <ul className="related-panel__list">
              {incident.map((ticket) => (
                <RelatedItem key={ticket.id} ticket={ticket} onOpen={onOpenTicket} />
              ))}
            </ul>
          )}
        </section>
      )}
      {history.length > 0 ? (
        <section
          className="related-panel"
          data-testid="related-history"
          aria-label={t('duplicateHistory.title')}
        >
          <h3 className="ticket-section-title">{t('duplicateHistory.title')}</h3>
          <ul className="related-panel__list">
            {history.map((ticket) => (
              <RelatedItem key={ticket.id} ticket={ticket} onOpen={onOpenTicket} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

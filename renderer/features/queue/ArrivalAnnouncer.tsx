import { useEffect, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Arrivals } from './arrivals';

/** What the announcement says about one ticket. */
export interface AnnouncedTicket {
  number: number;
  subject: string;
}

/** Props of the arrival announcer. */
export interface ArrivalAnnouncerProps {
  arrivals: Arrivals;
  /** The ticket an arrival id stands for, once the store holds it. */
  ticketOf: (ticketId: string) => AnnouncedTicket | undefined;
}

/**
 * A visually hidden polite live region that tells screen reader users about tickets arriving live (the
 * same arrivals the queue highlights). Polite, so it never interrupts what the agent is reading or typing;
 * several arrivals at once are announced as one count.
 */
export function ArrivalAnnouncer({ arrivals, ticketOf }: ArrivalAnnouncerProps): ReactElement {
  const { t } = useTranslation();
  const current = useSyncExternalStore(arrivals.subscribe, arrivals.getSnapshot);
  const announced = useRef(new Set<string>());
  const [message, setMessage] = useState('');
  useEffect(() => {
    const fresh = [...current].filter((id) => !announced.current.has(id));
    if (fresh.length === 0) {
      return;
    }
    for (const id of fresh) {
      announced.current.add(id);
    }
    const ticket = fresh.length === 1 ? ticketOf(fresh[0] as string) : undefined;
    setMessage(
      ticket
        ? t('a11y.newTicket', { number: String(ticket.number), subject: ticket.subject })
        : t('a11y.newTickets', { count: fresh.length }),
    );
  }, [current, ticketOf, t]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="arrival-announcer">
      {message}
    </div>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { TicketDetail } from '../../../shared/domain/schemas';
import type { TicketMail } from '../../../shared/mail/wire-schemas';
import { useConsole } from '../../app/console-context';

/** While a mail is on its way, how often its delivery state is read again. */
const pendingPollMs = 3000;

/**
 * The open ticket's e-mail side (`GET /api/tickets/:id/mail`), read again when the thread changes and, while
 * a mail is queued or being sent, every few seconds. Null until read, and for a service without it.
 */
export function useTicketMail(detail: TicketDetail | null): { mail: TicketMail | null; reload: () => void } {
  const { api } = useConsole();
  const [mail, setMail] = useState<TicketMail | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  const ticketId = detail?.id ?? null;
  const threadKey = detail === null ? '' : `${detail.messages.length}:${detail.updated_at}`;

  useEffect(() => {
    // Test doubles and older services may lack the e-mail endpoints: the thread shows without mail details.
    if (ticketId === null || typeof api.ticketMail !== 'function') {
      return undefined;
    }
    let isCurrent = true;
    api.ticketMail(ticketId).then(
      (fresh) => {
        if (isCurrent) {
          setMail(fresh);
        }
      },
      () => {
        // Offline, or a service without the e-mail channel: the thread shows without mail details.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, ticketId, threadKey, attempt]);

  const isPending =
    mail?.outbound.some((entry) => entry.state === 'queued' || entry.state === 'sending') ?? false;
  useEffect(() => {
    if (!isPending) {
      return undefined;
    }
    const timer = setTimeout(reload, pendingPollMs);
    return () => clearTimeout(timer);
  }, [isPending, mail, reload]);

  return { mail: mail !== null && ticketId !== null ? mail : null, reload };
}

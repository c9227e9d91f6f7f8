import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../app/console-context';
import { ticketLink } from '../queue/queue-location';
import './ticket-header-actions.css';

/** Props of TicketHeaderActions. */
export interface TicketHeaderActionsProps {
  number: number;
  /** Opens the queue view's next ticket; absent: no "Next ticket" button. */
  onOpenNext?: () => void;
}

/**
 * The ticket header's "Copy link" (the web route in browser mode, the desktop's deep link in the app: the
 * same `/tickets/<number>` route) and "Next ticket" (also `n` in the queue).
 */
export function TicketHeaderActions({ number, onOpenNext }: TicketHeaderActionsProps): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const [copied, setCopied] = useState<string | null>(null);
  const link = ticketLink(number, session.mode === 'browser' ? window.location.origin : null);
  const copy = (): void => {
    navigator.clipboard.writeText(link).then(
      () => setCopied(t('agentDay.linkCopied')),
      () => setCopied(t('agentDay.linkCopyFailed', { link })),
    );
  };
  return (
    <>
      {copied ? (
        <span className="ticket-header__copied" role="status" data-testid="ticket-link-copied">
          {copied}
        </span>
      ) : null}
      <button
        type="button"
        className="button button--ghost button--small"
        data-testid="ticket-copy-link"
        data-link={link}
        onClick={copy}
      >
        {t('agentDay.copyLink')}
      </button>
      {onOpenNext ? (
        <button
          type="button"
          className="button button--small"
          data-testid="ticket-next"
          title={t('agentDay.nextTicketHint')}
          onClick={onOpenNext}
        >
          {t('agentDay.nextTicket')}
        </button>
      ) : null}
    </>
  );
}

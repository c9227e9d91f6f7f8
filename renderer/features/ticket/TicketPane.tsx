import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { formatDateTime } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { StatusPill } from '../../ui/StatusPill';
import { Composer } from '../composer/Composer';
import { SlaCountdown } from '../sla/SlaCountdown';
import { SafeContent } from './SafeContent';
import { Thread } from './Thread';
import { TicketProperties } from './TicketProperties';
import { useTicketDetail } from './use-ticket-detail';
import './ticket.css';

/** The two SLA clocks the header shows, in order. */
const slaClocks = [
  { which: 'first_response', label: 'sla.firstResponse', testId: 'ticket-sla-first-response' },
  { which: 'resolution', label: 'sla.resolution', testId: 'ticket-sla-resolution' },
] as const;

/** Props of the ticket pane. */
export interface TicketPaneProps {
  ticketId: string;
  onClose: () => void;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** `ko` → "Korean" in the UI language (falls back to the code). */
function languageName(code: string, uiLanguage: string): string {
  let names = languageNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    languageNames.set(uiLanguage, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function formatBytes(size: number): string {
  return size < 1024
    ? `${size} B`
    : size < 1024 * 1024
      ? `${(size / 1024).toFixed(1)} KB`
      : `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** The open ticket beside the queue: header, editable properties, the thread and the composer. */
export function TicketPane({ ticketId, onClose }: TicketPaneProps): ReactElement {
  const { t } = useTranslation();
  const { detail, error, reload, applyTicket, appendMessage } = useTicketDetail(ticketId);
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <aside className="ticket-pane" data-testid="ticket-pane" aria-label={t('ticket.paneLabel')}>
      {detail ? (
        <>
          <TicketHeader detail={detail} nowMs={nowMs} onClose={onClose} />
          <TicketProperties detail={detail} onUpdated={applyTicket} />
          <div className="ticket-pane__scroll">
            {detail.redactions.length > 0 ? (
              <div className="ticket-notice">
                <Icon name="lock" size={14} />
                {t('ticket.redactions', {
                  kinds: detail.redactions.map((redaction) => redaction.kind).join(', '),
                })}
              </div>
            ) : null}
            <Thread detail={detail} nowMs={nowMs} />
            {detail.attachments.length > 0 ? (
              <section className="ticket-attachments" aria-label={t('ticket.attachments')}>
                <h3 className="ticket-section-title">{t('ticket.attachments')}</h3>
                <ul>
                  {detail.attachments.map((attachment) => (
                    <li key={attachment.id}>
                      <SafeContent as="span" text={attachment.name} />
                      <span className="ticket-attachments__size">{formatBytes(attachment.size)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
          <Composer ticket={detail} onSent={appendMessage} onTicketUpdated={applyTicket} />
        </>
      ) : error ? (
        <EmptyState icon="ticket" title={t('ticket.loadFailed', { message: error })}>
          <button type="button" className="button button--small" onClick={reload}>
            {t('ticket.retry')}
          </button>
        </EmptyState>
      ) : (
        <div className="ticket-pane__loading">{t('ticket.loading')}</div>
      )}
    </aside>
  );
}

function TicketHeader({
  detail,
  nowMs,
  onClose,
}: {
  detail: TicketDetail;
  nowMs: number;
  onClose: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation();
  return (
    <header className="ticket-header">
      <div className="ticket-header__top">
        <span className="ticket-header__number">#{detail.number}</span>
        <StatusPill status={detail.status} label={t(`status.${detail.status}`)} />
        <span className="ticket-header__spacer" />
        <IconButton icon="close" label={t('ticket.close')} onClick={onClose} />
      </div>
      <SafeContent as="h2" className="ticket-header__subject" testId="ticket-subject" text={detail.subject} />
      <dl className="ticket-meta">
        <div className="ticket-meta__item">
          <dt>{t('ticket.requester')}</dt>
          <dd>
            <SafeContent
              as="span"
              className="ticket-meta__strong"
              text={detail.requester.name ?? detail.requester.email}
            />
            {detail.requester.name ? (
              <SafeContent as="span" className="ticket-meta__muted" text={detail.requester.email} />
            ) : null}
          </dd>
        </div>
        <div className="ticket-meta__item">
          <dt>{t('ticket.language')}</dt>
          <dd>
            {detail.language ? languageName(detail.language, i18n.language) : t('ticket.unknownLanguage')}
          </dd>
        </div>
        {detail.sla
          ? slaClocks.map(({ which, label, testId }) => (
              <div className="ticket-meta__item" key={which}>
                <dt>{t(label)}</dt>
                <dd>
                  <SlaCountdown clock={detail.sla?.[which]} nowMs={nowMs} which={which} testId={testId} />
                </dd>
              </div>
            ))
          : null}
        <div className="ticket-meta__item">
          <dt>{t('ticket.created')}</dt>
          <dd>{formatDateTime(detail.created_at, i18n.language)}</dd>
        </div>
        {detail.device ? (
          <div className="ticket-meta__item">
            <dt>{t('ticket.device')}</dt>
            <dd>
              <SafeContent as="span" text={detail.device} />
            </dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}

import { IncidentBanner } from '../incidents/IncidentBanner';
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistKey } from '../../../shared/checklist/items';
import type { PresenceEntry } from '../../../shared/domain/workflow-schemas';
import type { Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { channelOfSource } from '../../../shared/domain/vocabulary';
import { useConsole } from '../../app/console-context';
import { formatDateTime, formatLanguageName } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { IconButton } from '../../ui/IconButton';
import { StatusPill } from '../../ui/StatusPill';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { locateEvidence } from '../checklist/checklist-model';
import { Composer, type ComposerPreset } from '../composer/Composer';
import { DuplicatesSection } from '../duplicates/DuplicatesSection';
import { RelatedPanel } from '../duplicates/RelatedPanel';
import { useMergeState } from '../duplicates/use-merge-state';
import { SlaCountdown } from '../sla/SlaCountdown';
import { TicketHeaderActions } from './TicketHeaderActions';
import { SafeContent } from './SafeContent';
import { RequesterBadge } from '../access-log/RequesterBadge';
import { OtherTickets } from './OtherTickets';
import { LinkWarningsList, SafetyBanner } from '../safety/SafetyBanner';
import { Thread, openingEntryId, threadEntries, type ThreadHighlight } from './Thread';
import { TicketPresence } from './TicketPresence';
import { TicketProperties } from './TicketProperties';
import { useTicketDetail } from './use-ticket-detail';
import { ChannelIcon, MailAddresses, mailExtrasByEntry } from '../mail/MailDetails';
import { useTicketMail } from '../mail/use-ticket-mail';
import type { TicketMail } from '../../../shared/mail/wire-schemas';
import { useTicketPresence } from './use-ticket-presence';
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
  /**
   * Opens another ticket (the customer's other tickets); the queue passes its own "open" so its selection
   * follows. Without it the pane switches to that ticket itself.
   */
  onOpenTicket?: (ticketId: string) => void;
  /** An agent's reply left the composer (sent or queued): the queue opens its next ticket. */
  onReplySent?: () => void;
  /** Opens the next ticket of the queue's view (the header's "Next ticket"). */
  onOpenNext?: () => void;
}

/** The open ticket beside the queue: header, editable properties, checklist, thread and composer. */
export function TicketPane({
  ticketId,
  onClose,
  onOpenTicket,
  onReplySent,
  onOpenNext,
}: TicketPaneProps): ReactElement {
  const [shownId, setShownId] = useState(ticketId);
  const [openedId, setOpenedId] = useState(ticketId);
  if (openedId !== ticketId) {
    // The queue opened another ticket: follow it (render-time reset, no effect needed).
    setOpenedId(ticketId);
    setShownId(ticketId);
  }
  return (
    <TicketView
      key={shownId}
      ticketId={shownId}
      onClose={onClose}
      onOpenTicket={onOpenTicket ?? setShownId}
      onReplySent={onReplySent}
      onOpenNext={onOpenNext}
    />
  );
}

/** A piece of checklist evidence marked in the thread. */
interface EvidenceHighlight extends ThreadHighlight {
  key: ChecklistKey;
}

function TicketView({
  ticketId,
  onClose,
  onOpenTicket,
  onReplySent,
  onOpenNext,
}: {
  ticketId: string;
  onClose: () => void;
  onOpenTicket: (ticketId: string) => void;
  onReplySent?: () => void;
  onOpenNext?: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const { detail, error, reload, applyTicket, appendMessage, replaceDetail, isPartlyLoaded } =
    useTicketDetail(ticketId);
  const [nowMs, setNowMs] = useState(() => Date.now());
  // The ticket as the agent last reviewed it (opened, pressed "Review", or sent): the stale-reply guard's base.
  const [reviewedState, setReviewed] = useState<TicketDetail | null>(null);
  const reviewed = reviewedState ?? detail;
  const [isTyping, setIsTyping] = useState(false);
  const [highlight, setHighlight] = useState<EvidenceHighlight | null>(null);
  const [preset, setPreset] = useState<ComposerPreset | null>(null);
  // Bumped when the composer is filled (a missing-info request, an FAQ reply): the thread shows its last
  // message, the one being answered, above the reply box.
  const [revealEnd, setRevealEnd] = useState(0);
  const requestCounter = useRef(0);
  const viewers = useTicketPresence(ticketId, isTyping);
  const mergeState = useMergeState(detail);
  const ticketMail = useTicketMail(detail);
  const mailExtras = detail
    ? mailExtrasByEntry(ticketMail.mail, openingEntryId(detail.id), ticketMail.reload)
    : undefined;

  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (detail && reviewedState === null) {
    // The first copy the agent sees is what they reviewed (render-time initialisation, no extra effect).
    setReviewed(detail);
  }

  // The agent's own change: if they had seen everything before it, they have seen everything after it.
  const applyOwnUpdate = useCallback(
    (ticket: Ticket) => {
      if (detail && reviewed && reviewed.version >= detail.version) {
        setReviewed({ ...detail, ...ticket });
      }
      applyTicket(ticket);
    },
    [detail, reviewed, applyTicket],
  );
  const markReviewed = useCallback(
    (fresh: TicketDetail) => {
      replaceDetail(fresh);
      setReviewed(fresh);
    },
    [replaceDetail],
  );

  const showEvidence = (key: ChecklistKey, evidence: string): void => {
    if (!detail) {
      return;
    }
    const location = locateEvidence(threadEntries(detail, { customer: '', agent: '' }), evidence);
    requestCounter.current += 1;
    setHighlight(location ? { key, ...location, request: requestCounter.current } : null);
  };
  const askMissingInfo = (body: string): void => {
    requestCounter.current += 1;
    setPreset({ id: requestCounter.current, kind: 'reply', body, setStatus: 'awaiting_customer' });
  };

  return (
    <aside className="ticket-pane" data-testid="ticket-pane" aria-label={t('ticket.paneLabel')}>
      {detail ? (
        <>
          <TicketHeader
            detail={detail}
            nowMs={nowMs}
            onClose={onClose}
            viewers={viewers}
            selfAgentId={session.agent.id}
            onOpenNext={onOpenNext}
            mail={ticketMail.mail}
          />
          <IncidentBanner ticketId={detail.id} version={detail.version} />
          <TicketProperties detail={detail} onUpdated={applyOwnUpdate} />
          <div className="ticket-pane__scroll">
            {isPartlyLoaded ? (
              <div className="ticket-notice" role="status" data-testid="thread-partly-loaded">
                {t('agentPane.partlyLoaded')}
              </div>
            ) : null}
            <DuplicatesSection
              detail={detail}
              mergeState={mergeState}
              nowMs={nowMs}
              onOpenTicket={onOpenTicket}
              onChanged={(fresh) => (fresh ? replaceDetail(fresh) : reload())}
            />
            <SafetyBanner detail={detail} />
            <LinkWarningsList detail={detail} />
            <ChecklistPanel
              detail={detail}
              onUpdated={applyOwnUpdate}
              onShowEvidence={showEvidence}
              shownKey={highlight?.key ?? null}
              onAskMissingInfo={askMissingInfo}
            />
            <div className="ticket-body">
              <Thread
                detail={detail}
                nowMs={nowMs}
                highlight={highlight}
                originNumbers={mergeState.numbers}
                entryExtras={mailExtras}
                revealEnd={revealEnd}
                selfAgentId={session.agent.id}
              />
              <RelatedPanel detail={detail} onOpenTicket={onOpenTicket} />
              <OtherTickets detail={detail} nowMs={nowMs} onOpenTicket={onOpenTicket} />
            </div>
          </div>
          <Composer
            key={detail.id}
            ticket={detail}
            reviewed={reviewed ?? detail}
            onSent={appendMessage}
            onRefreshed={replaceDetail}
            onReviewed={markReviewed}
            preset={preset}
            onTypingChange={setIsTyping}
            onDelivered={(kind) => (kind === 'reply' ? onReplySent?.() : undefined)}
            onFilled={() => setRevealEnd((value) => value + 1)}
          />
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
  viewers,
  selfAgentId,
  onOpenNext,
  mail = null,
}: {
  detail: TicketDetail;
  nowMs: number;
  onClose: () => void;
  viewers: readonly PresenceEntry[];
  selfAgentId: string;
  onOpenNext?: () => void;
  /** The ticket's e-mail side (features/mail), when read. */
  mail?: TicketMail | null;
}): ReactElement {
  const { t, i18n } = useTranslation();
  return (
    <header className="ticket-header">
      <div className="ticket-header__top">
        <ChannelIcon channel={mail?.channel ?? detail.channel ?? channelOfSource(detail.source)} />
        <span className="ticket-header__number">#{detail.number}</span>
        <StatusPill status={detail.status} label={t(`status.${detail.status}`)} />
        <span className="ticket-header__spacer" />
        <TicketPresence viewers={viewers} selfAgentId={selfAgentId} />
        <TicketHeaderActions number={detail.number} onOpenNext={onOpenNext} />
        <IconButton icon="close" label={t('ticket.close')} onClick={onClose} />
      </div>
      <SafeContent as="h2" className="ticket-header__subject" testId="ticket-subject" text={detail.subject} />
      {mail ? <MailAddresses mail={mail} /> : null}
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
            <RequesterBadge requester={detail.requester} />
          </dd>
        </div>
        <div className="ticket-meta__item">
          <dt>{t('ticket.language')}</dt>
          <dd>
            {detail.language
              ? formatLanguageName(detail.language, i18n.language)
              : t('ticket.unknownLanguage')}
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

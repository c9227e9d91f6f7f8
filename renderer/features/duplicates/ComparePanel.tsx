import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import { StatusPill } from '../../ui/StatusPill';
import { SafeContent } from '../ticket/SafeContent';

/** At most this many likely duplicates are loaded side by side (detection lists the best first). */
const compareLimit = 5;

function TicketColumn({ ticket, heading }: { ticket: TicketDetail; heading: string }): ReactElement {
  const { t, i18n } = useTranslation();
  return (
    <article className="duplicate-compare__column" data-ticket-id={ticket.id}>
      <header className="duplicate-compare__heading">
        <span className="duplicate-compare__number">#{ticket.number}</span>
        <StatusPill status={ticket.status} label={t(`status.${ticket.status}`)} />
        <span className="duplicate-compare__muted">{heading}</span>
      </header>
      <div className="duplicate-compare__muted">{formatDateTime(ticket.created_at, i18n.language)}</div>
      <SafeContent as="div" className="duplicate-compare__subject" text={ticket.subject} />
      <SafeContent className="duplicate-compare__body" text={ticket.body} />
      <div className="duplicate-compare__muted">
        {t('duplicates.messages', { count: ticket.messages.length })}
        {ticket.tags.length > 0 ? ` · ${ticket.tags.join(', ')}` : ''}
      </div>
    </article>
  );
}

/**
 * This ticket beside each likely duplicate (best first, one at a time), so the agent can judge before
 * merging; "Merge…" opens the dialog for the pair, "Merge all" for the whole cluster, and "Not a
 * duplicate" dismisses the shown one (recorded for the Metrics page's merge acceptance per language).
 */
export function ComparePanel({
  detail,
  onMerge,
  onDismissed,
}: {
  detail: TicketDetail;
  onMerge: (tickets: readonly Ticket[]) => void;
  /** The service stored the agent's "not a duplicate" on `duplicateId`. */
  onDismissed: (duplicateId: string) => void;
}): ReactElement {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [candidates, setCandidates] = useState<readonly TicketDetail[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [chosen, setChosen] = useState(0);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [dismissFailure, setDismissFailure] = useState<string | null>(null);
  const dismiss = async (duplicateId: string): Promise<void> => {
    setDismissing(duplicateId);
    setDismissFailure(null);
    try {
      await api.dismissDuplicate(detail.id, duplicateId);
      setChosen(0);
      onDismissed(duplicateId);
    } catch (error) {
      setDismissFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setDismissing(null);
    }
  };
  const duplicateIds = detail.possible_duplicates
    .slice(0, compareLimit)
    .map((duplicate) => duplicate.id)
    .join(',');

  useEffect(() => {
    let isCurrent = true;
    Promise.all(duplicateIds.split(',').map((id) => api.getTicket(id)))
      .then((loaded) => {
        if (isCurrent) {
          // A duplicate merged elsewhere meanwhile is no longer a candidate.
          setCandidates(loaded.filter((ticket) => !ticket.merged_into_ticket_id));
        }
      })
      .catch((error: unknown) => {
        if (isCurrent) {
          setFailure(error instanceof Error ? error.message : String(error));
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [api, duplicateIds]);

  if (failure !== null) {
    return <p className="duplicate-compare__status">{t('duplicates.compareFailed', { message: failure })}</p>;
  }
  if (candidates === null) {
    return <p className="duplicate-compare__status">{t('duplicates.compareLoading')}</p>;
  }
  const other = candidates[Math.min(chosen, candidates.length - 1)];
  if (other === undefined) {
    return <p className="duplicate-compare__status">{t('duplicates.compareFailed', { message: '—' })}</p>;
  }
  const scoreOf = (id: string): number =>
    Math.round((detail.possible_duplicates.find((duplicate) => duplicate.id === id)?.score ?? 0) * 100);
  return (
    <section
      className="duplicate-compare"
      data-testid="duplicate-compare-view"
      aria-label={t('duplicates.compareLabel')}
    >
      {candidates.length > 1 ? (
        <div className="duplicate-compare__choices" role="tablist">
          {candidates.map((candidate, index) => (
            <button
              key={candidate.id}
              type="button"
              role="tab"
              aria-selected={candidate.id === other.id}
              className="duplicate-compare__choice"
              onClick={() => setChosen(index)}
            >
              #{candidate.number} · {t('duplicates.score', { score: String(scoreOf(candidate.id)) })}
            </button>
          ))}
        </div>
      ) : null}
      <div className="duplicate-compare__columns">
        <TicketColumn ticket={detail} heading={t('duplicates.thisTicket')} />
        <TicketColumn ticket={other} heading={t('duplicates.score', { score: String(scoreOf(other.id)) })} />
      </div>
      <div className="duplicate-compare__actions">
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="merge-open"
          onClick={() => onMerge([detail, other])}
        >
          {t('duplicates.mergeOpen')}
        </button>
        {candidates.length > 1 ? (
          <button
            type="button"
            className="button button--small"
            data-testid="merge-open-all"
            onClick={() => onMerge([detail, ...candidates])}
          >
            {t('duplicates.mergeAll', { count: candidates.length + 1 })}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--ghost"
          data-testid="duplicate-dismiss"
          disabled={dismissing !== null}
          onClick={() => void dismiss(other.id)}
        >
          {t('quality.dismiss.button', { number: String(other.number) })}
        </button>
      </div>
      {dismissFailure !== null ? (
        <p className="duplicate-compare__status" role="alert">
          {t('quality.dismiss.failed', { message: dismissFailure })}
        </p>
      ) : null}
    </section>
  );
}

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

/** Solved and closed tickets are history: a merge cannot take them (docs/duplicates.md "Status and merges"). */
export function isFinished(ticket: Pick<TicketDetail, 'status'>): boolean {
  return ticket.status === 'solved' || ticket.status === 'closed';
}

/**
 * The listed duplicates a merge can still take, loaded (a ticket's list was computed at intake and may have
 * aged): a solved or closed one is left out (the related panel lists it as the customer's history), one
 * merged away since is replaced by its merge target while that is open and not this ticket itself.
 * `standIns` maps each such target to the listed ticket it stands in for.
 */
export async function mergeCandidates(
  ticketId: string,
  listedIds: readonly string[],
  load: (id: string) => Promise<TicketDetail>,
): Promise<{ candidates: TicketDetail[]; standIns: Map<string, string> }> {
  const loaded = await Promise.all(listedIds.map(load));
  const candidates: TicketDetail[] = [];
  const standIns = new Map<string, string>();
  const seen = new Set([ticketId]);
  for (const ticket of loaded) {
    let candidate: TicketDetail | null = ticket;
    if (ticket.merged_into_ticket_id) {
      const targetId = ticket.merged_into_ticket_id;
      candidate = seen.has(targetId) || listedIds.includes(targetId) ? null : await load(targetId);
      if (candidate !== null) {
        standIns.set(candidate.id, ticket.id);
      }
    }
    if (
      candidate !== null &&
      !isFinished(candidate) &&
      !candidate.merged_into_ticket_id &&
      !seen.has(candidate.id)
    ) {
      seen.add(candidate.id);
      candidates.push(candidate);
    }
  }
  return { candidates, standIns };
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
  // A merge target shown in place of the ticket merged into it: the score is the listed ticket's.
  const [standIns, setStandIns] = useState<ReadonlyMap<string, string>>(new Map());
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
    mergeCandidates(detail.id, duplicateIds.split(','), (id) => api.getTicket(id))
      .then((loaded) => {
        if (isCurrent) {
          setStandIns(loaded.standIns);
          setCandidates(loaded.candidates);
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
  }, [api, detail.id, duplicateIds]);

  if (failure !== null) {
    return <p className="duplicate-compare__status">{t('duplicates.compareFailed', { message: failure })}</p>;
  }
  if (candidates === null) {
    return <p className="duplicate-compare__status">{t('duplicates.compareLoading')}</p>;
  }
  const other = candidates[Math.min(chosen, candidates.length - 1)];
  if (other === undefined) {
    return (
      <p className="duplicate-compare__status" data-testid="duplicate-none-mergeable">
        {t('duplicateHistory.noneMergeable')}
      </p>
    );
  }
  const scoreOf = (id: string): number => {
    const listed = standIns.get(id) ?? id;
    return Math.round(
      (detail.possible_duplicates.find((duplicate) => duplicate.id === listed)?.score ?? 0) * 100,
    );
  };
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

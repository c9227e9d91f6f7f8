import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeRecord } from '../../../shared/domain/merge-schemas';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import type { MergeState } from './use-merge-state';
import { cachedMergeFacts, type CachedMergeFacts } from './merged-offline';
import { useMergeUndoEntries } from './use-merge-undo-entries';
import { outboxErrorText } from '../../sync/outbox-error-text';

function numberOf(numbers: ReadonlyMap<string, number>, id: string): string {
  const number = numbers.get(id);
  return number === undefined ? '…' : String(number);
}

/**
 * Where a merge left this ticket: on a merged source, "merged into #N" with a link; on a target, which
 * tickets were folded in. Either way "Undo merge" while the service still allows it. With the offline cache
 * the undo goes through the outbox: offline it waits there ("Undo waiting to send", the merge still shown as
 * standing), and a refusal on replay (the lead role the merge needed, the window gone) stays shown here and
 * in the sync indicator until the agent dismisses it.
 */
export function MergedBanner({
  detail,
  mergeState,
  nowMs,
  onOpenTicket,
  onUndone,
}: {
  detail: TicketDetail;
  mergeState: MergeState;
  nowMs: number;
  onOpenTicket: (ticketId: string) => void;
  onUndone: () => void;
}): ReactElement | null {
  const { t, i18n } = useTranslation();
  const { api, outbox, store } = useConsole();
  const [undoing, setUndoing] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const undoEntries = useMergeUndoEntries();
  // An undo that was waiting and has left the outbox landed (a refused one stays until dismissed): the pane
  // and the merge history load again, online at once, offline when the outbox replays it after reconnecting.
  const waitingUndos = useRef<ReadonlySet<string>>(new Set());
  const undoneCallback = useRef(onUndone);
  useEffect(() => {
    undoneCallback.current = onUndone;
  }, [onUndone]);
  useEffect(() => {
    const waiting = new Set(
      [...undoEntries.byMerge.values()]
        .filter((entry) => entry.state === 'pending')
        .map((entry) => entry.key),
    );
    const present = new Set([...undoEntries.byMerge.values()].map((entry) => entry.key));
    const landed = [...waitingUndos.current].some((key) => !present.has(key));
    waitingUndos.current = waiting;
    if (landed) {
      undoneCallback.current();
    }
  }, [undoEntries]);
  const standing = mergeState.merges.filter((merge) => merge.undone_at === null);
  const asSource = standing.find((merge) => merge.source_ids.includes(detail.id));
  const asTarget = standing.filter((merge) => merge.target_id === detail.id);
  if (asSource === undefined && asTarget.length === 0) {
    // Offline, a ticket never opened online has no merge history: what the cached queue rows say stands in.
    const cached =
      mergeState.isUnavailable === true ? cachedMergeFacts(detail, store.getSnapshot().tickets) : null;
    return cached === null ? null : <CachedMergedBanner facts={cached} onOpenTicket={onOpenTicket} />;
  }

  const undo = async (merge: MergeRecord): Promise<void> => {
    setUndoing(merge.id);
    setFailure(null);
    try {
      if (!outbox) {
        await api.undoMerge(merge.id);
        onUndone();
        return;
      }
      // Through the outbox (one idempotency key, replayed in order); online this waits for the answer.
      const submission = await outbox.submit({
        kind: 'merge_undo',
        merge_id: merge.id,
        ticket_ids: [merge.target_id, ...merge.source_ids],
      });
      if (submission.kind === 'acknowledged') {
        onUndone();
      }
      // Queued: "Undo waiting to send" shows from the outbox. Refused: the entry's reason shows below.
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setUndoing(null);
    }
  };
  const undoButton = (merge: MergeRecord): ReactElement | null => {
    const entry = undoEntries.byMerge.get(merge.id);
    if (entry?.state === 'pending') {
      return (
        <span className="merged-banner__muted" data-testid="merge-undo-waiting">
          {t('offlineActions.undoWaiting')}
        </span>
      );
    }
    if (entry !== undefined) {
      return (
        <span className="merged-banner__error" data-testid="merge-undo-refused" role="alert">
          {t('offlineActions.undoRefused', {
            message: outboxErrorText(entry.error, { t, leadIn: false }) || entry.state,
          })}{' '}
          <button
            type="button"
            className="button button--small"
            data-testid="merge-undo-dismiss"
            onClick={() => void outbox?.discard(entry.key)}
          >
            {t('sync.discard')}
          </button>
        </span>
      );
    }
    return Date.parse(merge.undo_until) > nowMs ? (
      <span className="merged-banner__undo">
        <button
          type="button"
          className="button button--small"
          data-testid="merge-undo"
          disabled={undoing !== null}
          onClick={() => void undo(merge)}
        >
          {undoing === merge.id ? t('duplicates.undoing') : t('duplicates.undo')}
        </button>
        <span className="merged-banner__muted">
          {t('duplicates.undoUntil', { time: formatDateTime(merge.undo_until, i18n.language) })}
        </span>
      </span>
    ) : null;
  };

  return (
    <div className="merged-banner" data-testid="merged-banner" role="status">
      {asSource !== undefined ? (
        <div className="merged-banner__line">
          <span>
            {t('duplicates.mergedInto', { number: numberOf(mergeState.numbers, asSource.target_id) })}
          </span>
          <button
            type="button"
            className="button button--small"
            data-testid="merged-open-target"
            onClick={() => onOpenTicket(asSource.target_id)}
          >
            {t('duplicates.openTarget', { number: numberOf(mergeState.numbers, asSource.target_id) })}
          </button>
          {undoButton(asSource)}
        </div>
      ) : null}
      {asTarget.map((merge) => (
        <div className="merged-banner__line" key={merge.id}>
          <span>
            {t('duplicates.mergedHere', {
              numbers: merge.source_ids.map((id) => `#${numberOf(mergeState.numbers, id)}`).join(', '),
            })}
          </span>
          {undoButton(merge)}
        </div>
      ))}
      {failure !== null ? (
        <p className="merged-banner__error" role="alert">
          {t('duplicates.undoFailed', { message: failure })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The merged banner from the cached queue rows, when the merge history cannot be loaded: which ticket this
 * one was merged into, or which were merged into it, and a plain word that undoing (and the merge's
 * details) needs the service.
 */
function CachedMergedBanner({
  facts,
  onOpenTicket,
}: {
  facts: CachedMergeFacts;
  onOpenTicket: (ticketId: string) => void;
}): ReactElement {
  const { t } = useTranslation();
  const label = (number: number | null): string => (number === null ? '…' : String(number));
  const target = facts.mergedInto;
  return (
    <div className="merged-banner" data-testid="merged-banner" data-source="cache" role="status">
      {target !== null ? (
        <div className="merged-banner__line">
          <span>{t('duplicates.mergedInto', { number: label(target.number) })}</span>
          <button
            type="button"
            className="button button--small"
            data-testid="merged-open-target"
            onClick={() => onOpenTicket(target.id)}
          >
            {t('duplicates.openTarget', { number: label(target.number) })}
          </button>
        </div>
      ) : null}
      {facts.mergedHere.length > 0 ? (
        <div className="merged-banner__line">
          <span>
            {t('duplicates.mergedHere', {
              numbers: facts.mergedHere.map((source) => `#${label(source.number)}`).join(', '),
            })}
          </span>
        </div>
      ) : null}
      <p className="merged-banner__muted" data-testid="merged-banner-offline">
        {t('dayTruth.merged.fromCache')}
      </p>
    </div>
  );
}

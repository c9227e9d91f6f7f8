import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeRecord } from '../../../shared/domain/merge-schemas';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import type { MergeState } from './use-merge-state';

function numberOf(numbers: ReadonlyMap<string, number>, id: string): string {
  const number = numbers.get(id);
  return number === undefined ? '…' : String(number);
}

/**
 * Where a merge left this ticket: on a merged source, "merged into #N" with a link; on a target, which
 * tickets were folded in. Either way "Undo merge" while the service still allows it.
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
  const { api } = useConsole();
  const [undoing, setUndoing] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const standing = mergeState.merges.filter((merge) => merge.undone_at === null);
  const asSource = standing.find((merge) => merge.source_ids.includes(detail.id));
  const asTarget = standing.filter((merge) => merge.target_id === detail.id);
  if (asSource === undefined && asTarget.length === 0) {
    return null;
  }

  const undo = async (merge: MergeRecord): Promise<void> => {
    setUndoing(merge.id);
    setFailure(null);
    try {
      await api.undoMerge(merge.id);
      onUndone();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setUndoing(null);
    }
  };
  const undoButton = (merge: MergeRecord): ReactElement | null =>
    Date.parse(merge.undo_until) > nowMs ? (
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

import { useState, type ReactElement } from 'react';
import type { MergeResult } from '../../../shared/domain/merge-schemas';
import type { Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { ComparePanel } from './ComparePanel';
import { DuplicateBanner } from './DuplicateBanner';
import { MergeDialog } from './MergeDialog';
import { MergedBanner } from './MergedBanner';
import type { MergeState } from './use-merge-state';
import './duplicates.css';

/**
 * Everything about duplicates at the top of a ticket: the merged banner (with undo), the likely-duplicates
 * banner, the side-by-side compare and the merge dialog. `onChanged` runs after a merge or an undo so the
 * pane shows the ticket as it now is (the live change log would bring it too, a moment later).
 */
export function DuplicatesSection({
  detail,
  mergeState,
  nowMs,
  onOpenTicket,
  onChanged,
}: {
  detail: TicketDetail;
  mergeState: MergeState;
  nowMs: number;
  onOpenTicket: (ticketId: string) => void;
  onChanged: (target: TicketDetail | null) => void;
}): ReactElement {
  const [isComparing, setIsComparing] = useState(false);
  const [merging, setMerging] = useState<readonly Ticket[] | null>(null);
  // Offers the agent dismissed here, hidden at once (the reloaded ticket no longer lists them either).
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  // A likely duplicate already folded into this ticket (or this ticket into it) is no longer pending.
  const settled = new Set(
    mergeState.merges
      .filter((merge) => merge.undone_at === null)
      .flatMap((merge) => [merge.target_id, ...merge.source_ids]),
  );
  const pending: TicketDetail = {
    ...detail,
    possible_duplicates: detail.possible_duplicates.filter(
      (duplicate) => !settled.has(duplicate.id) && !dismissed.has(duplicate.id),
    ),
  };

  const merged = (result: MergeResult): void => {
    setMerging(null);
    setIsComparing(false);
    mergeState.reload();
    onChanged(result.target.id === detail.id ? result.target : null);
  };

  return (
    <div className="duplicates">
      <MergedBanner
        detail={detail}
        mergeState={mergeState}
        nowMs={nowMs}
        onOpenTicket={onOpenTicket}
        onUndone={() => {
          mergeState.reload();
          onChanged(null);
        }}
      />
      <DuplicateBanner
        detail={pending}
        isComparing={isComparing}
        onToggleCompare={() => setIsComparing((value) => !value)}
      />
      {isComparing && !detail.merged_into_ticket_id ? (
        <ComparePanel
          detail={pending}
          onMerge={(tickets) => setMerging(tickets)}
          onDismissed={(duplicateId) => {
            setDismissed((current) => new Set([...current, duplicateId]));
            if (pending.possible_duplicates.length <= 1) {
              setIsComparing(false);
            }
            onChanged(null);
          }}
        />
      ) : null}
      {merging !== null ? (
        <MergeDialog tickets={merging} onClose={() => setMerging(null)} onMerged={merged} />
      ) : null}
    </div>
  );
}

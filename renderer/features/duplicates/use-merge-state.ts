import { useCallback, useEffect, useState } from 'react';
import type { MergeRecord } from '../../../shared/domain/merge-schemas';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { ticketsById } from '../../api/tickets-by-id';
import { useConsole } from '../../app/console-context';

/** The merges an open ticket took part in, and the numbers of the tickets they name. */
export interface MergeState {
  merges: readonly MergeRecord[];
  /** Ticket id → number, for the tickets of those merges and the origins of merged messages. */
  numbers: ReadonlyMap<string, number>;
  /** The merge history of this ticket could not be loaded (offline): the banner falls back to the cache. */
  isUnavailable?: boolean;
  reload: () => void;
}

/**
 * Loads the merge history of `detail` again whenever the ticket changes (a merge or undo bumps its version),
 * and the numbers of the tickets it names, so banners and the thread can say "#1042" rather than an id.
 */
export function useMergeState(detail: TicketDetail | null): MergeState {
  const { api } = useConsole();
  const [merges, setMerges] = useState<readonly MergeRecord[]>([]);
  const [numbers, setNumbers] = useState<ReadonlyMap<string, number>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const ticketId = detail?.id ?? null;
  const version = detail?.version ?? 0;
  const number = detail?.number ?? 0;
  const mergedInto = detail?.merged_into_ticket_id ?? null;
  const origins = (detail?.messages ?? [])
    .map((message) => message.merged_from_ticket_id ?? null)
    .filter((id): id is string => id !== null);
  const originKey = [...new Set(origins)].sort().join(',');

  useEffect(() => {
    if (ticketId === null) {
      return;
    }
    let isCurrent = true;
    const load = async (): Promise<void> => {
      const loaded = await api.ticketMerges(ticketId);
      const known = new Map<string, number>([[ticketId, number]]);
      const wanted = new Set<string>([
        ...loaded.flatMap((merge) => [merge.target_id, ...merge.source_ids]),
        ...(originKey === '' ? [] : originKey.split(',')),
        ...(mergedInto === null ? [] : [mergedInto]),
      ]);
      // Only the numbers are needed: the list form, which is not a logged read and spends no read budget.
      const listed = await ticketsById(
        api,
        [...wanted].filter((id) => !known.has(id)),
      );
      for (const [id, ticket] of listed) {
        known.set(id, ticket.number);
      }
      if (isCurrent) {
        setMerges(loaded);
        setNumbers(known);
        setFailedFor(null);
      }
    };
    load().catch(() => {
      // Offline: the banner shows what the cached list forms know; the thread still shows where a message
      // came from, without a number.
      if (isCurrent) {
        setFailedFor(ticketId);
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [api, ticketId, version, number, originKey, mergedInto, attempt]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { merges, numbers, isUnavailable: ticketId !== null && failedFor === ticketId, reload };
}

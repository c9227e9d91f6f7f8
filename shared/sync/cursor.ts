/**
 * The change-log cursor (docs/sync.md): the sequence number of the last change a client has applied. The
 * change log is the ledger; live events only ring the bell, so pages of `GET /api/changes?since=` and live
 * events can overlap, repeat or arrive late. Pure.
 */

/**
 * The changes of `changes` after `cursor`, each once, in sequence order, and the cursor after them. A
 * change at or before the cursor was applied already (a repeated delivery, or a page overlapping the last
 * one) and is dropped.
 */
export function advanceCursor<Change extends { seq: number }>(
  cursor: number,
  changes: readonly Change[],
): { cursor: number; fresh: Change[] } {
  const bySeq = new Map<number, Change>();
  for (const change of changes) {
    if (change.seq > cursor && !bySeq.has(change.seq)) {
      bySeq.set(change.seq, change);
    }
  }
  const fresh = [...bySeq.values()].sort((left, right) => left.seq - right.seq);
  return { cursor: fresh.at(-1)?.seq ?? cursor, fresh };
}

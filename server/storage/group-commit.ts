/** Options of `createGroupCommit`. */
export interface GroupCommitOptions<Item, Result> {
  /** The most items written together. */
  maxItems: number;
  /** The most total `weightOf` written together (a single heavier item is still written, alone). */
  maxWeight: number;
  /** An item's weight (e.g. its attachment bytes). */
  weightOf(item: Item): number;
  /**
   * Writes `items` in one transaction and resolves with one result per item, in the same order; throws (having
   * stored nothing) when the transaction failed.
   */
  write(items: readonly Item[]): Promise<Result[]>;
  /** Called after every committed `write` (its errors are ignored). */
  onCommitted(): void;
  /**
   * True for an item whose write is slow (a 1 MB text): such an item is written alone, after the ordinary
   * items queued with it, unless it has waited `largeItemWaitMs`. Absent: no item is large.
   */
  isLarge?(item: Item): boolean;
  /** How long a large item may wait for ordinary ones before it goes next (2 s by default). */
  largeItemWaitMs?: number;
}

interface Pending<Item, Result> {
  item: Item;
  isLarge: boolean;
  queuedAt: number;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/**
 * Application-level group commit. `submit(item)` queues the item; one writer at a time takes everything queued
 * (up to the bounds) and writes it in one transaction, so items submitted while a write is in flight share the
 * next one. Each submitter is resolved with its own result. When a group's transaction fails, its items are
 * retried one by one, so one bad item fails alone and never takes the others with it. Large items
 * (`isLarge`) go alone and after ordinary ones: with PGlite the engine runs on the service's thread, so a group
 * holding a 1 MB ticket held every small ticket written with it, and every request, for its whole write.
 */
export function createGroupCommit<Item, Result>(
  options: GroupCommitOptions<Item, Result>,
): (item: Item) => Promise<Result> {
  const queue: Pending<Item, Result>[] = [];
  let isRunning = false;

  const largeItemWaitMs = options.largeItemWaitMs ?? 2_000;

  function takeGroup(): Pending<Item, Result>[] {
    const first = queue[0];
    if (queue.some((pending) => pending.isLarge) && first !== undefined) {
      // A large item that waited long enough goes next, alone; otherwise the ordinary items go first.
      const now = performance.now();
      const overdue = queue.findIndex(
        (pending) => pending.isLarge && now - pending.queuedAt >= largeItemWaitMs,
      );
      const ordinary = queue.filter((pending) => !pending.isLarge);
      if (overdue >= 0 || ordinary.length === 0) {
        const index = overdue >= 0 ? overdue : 0;
        return queue.splice(index, 1);
      }
      const group = takeFrom(ordinary);
      const taken = new Set(group);
      const rest = queue.filter((pending) => !taken.has(pending));
      queue.splice(0, queue.length, ...rest);
      return group;
    }
    return queue.splice(0, takeFrom(queue).length);
  }

  /** The first items of `candidates` that fit one group (at least one). */
  function takeFrom(candidates: readonly Pending<Item, Result>[]): Pending<Item, Result>[] {
    let count = 0;
    let weight = 0;
    while (count < candidates.length && count < options.maxItems) {
      const next = candidates[count];
      const nextWeight = next === undefined ? 0 : options.weightOf(next.item);
      if (count > 0 && weight + nextWeight > options.maxWeight) {
        break;
      }
      weight += nextWeight;
      count += 1;
    }
    return candidates.slice(0, count);
  }

  /** Writes `group` in one transaction; true when it committed (and its members were resolved). */
  async function tryWrite(group: readonly Pending<Item, Result>[]): Promise<boolean> {
    let results: Result[];
    try {
      results = await options.write(group.map((pending) => pending.item));
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
      }
      return false;
    }
    try {
      options.onCommitted();
    } catch {
      // The doorbell is best effort; the group has committed either way.
    }
    group.forEach((pending, index) => pending.resolve(results[index] as Result));
    return true;
  }

  async function run(): Promise<void> {
    try {
      // Wait until the event loop has handled every request it already received (setImmediate runs after the
      // poll phase) so they all join the first group. Waiting only for a microtask would start the write
      // after the first request of a burst: the embedded engine then blocks the thread for the whole write,
      // and a burst is written one ticket per transaction. (So a caller that loops on bare awaits of PGlite,
      // which answers without I/O, starves the writer: poll between turns of the event loop instead.)
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (queue.length > 0) {
        const group = takeGroup();
        if (!(await tryWrite(group)) && group.length > 1) {
          for (const pending of group) {
            await tryWrite([pending]);
          }
        }
      }
    } finally {
      isRunning = false;
    }
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({
        item,
        isLarge: options.isLarge?.(item) ?? false,
        queuedAt: performance.now(),
        resolve,
        reject,
      });
      if (!isRunning) {
        isRunning = true;
        void run();
      }
    });
}

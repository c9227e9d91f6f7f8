import { useMemo, useState } from 'react';
import type { Ticket } from '../../../shared/domain/schemas';
import type { QueueCriteria, QueueLookups, QueueSort } from './queue-model';
import { createQueueView } from './queue-view';

/** The tickets the queue shows for the current criteria and sorting, recomputed only when one changes. */
export function useQueueView(
  tickets: readonly Ticket[],
  criteria: QueueCriteria,
  sorting: readonly QueueSort[],
  lookups: QueueLookups,
): readonly Ticket[] {
  const [view] = useState(createQueueView);
  return useMemo(
    () => view(tickets, criteria, sorting, lookups),
    [view, tickets, criteria, sorting, lookups],
  );
}

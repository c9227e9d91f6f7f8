import type { MergeRecord } from '../../../../shared/domain/merge-schemas';
import { makeDetail } from '../ticket/console-harness';

/** The newer ticket of a likely duplicate pair: the service flags the older one as its duplicate. */
export const newer = makeDetail({
  id: 'ticket-new',
  number: 1043,
  subject: 'Withdrawal still missing',
  customer_id: 'customer-kim',
  created_at: '2025-03-05T10:00:00.000Z',
  possible_duplicates: [{ id: 'ticket-old', score: 0.97 }],
});

/** The older ticket of the pair, from the same customer: the usual merge target. */
export const older = makeDetail({
  id: 'ticket-old',
  number: 1001,
  subject: 'Withdrawal missing',
  customer_id: 'customer-kim',
  created_at: '2025-03-01T10:00:00.000Z',
});

/** A standing merge of the newer ticket into the older one, within its undo window; override what matters. */
export function makeMergeRecord(overrides: Partial<MergeRecord> = {}): MergeRecord {
  return {
    id: 'merge-1',
    target_id: 'ticket-old',
    source_ids: ['ticket-new'],
    merged_by: { id: 'agent-minji', name: 'Minji Kim' },
    merged_at: '2025-03-05T12:00:00.000Z',
    undo_until: '2025-03-12T12:00:00.000Z',
    undone_at: null,
    undone_by: null,
    different_customers: false,
    sla_breaches: [],
    ...overrides,
  };
}

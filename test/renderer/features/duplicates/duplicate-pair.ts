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

import type { SqlExecutor } from '../storage/database';
import { isUuid } from '../storage/sql-helpers';

/** How many known ticket ids the check remembers (tickets are never deleted, so a yes stays true). */
const rememberedIds = 10_000;

/**
 * A check that a ticket id names a stored ticket, for presence (sockets may name only real tickets). A yes
 * is remembered (tickets are never deleted); a no is asked again next time, since the ticket may be new.
 */
export function createTicketExistence(executor: SqlExecutor): (ticketId: string) => Promise<boolean> {
  const known = new Set<string>();
  return async (ticketId) => {
    if (!isUuid(ticketId)) {
      return false;
    }
    if (known.has(ticketId)) {
      return true;
    }
    const rows = await executor.query('select 1 from tickets where id = $1', [ticketId]);
    if (rows.length === 0) {
      return false;
    }
    if (known.size >= rememberedIds) {
      known.clear();
    }
    known.add(ticketId);
    return true;
  };
}

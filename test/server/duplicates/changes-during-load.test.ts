import { describe, expect, it } from 'vitest';
import { describeTicket } from '../../../shared/duplicates/features';
import { createDuplicateService, type DuplicateService } from '../../../server/duplicates/duplicate-service';
import { discardLog } from '../../../server/logger';
import { emailKey } from '../../../server/storage/agent-store';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { prepareIntake } from '../../../server/tickets/intake';
import { testEngines } from '../helpers/engines';

// Misfiled under KYC, the report is no possible duplicate of a resubmission filed under deposits and
// withdrawals (× 0.75 for different categories); filed under the same category it is
// (test/server/duplicates/category-changes.test.ts uses the same pair).
const report = {
  subject: 'BTC withdrawal pending for 3 hours',
  body: 'I requested a withdrawal of 0.42 BTC to my Ledger this morning and it is still pending.',
};
const resubmission = {
  subject: 'Bitcoin transfer',
  body: 'Where is my bitcoin? I withdrew some to my wallet.',
};

/**
 * `database`, where `afterPageRead` runs once, right after the start-up load has read its first page of
 * tickets and before it adds them: a change committed in that window is what the index must not miss.
 */
function withChangeDuringLoad(database: SqlDatabase, afterPageRead: () => Promise<void>): SqlDatabase {
  let isPending = true;
  return {
    ...database,
    query: async <Row>(sql: string, parameters?: Parameters<SqlDatabase['query']>[1]): Promise<Row[]> => {
      const rows = await database.query<Row>(sql, parameters);
      if (isPending && sql.includes('order by t.number desc')) {
        isPending = false;
        await afterPageRead();
      }
      return rows;
    },
  };
}

// Issue 21 (point 2): the index is loaded while the node already serves; a ticket's row read by the load
// before an agent's change committed, and added after the node heard the change, kept its old category (or
// status) until its next change or the next start.
describe.each(testEngines())('changes committed during the start-up load on $name', (engine) => {
  async function loadWithChange(
    change: (database: SqlDatabase, service: DuplicateService, ticketId: string) => Promise<void>,
  ): Promise<{ duplicates: string[]; related: string[] }> {
    const database = await engine.openDatabase();
    try {
      await migrate(database);
      const store = createTicketStore(database);
      const requester = { email: 'lena@example.com', name: 'Lena', locale: 'en' };
      const stored = await store.createTicket(prepareIntake({ requester, ...report, category: 'kyc' }, []));
      let service: DuplicateService | null = null;
      const watched = withChangeDuringLoad(database, () =>
        service === null ? Promise.resolve() : change(database, service, stored.id),
      );
      service = createDuplicateService({ database: watched, log: discardLog });
      await service.start(new Date());
      await service.whenIdle();
      const findings = await service.lookup(
        describeTicket({
          ...resubmission,
          category: 'deposit_withdrawal',
          createdAtMs: Date.now(),
          customerKey: emailKey(requester.email),
        }),
      );
      await service.close();
      return {
        duplicates: findings.possibleDuplicates.map((match) =>
          match.id === stored.id ? 'report' : match.id,
        ),
        related: findings.related.map((match) => (match.id === stored.id ? 'report' : match.id)),
      };
    } finally {
      await database.close();
    }
  }

  it('without a change, the misfiled report is no possible duplicate', async () => {
    expect(await loadWithChange(() => Promise.resolve())).toEqual({ duplicates: [], related: [] });
  });

  it('another node corrects the category (heard from the change log) while the page is being added', async () => {
    const found = await loadWithChange(async (database, service, ticketId) => {
      await database.query(`update tickets set category = 'deposit_withdrawal' where id = $1`, [ticketId]);
      service.applyChange({
        seq: 1,
        type: 'ticket.updated',
        ticket_id: ticketId,
        at: new Date().toISOString(),
      });
    });
    expect(found).toEqual({ duplicates: ['report'], related: [] });
  });

  it('this node corrects the category and solves the ticket while the page is being added', async () => {
    const found = await loadWithChange(async (database, service, ticketId) => {
      await database.query(
        `update tickets set category = 'deposit_withdrawal', status = 'solved' where id = $1`,
        [ticketId],
      );
      service.ticketsEdited([
        { id: ticketId, category: 'deposit_withdrawal', status: 'solved', mergedInto: null },
      ]);
    });
    // Solved: the customer's history, not a merge candidate (docs/duplicates.md "Status and merges").
    expect(found).toEqual({ duplicates: [], related: ['report'] });
  });
});

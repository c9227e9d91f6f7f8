import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendChanges, latestChangeSeq, readChangesSince } from '../../../server/storage/change-log';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

describe.each(testEngines())('change log on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
  });

  afterAll(async () => {
    await database.close();
  });

  it('starts empty and numbers changes from 1', async () => {
    expect(await latestChangeSeq(database)).toBe(0);
    const seqs = await database.transaction((transaction) =>
      appendChanges(transaction, [
        { type: 'ticket.created', ticketId: null, agentId: null },
        { type: 'ticket.updated', ticketId: null, agentId: null },
      ]),
    );
    expect(seqs).toEqual([1, 2]);
    expect((await readChangesSince(database, 0, 10)).map((change) => change.seq)).toEqual([1, 2]);
  });

  /** Holds a transaction open right after it appended a change, runs `later` meanwhile, and reports what a reader saw. */
  async function visibleWhileEarlierChangeIsOpen(
    later: () => Promise<unknown>,
  ): Promise<{ before: number; visible: number[] }> {
    const before = await latestChangeSeq(database);
    let releaseFirst = (): void => undefined;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAppended = (): void => undefined;
    const firstHasAppended = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = database.transaction(async (transaction) => {
      await appendChanges(transaction, [{ type: 'ticket.created', ticketId: null, agentId: null }]);
      firstAppended();
      await firstHeld;
    });
    await firstHasAppended;
    const second = later();
    await sleep(150);
    // On PostgreSQL this read answers at once; PGlite serializes it after the open transactions.
    const read = readChangesSince(database, before, 10);
    await sleep(150);
    releaseFirst();
    const visible = (await read).map((change) => change.seq);
    await Promise.all([first, second]);
    expect((await readChangesSince(database, before, 10)).map((change) => change.seq)).toEqual([
      before + 1,
      before + 2,
    ]);
    return { before, visible };
  }

  it('commits in sequence order: while an earlier change is uncommitted, no later one is visible', async () => {
    const { before, visible } = await visibleWhileEarlierChangeIsOpen(() =>
      database.transaction((transaction) =>
        appendChanges(transaction, [{ type: 'ticket.created', ticketId: null, agentId: null }]),
      ),
    );
    expect(visible).toEqual(Array.from({ length: visible.length }, (_, index) => before + index + 1));
  });

  it('keeps that order on the single-statement intake path too', async () => {
    const store = createTicketStore(database);
    const { before, visible } = await visibleWhileEarlierChangeIsOpen(() => store.createTicket(newTicket()));
    expect(visible).toEqual(Array.from({ length: visible.length }, (_, index) => before + index + 1));
  });
});

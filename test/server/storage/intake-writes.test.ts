import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketSource } from '../../../shared/domain/vocabulary';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import type { NewTicket } from '../../../server/storage/ticket-writes';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

describe.each(testEngines())('intake group commit on $name', (engine) => {
  let database: SqlDatabase;
  let store: TicketStore;
  /** Statements that inserted tickets: one per group. */
  let ticketStatements = 0;
  let commits = 0;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    const counting: SqlDatabase = {
      ...database,
      query: (sql, parameters) => {
        if (sql.includes('insert into tickets')) {
          ticketStatements += 1;
        }
        return database.query(sql, parameters);
      },
    };
    store = createTicketStore(counting, { onChangesCommitted: () => (commits += 1) });
  });

  afterAll(async () => {
    await database.close();
  });

  async function customerCount(email: string): Promise<number> {
    const rows = await database.query<{ count: number | string }>(
      'select count(*) as count from customers where email_key = $1',
      [email],
    );
    return Number(rows[0]?.count);
  }

  it('stores 200 concurrent intakes in few statements, each with its own number and one change in seq order', async () => {
    const before = await store.latestChangeSeq();
    const statementsBefore = ticketStatements;
    const commitsBefore = commits;
    const tickets = Array.from({ length: 200 }, (_, index) =>
      newTicket({ subject: `concurrent ${index}`, requester: { email: `group${index % 13}@example.com` } }),
    );
    const created = await Promise.all(tickets.map((ticket) => store.createTicket(ticket)));
    expect(ticketStatements - statementsBefore).toBeLessThan(10);
    expect(commits - commitsBefore).toBe(ticketStatements - statementsBefore);
    expect(new Set(created.map((ticket) => ticket.id)).size).toBe(200);
    expect(new Set(created.map((ticket) => ticket.number)).size).toBe(200);
    // Numbered and logged in the order the intakes arrived.
    expect(created.map((ticket) => ticket.number)).toEqual(
      [...created.map((ticket) => ticket.number)].sort((left, right) => left - right),
    );
    expect(created.map((ticket) => ticket.seq)).toEqual(
      Array.from({ length: 200 }, (_, index) => before + index + 1),
    );
    const changes = await store.changesSince(before, 1000);
    expect(changes.map((change) => [change.seq, change.type, change.ticket_id])).toEqual(
      created.map((ticket) => [ticket.seq, 'ticket.created', ticket.id]),
    );
    for (const index of [0, 77, 199]) {
      expect(await store.getTicket(created[index]?.id ?? '')).toMatchObject({
        number: created[index]?.number,
        subject: `concurrent ${index}`,
        requester: { email: `group${index % 13}@example.com` },
      });
    }
  });

  it('stores a long body written alone, and bodies written in a group, exactly as given', async () => {
    // Characters an array literal escapes (quotes, backslashes, braces, commas), line breaks, a BOM and
    // Korean text: a long ticket goes alone with its body as a plain parameter, short ones in arrays.
    const tricky = '\uFEFF"quoted" \\ {a,b} NULL, 출금 지연\r\n';
    const long = newTicket({ subject: 'long body', body: tricky.repeat(40_000) });
    const short = Array.from({ length: 5 }, (_, index) =>
      newTicket({ subject: `short ${index}`, body: `${tricky}${index}` }),
    );
    const created = await Promise.all([long, ...short].map((ticket) => store.createTicket(ticket)));
    const stored = await Promise.all(created.map((ticket) => store.getTicket(ticket.id)));
    expect(stored.map((ticket) => ticket?.body)).toEqual([long, ...short].map((ticket) => ticket.body));
  });

  it('stores the rest of a group when one member fails, and nothing of the failed one', async () => {
    const before = await store.latestChangeSeq();
    const ticketsBefore = await store.countTickets();
    const statementsBefore = ticketStatements;
    const tickets: NewTicket[] = Array.from({ length: 20 }, (_, index) =>
      newTicket({ subject: `member ${index}`, requester: { email: `member${index}@example.com` } }),
    );
    // The source check constraint refuses this one inside the database.
    tickets[7] = {
      ...newTicket({ requester: { email: 'refused@example.com' } }),
      source: 'fax' as TicketSource,
    };
    const outcomes = await Promise.allSettled(tickets.map((ticket) => store.createTicket(ticket)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(
      tickets.map((_, index) => (index === 7 ? 'rejected' : 'fulfilled')),
    );
    // One failed group, then each member alone.
    expect(ticketStatements - statementsBefore).toBe(21);
    expect(await store.countTickets()).toBe(ticketsBefore + 19);
    expect(await customerCount('refused@example.com')).toBe(0);
    const changes = await store.changesSince(before, 100);
    expect(changes).toHaveLength(19);
    expect(changes.map((change) => change.seq)).toEqual(
      Array.from({ length: 19 }, (_, index) => before + index + 1),
    );
    const subjects = await Promise.all(
      changes.map(async (change) => (await store.getTicket(change.ticket_id ?? ''))?.subject),
    );
    expect(subjects).toEqual(tickets.flatMap((_, index) => (index === 7 ? [] : [`member ${index}`])));
  });

  it('creates one customer for concurrent intakes from the same address, keeping the last name given', async () => {
    const spellings = ['Same@Example.com', 'same@example.com', ' SAME@example.com'];
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        store.createTicket(
          newTicket({
            requester: {
              email: spellings[index % 3] ?? '',
              ...(index === 29 ? {} : { name: `Name ${index}` }),
            },
          }),
        ),
      ),
    );
    expect(await customerCount('same@example.com')).toBe(1);
    const rows = await database.query<{ customers: number | string }>(
      'select count(distinct customer_id) as customers from tickets where id = any($1::uuid[])',
      [created.map((ticket) => ticket.id)],
    );
    expect(Number(rows[0]?.customers)).toBe(1);
    const [customer] = await database.query<{ email: string; name: string }>(
      "select email, name from customers where email_key = 'same@example.com'",
    );
    expect(customer).toEqual({ email: 'Same@Example.com', name: 'Name 28' });
  });

  it('stores concurrent intakes with attachments, each ticket with its own', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        store.createTicket({
          ...newTicket({ subject: `with files ${index}` }),
          attachments: Array.from({ length: index % 3 }, (_, file) => ({
            name: `file-${index}-${file}.txt`,
            type: 'text/plain',
            data: new TextEncoder().encode(`ticket ${index} file ${file}`),
          })),
        }),
      ),
    );
    for (const [index, ticket] of created.entries()) {
      const detail = await store.getTicket(ticket.id);
      expect(detail?.attachments.map((attachment) => [attachment.name, attachment.size])).toEqual(
        Array.from({ length: index % 3 }, (_, file) => [
          `file-${index}-${file}.txt`,
          `ticket ${index} file ${file}`.length,
        ]),
      );
    }
    const changes = await store.changesSince(Math.min(...created.map((ticket) => ticket.seq)) - 1, 100);
    expect(changes.map((change) => change.ticket_id)).toEqual(created.map((ticket) => ticket.id));
  });
});

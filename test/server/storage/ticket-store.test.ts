import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistKeys } from '../../../shared/checklist/items';
import type { Agent } from '../../../shared/domain/schemas';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { InvalidCursorError } from '../../../server/storage/ticket-reads';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { importedTicket, newTicket } from '../helpers/tickets';

describe.each(testEngines())('ticket store on $name', (engine) => {
  let database: SqlDatabase;
  let store: TicketStore;
  let commits = 0;
  let agent: Agent;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    store = createTicketStore(database, { onChangesCommitted: () => (commits += 1) });
    agent = await store.createAgent({
      email: 'Mina@Example.com',
      name: 'Mina',
      role: 'agent',
      password: 'correct horse',
    });
  });

  afterAll(async () => {
    await database.close();
  });

  it('numbers tickets from 1001 and reads one back with its fields', async () => {
    const created = await store.createTicket(newTicket());
    expect(created.number).toBe(1001);
    const ticket = await store.getTicket(created.id);
    expect(ticket).toMatchObject({
      id: created.id,
      number: 1001,
      subject: '출금 지연',
      body: 'XRP 출금이 아직 안 왔어요.',
      status: 'new',
      priority: 'normal',
      category: null,
      requester: { email: 'kim@example.com', name: 'Kim', locale: 'ko' },
      language: 'ko',
      suggested_category: null,
      possible_duplicates: [],
      related: [],
      redactions: [],
      messages: [],
      attachments: [],
      version: 1,
    });
    // One entry per checklist item, the crypto ones included.
    expect(ticket?.checklist.items.map((item) => item.key)).toEqual([...checklistKeys]);
    expect(await store.getTicket(String(created.number))).toMatchObject({ id: created.id });
  });

  it('files a ticket under a known category and keeps none for an unknown one', async () => {
    const known = await store.createTicket(newTicket({ category: 'deposit_withdrawal' }));
    const unknown = await store.createTicket(newTicket({ category: 'refunds please' }));
    expect((await store.getTicket(known.id))?.category).toBe('deposit_withdrawal');
    expect(
      (await store.getTicket(known.id))?.checklist.items.find((item) => item.key === 'transaction_id'),
    ).toMatchObject({
      required: true,
      present: false,
    });
    expect((await store.getTicket(unknown.id))?.category).toBeNull();
  });

  it('keeps one customer per e-mail address, whatever its letter case', async () => {
    const first = await store.createTicket(
      newTicket({ requester: { email: 'Same@Example.com', name: 'First' } }),
    );
    const second = await store.createTicket(newTicket({ requester: { email: 'same@example.com' } }));
    const [one, two] = await Promise.all([store.getTicket(first.id), store.getTicket(second.id)]);
    expect(one?.customer_id).toBe(two?.customer_id);
    expect(one?.requester.email).toBe('Same@Example.com');
    expect(two?.requester.name).toBeNull();
  });

  it('stores attachments with the ticket', async () => {
    const ticket = newTicket();
    const data = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]);
    const created = await store.createTicket({
      ...ticket,
      attachments: [{ name: 'statement.pdf', type: 'application/pdf', data }],
    });
    const detail = await store.getTicket(created.id);
    expect(detail?.attachments).toEqual([
      {
        id: expect.any(String) as string,
        name: 'statement.pdf',
        type: 'application/pdf',
        size: 8,
        message_id: null,
      },
    ]);
    const stored = await store.getAttachment(detail?.attachments[0]?.id ?? '');
    expect(Buffer.from(stored?.data ?? []).equals(Buffer.from(data))).toBe(true);
    expect(await store.getAttachment('not-an-id')).toBeNull();
  });

  it('lists newest first, filters, searches and pages with an opaque cursor', async () => {
    const marker = `marker-${engine.name}`;
    for (let index = 0; index < 5; index += 1) {
      await store.createTicket(
        newTicket({
          subject: `${marker.toUpperCase()} ${index}`,
          requester: { email: `pager${index}@example.com` },
        }),
      );
    }
    const firstPage = await store.listTickets({ text: marker, limit: 2 });
    expect(firstPage.total).toBe(5);
    expect(firstPage.tickets.map((ticket) => ticket.subject)).toEqual([
      `${marker.toUpperCase()} 4`,
      `${marker.toUpperCase()} 3`,
    ]);
    const secondPage = await store.listTickets({
      text: marker,
      limit: 2,
      cursor: firstPage.next_cursor ?? '',
    });
    expect(secondPage.tickets.map((ticket) => ticket.subject)).toEqual([
      `${marker.toUpperCase()} 2`,
      `${marker.toUpperCase()} 1`,
    ]);
    const lastPage = await store.listTickets({
      text: marker,
      limit: 2,
      cursor: secondPage.next_cursor ?? '',
    });
    expect(lastPage.tickets).toHaveLength(1);
    expect(lastPage.next_cursor).toBeNull();
    expect((await store.listTickets({ text: 'PAGER3@example', limit: 10 })).total).toBe(1);
    expect((await store.listTickets({ category: 'deposit_withdrawal', limit: 10 })).total).toBe(1);
    expect((await store.listTickets({ category: 'none', status: 'new', limit: 1 })).total).toBeGreaterThan(5);
    await expect(store.listTickets({ limit: 1, cursor: 'bogus' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('updates properties, bumps the version and keeps solved_at in step with the status', async () => {
    const created = await store.createTicket(newTicket());
    const actor = { agentId: agent.id, expectedVersion: null };
    const solved = await store.updateTicket(
      created.id,
      { status: 'solved', tags: ['vip', 'vip', 'xrp'] },
      actor,
    );
    expect(solved).toMatchObject({ ticket: { status: 'solved', version: 2, tags: ['vip', 'xrp'] } });
    expect('ticket' in solved && solved.ticket.solved_at).toBeTruthy();
    const reopened = await store.updateTicket(
      created.id,
      { status: 'open', assignee_id: agent.id, category: 'kyc' },
      actor,
    );
    expect(reopened).toMatchObject({
      ticket: { status: 'open', solved_at: null, assignee_id: agent.id, category: 'kyc', version: 3 },
    });
    expect(
      (await store.listTickets({ assigneeId: agent.id, limit: 5 })).tickets.map((ticket) => ticket.id),
    ).toContain(created.id);
    expect(
      await store.updateTicket(created.id, { priority: 'high' }, { agentId: agent.id, expectedVersion: 2 }),
    ).toEqual({
      refusal: 'version_conflict',
    });
    expect(await store.updateTicket(created.id, { category: 'nope' }, actor)).toEqual({
      refusal: 'unknown_category',
    });
    expect(await store.updateTicket(created.id, { assignee_id: 'x' }, actor)).toEqual({
      refusal: 'unknown_assignee',
    });
    expect(
      await store.updateTicket('00000000-0000-4000-8000-000000000000', { priority: 'low' }, actor),
    ).toEqual({
      refusal: 'not_found',
    });
    expect((await store.getTicket(created.id))?.version).toBe(3);
  });

  it('adds replies and notes: a reply records the first response and opens a new ticket', async () => {
    const created = await store.createTicket(newTicket());
    const note = await store.addMessage(created.id, { kind: 'note', body: 'checking the chain' }, agent);
    expect((await store.getTicket(created.id))?.first_response_at).toBeNull();
    const reply = await store.addMessage(created.id, { kind: 'reply', body: 'It arrived.' }, agent);
    const detail = await store.getTicket(created.id);
    expect(detail).toMatchObject({ status: 'open', message_count: 2, version: 3 });
    expect(detail?.first_response_at).toBe(reply?.created_at);
    expect(detail?.messages.map((message) => message.id)).toEqual([note?.id, reply?.id]);
    expect(detail?.messages[1]).toMatchObject({
      kind: 'reply',
      author_agent_id: agent.id,
      author_name: 'Mina',
    });
    expect(
      await store.addMessage('00000000-0000-4000-8000-000000000000', { kind: 'note', body: 'x' }, agent),
    ).toBeNull();
  });

  it('imports idempotently by external id and creates unknown categories', async () => {
    const records = [
      importedTicket('legacy-1'),
      importedTicket('legacy-2', { category: 'Staking Rewards' }),
      importedTicket('legacy-1'),
      importedTicket('legacy-3', {
        messages: [
          { author: 'customer', body: 'any news?', created_at: '2025-01-02T00:00:00Z' },
          { author: 'agent', body: 'sent again', created_at: '2025-01-03T00:00:00Z' },
        ],
      }),
    ];
    expect(await store.importTickets(records, 2)).toEqual({ imported: 3, skipped: 1 });
    expect(await store.importTickets(records)).toEqual({ imported: 0, skipped: 4 });
    expect((await store.listCategories()).map((category) => category.key)).toContain('staking_rewards');
    const withThread = (await store.listTickets({ text: 'old ticket legacy-3', limit: 1 })).tickets[0];
    expect(withThread).toMatchObject({
      status: 'solved',
      source: 'import',
      message_count: 2,
      created_at: '2025-01-01T00:00:00.000Z',
      first_response_at: '2025-01-03T00:00:00.000Z',
    });
  });

  it('logs every write as a change, in sequence order, and rings the doorbell after commit', async () => {
    const before = await store.latestChangeSeq();
    const commitsBefore = commits;
    const created = await store.createTicket(newTicket());
    await store.updateTicket(
      created.id,
      { priority: 'urgent' },
      { agentId: agent.id, expectedVersion: null },
    );
    await store.addMessage(created.id, { kind: 'note', body: 'n' }, agent);
    const changes = await store.changesSince(before, 10);
    expect(changes.map((change) => [change.seq, change.type, change.ticket_id])).toEqual([
      [before + 1, 'ticket.created', created.id],
      [before + 2, 'ticket.updated', created.id],
      [before + 3, 'message.created', created.id],
    ]);
    expect(commits - commitsBefore).toBe(3);
    expect(await store.changesSince(before, 1)).toHaveLength(1);
  });

  it('never lets a reader see a later change before an earlier one, under concurrent writes', async () => {
    let lastSeen = await store.latestChangeSeq();
    const start = lastSeen;
    let isWriting = true;
    const reader = (async () => {
      const gaps: string[] = [];
      while (isWriting) {
        // Poll as a real reader does, between turns of the event loop: the intake writer waits for one
        // turn (setImmediate) to gather a group, and PGlite answers without I/O, so a loop of bare awaits
        // would never let it write.
        await new Promise((resolve) => setImmediate(resolve));
        const changes = await store.changesSince(lastSeen, 1000);
        for (const change of changes) {
          if (change.seq !== lastSeen + 1) {
            gaps.push(`${lastSeen} -> ${change.seq}`);
          }
          lastSeen = change.seq;
        }
      }
      return gaps;
    })();
    await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        store.createTicket(newTicket({ requester: { email: `concurrent${index % 7}@example.com` } })),
      ),
    );
    isWriting = false;
    expect(await reader).toEqual([]);
    const all = await store.changesSince(start, 1000);
    expect(all.map((change) => change.seq)).toEqual(
      Array.from({ length: 60 }, (_, index) => start + index + 1),
    );
  });

  it('checks passwords and tokens', async () => {
    expect(await store.verifyCredentials('mina@example.com', 'correct horse')).toMatchObject({
      id: agent.id,
    });
    expect(await store.verifyCredentials('mina@example.com', 'wrong')).toBeNull();
    expect(await store.verifyCredentials('nobody@example.com', 'correct horse')).toBeNull();
    const token = await store.issueToken(agent.id, 'login');
    expect(await store.findAgentByToken(token)).toMatchObject({ id: agent.id, role: 'agent' });
    expect(await store.findAgentByToken(`${token}x`)).toBeNull();
    const desktop = await store.issueToken(agent.id, 'desktop');
    const replacement = await store.issueToken(agent.id, 'desktop', { replaceLabelled: true });
    expect(await store.findAgentByToken(desktop)).toBeNull();
    expect(await store.findAgentByToken(replacement)).toMatchObject({ id: agent.id });
    expect(await store.findAgentByToken(token)).toMatchObject({ id: agent.id });
    const stored = await database.query<{ token_hash: string }>('select token_hash from api_tokens');
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });

  it('lists agents without the system admin and categories with the defaults first', async () => {
    expect((await store.listAgents()).map((listed) => listed.email)).toEqual(['Mina@Example.com']);
    expect((await store.systemAdmin()).role).toBe('admin');
    const categories = await store.listCategories();
    expect(categories.slice(0, 7).every((category) => category.is_default)).toBe(true);
    expect(await store.createCategory('Margin Calls')).toEqual({
      key: 'margin_calls',
      name: 'Margin Calls',
      is_default: false,
    });
  });
});

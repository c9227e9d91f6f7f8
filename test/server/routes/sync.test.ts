import { TextDecoder } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeListSchema,
  ticketListSchema,
  ticketSchema,
  type Ticket,
} from '../../../shared/domain/schemas';
import {
  createLineSplitter,
  syncEndSchema,
  syncHeadSchema,
  syncTicketSchema,
  ticketFromSync,
  type SyncEnd,
  type SyncHead,
} from '../../../shared/sync/sync-tickets';
import { testEngines } from '../helpers/engines';
import { until } from '../helpers/polling';
import { intakeRequest, signedInAgent, startTestService, type TestService } from '../helpers/service';

/** Tickets imported: more than the first page (200) so the stream crosses a page boundary. */
const importedCount = 260;

interface SyncStream {
  head: SyncHead;
  tickets: Ticket[];
  end: SyncEnd | null;
}

/**
 * Reads `GET /api/sync/tickets` as the console does, line by line; `afterFirstLines` runs once the head and
 * the first tickets have arrived (the stream is still open then).
 */
async function readSync(
  service: TestService,
  token: string,
  afterFirstLines?: (head: SyncHead) => Promise<void>,
): Promise<SyncStream> {
  const response = await fetch(`${service.url}/api/sync/tickets`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/x-ndjson');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const splitter = createLineSplitter();
  const lines: string[] = [];
  let head: SyncHead | null = null;
  let isPaused = afterFirstLines !== undefined;
  for (;;) {
    const { done, value } = await reader.read();
    lines.push(...(done ? splitter.finish() : splitter.push(decoder.decode(value, { stream: true }))));
    if (head === null && lines.length > 0) {
      head = syncHeadSchema.parse(JSON.parse(lines[0] as string));
    }
    if (isPaused && head !== null && lines.length > 1) {
      isPaused = false;
      await afterFirstLines?.(head);
    }
    if (done) {
      break;
    }
  }
  const last = JSON.parse(lines.at(-1) ?? 'null') as unknown;
  const end = syncEndSchema.safeParse(last);
  const ticketLines = lines.slice(1, end.success ? -1 : undefined);
  return {
    head: head as SyncHead,
    end: end.success ? end.data : null,
    tickets: ticketLines.map((line) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      // The lean shape: none of the heavy lists, no evidence quoted.
      expect(Object.keys(raw)).not.toContain('possible_duplicates');
      expect(Object.keys(raw)).not.toContain('related');
      expect(Object.keys(raw)).not.toContain('redactions');
      // The checklist as one short flag string an item (`asset:r`), never the item objects.
      const items = (raw.checklist as { items: unknown[] }).items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => typeof item === 'string')).toBe(true);
      return ticketFromSync(syncTicketSchema.parse(raw));
    }),
  };
}

describe.each(testEngines())('GET /api/sync/tickets on $name', (engine) => {
  let service: TestService;
  let agentToken: string;

  beforeAll(async () => {
    service = await startTestService(engine);
    agentToken = await signedInAgent(service, 'syncing.agent@example.com');
    const lines = Array.from({ length: importedCount }, (_, index) =>
      JSON.stringify({
        external_id: `sync-${index}`,
        requester: { email: `history${index}@example.com`, name: `History ${index}` },
        subject: `Old question ${index}`,
        body: `My deposit of 0.5 BTC has not arrived, write to me at history${index}@example.com`,
        created_at: '2024-12-01T09:00:00Z',
      }),
    );
    const imported = await service.request('POST', '/api/import', {
      raw: lines.join('\n'),
      contentType: 'application/x-ndjson',
    });
    expect(imported.status).toBe(200);
  });

  afterAll(async () => {
    await service.stop();
  });

  it('streams the head, every ticket once (newest first, masked, lean), and the end line', async () => {
    const sync = await readSync(service, agentToken);
    const changes = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0&limit=10000', { token: agentToken })).body,
    );
    expect(sync.head.seq).toBe(changes.next);
    expect(sync.head.total).toBe(importedCount);
    expect(sync.end).toEqual({ end: true, count: importedCount });
    const numbers = sync.tickets.map((ticket) => ticket.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(new Set(sync.tickets.map((ticket) => ticket.id)).size).toBe(importedCount);
    for (const ticket of sync.tickets) {
      expect(ticketSchema.safeParse(ticket).success).toBe(true);
      expect(ticket.requester.email).toMatch(/^h\*\*\*@example\.com$/);
      expect(ticket.body).not.toMatch(/history\d+@example\.com/);
      expect(ticket.sla?.resolution.state).toBeDefined();
    }
    // The checklist comes as flags: the transaction id is present and says so, without its evidence.
    const listed = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?limit=1', { token: agentToken })).body,
    ).tickets[0] as Ticket;
    const synced = sync.tickets.find((ticket) => ticket.id === listed.id) as Ticket;
    const flags = (item: Ticket['checklist']['items'][number]): unknown => ({
      key: item.key,
      required: item.required,
      present: item.present,
      marked: item.marked ?? null,
      not_applicable: item.not_applicable ?? null,
    });
    expect(synced.checklist.items.map(flags)).toEqual(listed.checklist.items.map(flags));
    expect(synced.checklist.items.every((item) => item.evidence === null)).toBe(true);
    expect({ ...synced, checklist: null, sla: null }).toEqual({
      ...listed,
      checklist: null,
      sla: null,
      possible_duplicates: [],
      related: [],
      redactions: [],
    });
  });

  it('logs no read, and refuses a request without a token', async () => {
    const reader = await signedInAgent(service, 'sync.reader@example.com');
    const sync = await readSync(service, reader);
    // One detail read afterwards: the access log then holds that read, and nothing for the whole stream.
    const opened = sync.tickets[0] as Ticket;
    expect((await service.request('GET', `/api/tickets/${opened.id}`, { token: reader })).status).toBe(200);
    const me = (await service.request('GET', '/api/me', { token: reader })).body as { id: string };
    const entries = await until(
      async () =>
        (
          (await service.request('GET', `/api/access-log?agent_id=${me.id}`)).body as {
            entries: { ticket_id: string }[];
          }
        ).entries,
      (found) => found.length > 0,
    );
    expect(entries.map((entry) => entry.ticket_id)).toEqual([opened.id]);
    const anonymous = await service.request('GET', '/api/sync/tickets', { token: null });
    expect(anonymous.status).toBe(401);
  });

  it('misses and doubles nothing when tickets change during the stream: the head is where catch-up starts', async () => {
    const replica = new Map<string, Ticket>();
    let created: string | null = null;
    let changedIds: string[] = [];
    const sync = await readSync(service, agentToken, async () => {
      // While the stream is open: a new ticket, and changes to the newest and the oldest ticket.
      const intake = await service.request('POST', '/api/tickets', { token: null, body: intakeRequest() });
      created = (intake.body as { id: string }).id;
      const all = ticketListSchema.parse(
        (await service.request('GET', '/api/tickets?limit=1000', { token: agentToken })).body,
      ).tickets;
      changedIds = [all[1]?.id ?? '', all.at(-1)?.id ?? ''];
      for (const id of changedIds) {
        const patch = await service.request('PATCH', `/api/tickets/${id}`, {
          token: agentToken,
          body: { priority: 'urgent', tags: ['during-sync'] },
        });
        expect(patch.status).toBe(200);
      }
    });
    expect(new Set(sync.tickets.map((ticket) => ticket.id)).size).toBe(sync.tickets.length);
    for (const ticket of sync.tickets) {
      replica.set(ticket.id, ticket);
    }
    // The console's catch-up: every change after the head refreshes the ticket it names.
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${sync.head.seq}&limit=10000`, { token: agentToken }))
        .body,
    ).changes;
    const ids = [...new Set(changes.flatMap((change) => (change.ticket_id ? [change.ticket_id] : [])))];
    expect(ids).toEqual(expect.arrayContaining([created, ...changedIds]));
    const refreshed = ticketListSchema.parse(
      (await service.request('GET', `/api/tickets?ids=${ids.join(',')}&limit=100`, { token: agentToken }))
        .body,
    ).tickets;
    for (const ticket of refreshed) {
      const current = replica.get(ticket.id);
      if (!current || current.version <= ticket.version) {
        replica.set(ticket.id, ticket);
      }
    }
    const service_ = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?limit=1000', { token: agentToken })).body,
    ).tickets;
    expect(replica.size).toBe(service_.length);
    for (const ticket of service_) {
      expect(replica.get(ticket.id)?.version, ticket.id).toBe(ticket.version);
      expect(replica.get(ticket.id)?.priority).toBe(ticket.priority);
    }
  });
});

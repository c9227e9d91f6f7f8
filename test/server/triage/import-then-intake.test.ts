import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeListSchema, ticketDetailSchema } from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { triageStatusSchema } from '../../../shared/triage/wire-schemas';
import type { TriageExample } from '../../evaluation/build-sets';
import { readSet } from '../../shared/evaluation/measure';
import { startTestService, type TestService } from '../helpers/service';

/**
 * Issue 18: "after an import, new tickets are triaged with what was imported". The service first holds an
 * old model (two categories that the new history does not use), then the Korean development history of
 * docs/evaluation.md is imported, and tickets are filed the moment the import answers.
 */
const history = readSet<TriageExample[]>('development/triage-ko-history.json');
const tickets = readSet<TriageExample[]>('development/triage-ko-dev.json');

function records(examples: readonly { subject: string; body: string; category: string }[], prefix: string) {
  return examples.map((example, index) => ({
    external_id: `${prefix}-${index}`,
    requester: { email: `${prefix}${index % 40}@example.com` },
    subject: example.subject,
    body: example.body,
    category: example.category,
    status: 'solved',
    created_at: '2025-01-10T09:00:00Z',
    solved_at: '2025-01-11T09:00:00Z',
  }));
}

/** An old history the new one replaces in the model's eyes: categories `old_a` and `old_b` only. */
const oldHistory = Array.from({ length: 20 }, (_, index) => ({
  subject: index % 2 === 0 ? '출금 문의' : '로그인 문의',
  body: index % 2 === 0 ? `출금이 안 돼요 ${index}` : `로그인이 안 돼요 ${index}`,
  category: index % 2 === 0 ? 'old_a' : 'old_b',
}));

async function startWithOldModel(): Promise<TestService> {
  const service = await startTestService();
  await service.request('POST', '/api/import', { body: records(oldHistory, 'old') });
  const status = triageStatusSchema.parse((await service.request('GET', '/api/triage')).body);
  expect(status.model?.categories).toEqual(['old_a', 'old_b']);
  return service;
}

async function file(service: TestService, ticket: TriageExample, index: number): Promise<string> {
  const response = await service.request('POST', '/api/tickets', {
    token: null,
    body: { requester: { email: `new${index}@example.com` }, subject: ticket.subject, body: ticket.body },
  });
  expect(response.status).toBe(201);
  return intakeReceiptSchema.parse(response.body).id;
}

async function suggestions(service: TestService, ids: readonly string[]): Promise<(string | null)[]> {
  const found: (string | null)[] = [];
  for (const id of ids) {
    const detail = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    found.push(detail.suggested_category?.category ?? null);
  }
  return found;
}

function accuracy(found: readonly (string | null)[], expected: readonly TriageExample[]): number {
  return (
    found.filter((category, position) => category === expected[position]?.category).length / found.length
  );
}

describe('tickets filed right after an import are triaged with what was imported', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startWithOldModel();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('the import answers once the new model is in force: the next tickets get its suggestion', async () => {
    const imported = await service.request('POST', '/api/import', { body: records(history, 'ko') });
    expect(imported.status).toBe(200);
    const ids: string[] = [];
    for (const [index, ticket] of tickets.entries()) {
      ids.push(await file(service, ticket, index));
    }
    const figure = accuracy(await suggestions(service, ids), tickets);
    console.log(`import-then-intake (the import waits for the model): ${figure.toFixed(3)} of ${ids.length}`);
    // The old model could only say old_a/old_b (0 right); the development figure of this set is 0.79.
    expect(figure).toBeGreaterThanOrEqual(0.7);
  }, 120_000);
});

describe('with ?wait=false the import answers at once', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startWithOldModel();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('tickets filed during the retraining get the new suggestion when it lands, with a ticket.updated', async () => {
    const before = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0&limit=10000')).body,
    );
    const imported = await service.request('POST', '/api/import?wait=false', {
      body: records(history, 'ko'),
    });
    expect(imported.status).toBe(200);
    const filed = tickets.slice(0, 30);
    const ids: string[] = [];
    const first: (string | null)[] = [];
    for (const [index, ticket] of filed.entries()) {
      const id = await file(service, ticket, index);
      ids.push(id);
      // What the ticket showed the moment it was filed.
      first.push(...(await suggestions(service, [id])));
    }
    // A client sees the new suggestions arrive: poll (up to 60 s) as the console would on ticket.updated.
    let found = first;
    for (
      let attempt = 0;
      attempt < 120 && found.some((category) => category?.startsWith('old_') !== false);
      attempt += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      found = await suggestions(service, ids);
    }
    expect(found.filter((category) => category?.startsWith('old_') !== false)).toEqual([]);
    const figure = accuracy(found, filed);
    console.log(
      `import-then-intake (?wait=false): ${first.filter((category) => category?.startsWith('old_') === true).length} ` +
        `of ${ids.length} first suggested by the old model; after the retraining ${figure.toFixed(3)} right`,
    );
    expect(figure).toBeGreaterThanOrEqual(0.6);
    // Each ticket whose stored suggestion changed was announced by a ticket.updated change.
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${before.next}&limit=10000`)).body,
    ).changes;
    const updated = new Set(
      changes.filter((change) => change.type === 'ticket.updated').map((change) => change.ticket_id),
    );
    ids.forEach((id, position) => {
      if (first[position] !== found[position]) {
        expect(updated.has(id)).toBe(true);
      }
    });
  }, 120_000);
});

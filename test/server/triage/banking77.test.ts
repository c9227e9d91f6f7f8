import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importResultSchema, ticketListSchema } from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { triageStatusSchema } from '../../../shared/triage/wire-schemas';
import { holdOut, readBanking77, type Banking77Request } from '../../shared/triage/banking77';
import { startTestService, type TestService } from '../helpers/service';

/**
 * The issue's proof of auto-triage: banking77's training file imported through `POST /api/import` under the
 * categories of its category-map.json (minus a held-out fifth of every intent), the model trained in the
 * background, then the held-out requests filed through intake: their `suggested_category` must be right for
 * at least 95.5% of them (docs/triage.md: 0.9575 on this split, about 0.961 over three). PGlite, as the
 * embedded service runs.
 */
describe('auto-triage learns banking77 through the service', () => {
  let service: TestService;
  let heldOut: Banking77Request[];
  let training: Banking77Request[];

  beforeAll(async () => {
    ({ training, heldOut } = holdOut(readBanking77(), 0.2, 1));
    service = await startTestService();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('suggests the right category for the seed-1 hold-out requests filed after the import (regression)', async () => {
    const records = training.map((request, index) => ({
      external_id: `banking77-${index}`,
      requester: { email: `customer${index % 500}@example.com` },
      subject: request.text,
      body: request.text,
      category: request.category,
      status: 'solved',
      created_at: '2025-01-10T09:00:00Z',
      solved_at: '2025-01-10T12:00:00Z',
    }));
    const imported = importResultSchema.parse(
      (await service.request('POST', '/api/import', { body: records })).body,
    );
    expect(imported).toEqual({ imported: training.length, skipped: 0, errors: [] });

    let status = triageStatusSchema.parse((await service.request('GET', '/api/triage')).body);
    for (let attempt = 0; attempt < 300 && (status.model === null || status.training); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = triageStatusSchema.parse((await service.request('GET', '/api/triage')).body);
    }
    expect(status.model?.example_count).toBe(training.length);
    expect(status.model?.categories).toEqual([
      'account',
      'cards',
      'deposit',
      'kyc',
      'security',
      'trading',
      'withdrawal',
    ]);

    const expected = new Map<string, string>();
    let next = 0;
    const fileNext = async (): Promise<void> => {
      while (next < heldOut.length) {
        const request = heldOut[next] as Banking77Request;
        next += 1;
        const answer = await service.request('POST', '/api/tickets', {
          body: { requester: { email: 'asker@example.com' }, subject: request.text, body: request.text },
        });
        expected.set(intakeReceiptSchema.parse(answer.body).id, request.category);
      }
    };
    await Promise.all(Array.from({ length: 8 }, fileNext));

    let correct = 0;
    let suggested = 0;
    let cursor: string | null = null;
    do {
      const page = ticketListSchema.parse(
        (await service.request('GET', `/api/tickets?limit=1000${cursor === null ? '' : `&cursor=${cursor}`}`))
          .body,
      );
      for (const ticket of page.tickets) {
        const category = expected.get(ticket.id);
        if (category !== undefined && ticket.suggested_category !== null) {
          suggested += 1;
          correct += ticket.suggested_category.category === category ? 1 : 0;
        }
      }
      cursor = page.next_cursor;
    } while (cursor !== null);
    expect(suggested).toBe(heldOut.length);
    expect(correct / heldOut.length).toBeGreaterThanOrEqual(0.955);
  }, 120_000);
});

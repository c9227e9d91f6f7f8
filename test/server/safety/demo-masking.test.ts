import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { findSecrets } from '../../../shared/safety/secrets';
import { generateDemoTickets } from '../../../server/demo/generate-demo';
import { loadDemoData } from '../../../server/startup/load-demo';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';

const now = new Date('2026-11-01T00:00:00Z');
const count = 600;

describe.each(testEngines())('the demo data goes through the masking on $name', (engine) => {
  let database: SqlDatabase;
  let details: TicketDetail[];

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    const store = createTicketStore(database);
    await loadDemoData(store, { now, count });
    const list = await store.listTickets({ limit: 1000 });
    details = (await Promise.all(list.tickets.map((ticket) => store.getTicket(ticket.id)))).filter(
      (detail): detail is TicketDetail => detail !== null,
    );
  });

  afterAll(async () => {
    await database.close();
  });

  it('generates tickets with secrets, and stores none of them', () => {
    // The demo's secrets are the recovery phrases and API keys its customers paste (tagged sensitive-data).
    // Only Latin-script findings count here: the detector's unspaced Chinese windows also fire on some
    // ordinary Chinese sentences, whose masking depends on their neighbours (docs/security.md).
    const generated = generateDemoTickets({ now, count }).filter((ticket) =>
      ticket.tags.includes('sensitive-data'),
    );
    const secrets = generated.flatMap((ticket) =>
      [ticket.subject, ticket.body, ...ticket.messages.map((message) => message.body)].flatMap((text) =>
        findSecrets(text)
          .map((finding) => text.slice(finding.start, finding.end))
          .filter((found) => /[A-Za-z0-9]{3}/.test(found)),
      ),
    );
    expect(secrets.length).toBeGreaterThan(0);
    const stored = details
      .flatMap((detail) => [
        detail.subject,
        detail.body,
        ...detail.messages.map((message) => message.body),
        JSON.stringify(detail.checklist),
      ])
      .join('\n');
    expect(secrets.filter((secret) => stored.includes(secret))).toEqual([]);
  });

  it('keeps the secret-bearing tickets, with their redactions and the customer notice', () => {
    const redacted = details.filter((detail) => detail.redactions.length > 0);
    expect(redacted.length).toBeGreaterThan(0);
    // A seed phrase in the customer's own text (the opening or a customer message) earns the notice.
    const seeds = redacted.filter((detail) =>
      detail.redactions.some(
        (redaction) =>
          redaction.kind === 'seed_phrase' &&
          (redaction.message_id === null ||
            detail.messages.some(
              (message) => message.id === redaction.message_id && message.kind === 'customer',
            )),
      ),
    );
    expect(seeds.length).toBeGreaterThan(0);
    for (const detail of seeds) {
      expect(
        detail.messages.some((message) => message.kind === 'reply' && message.author_agent_id === null),
      ).toBe(true);
    }
  });
});

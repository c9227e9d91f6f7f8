import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZendeskContext, zendeskTicketsOf } from '../../../shared/import/zendesk';

const page = JSON.parse(readFileSync('test/fixtures/import/zendesk-export.json', 'utf8')) as unknown;

function convertPage(options = {}): ReturnType<ZendeskContext['convert']>[] {
  const context = new ZendeskContext();
  return zendeskTicketsOf(page, context).map((ticket) => context.convert(ticket, options));
}

describe('Zendesk incremental export', () => {
  it('maps a solved e-mail ticket: requester from the channel, later public comments as messages', () => {
    const [first] = convertPage({ categoryFieldId: 360001 });
    expect(first).toEqual({
      ok: true,
      record: {
        external_id: 'zendesk-35436',
        requester: { email: 'hana.park@example.com', name: 'Hana Park' },
        subject: 'Withdrawal to hardware wallet failed',
        body: "My withdrawal of 1.5 ETH failed with 'address mismatch'.",
        category: 'withdrawal',
        status: 'solved',
        priority: 'high',
        created_at: '2024-02-01T09:00:00Z',
        solved_at: '2024-02-02T10:00:00Z',
        // The description is not repeated and the private note is left out.
        messages: [
          {
            author: 'agent',
            body: 'Your address book entry had a typo; please re-add the address.',
            created_at: '2024-02-01T10:00:00Z',
          },
          { author: 'customer', body: 'That worked, thank you!', created_at: '2024-02-02T09:00:00Z' },
        ],
      },
    });
  });

  it('finds the requester in the users side-load, comments in ticket_events, pending → awaiting_customer', () => {
    const second = convertPage({ categoryFieldId: 360001, categoryTagPrefix: 'category_' })[1];
    expect(second).toMatchObject({
      ok: true,
      record: {
        requester: { email: 'seojun.lee@example.com', name: '이서준', locale: 'ko' },
        status: 'awaiting_customer',
        // The custom field is empty, so the tag prefix decides.
        category: 'kyc',
        messages: [{ author: 'agent', body: 'The photo is blurry; please upload a sharper one.' }],
      },
    });
  });

  it('reports a ticket with an unreadable time, and leaves the category out when nothing names it', () => {
    const results = convertPage();
    expect(results[2]).toMatchObject({ ok: false, message: /created_at/ });
    expect(results[0]?.ok && results[0].record.category).toBeUndefined();
  });

  it('maps hold to on_hold, gives an unknown requester a stand-in address and refuses deleted tickets', () => {
    const context = new ZendeskContext();
    const ticket = {
      id: 7,
      status: 'hold',
      requester_id: 55,
      description: 'Help',
      created_at: '2024-01-01T00:00:00Z',
    };
    expect(context.convert(ticket)).toMatchObject({
      ok: true,
      record: { status: 'on_hold', subject: 'Help', requester: { email: 'zendesk-user-55@zendesk.invalid' } },
    });
    expect(context.convert({ ...ticket, status: 'deleted' })).toMatchObject({
      ok: false,
      message: /deleted/,
    });
  });

  it('takes NDJSON of bare ticket objects as well as pages', () => {
    const context = new ZendeskContext();
    expect(zendeskTicketsOf({ id: 1, subject: 'x' }, context)).toEqual([{ id: 1, subject: 'x' }]);
  });
});

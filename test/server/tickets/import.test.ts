import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../server/errors';
import { bulkTicketFromRecord, prepareImport, splitImportPayload } from '../../../server/tickets/import';

const base = {
  external_id: 'x-1',
  requester: { email: 'old@example.com', name: 'Old', locale: 'zh-TW' },
  subject: '充值没到账',
  body: '昨天充值的USDT还没有到账',
  created_at: '2024-05-01T08:00:00+08:00',
};

describe('import preparation', () => {
  it('splits NDJSON lines, skipping blank ones and reporting unparsable ones by position', () => {
    expect(splitImportPayload('{"a":1}\n\n  \n{oops}\r\n{"b":2}\n')).toEqual({
      records: [{ a: 1 }, undefined, { b: 2 }],
      errors: [{ index: 1, message: 'not valid JSON' }],
    });
    expect(splitImportPayload([{ a: 1 }])).toEqual({ records: [{ a: 1 }], errors: [] });
    expect(() => splitImportPayload({ a: 1 })).toThrow(ApiFailure);
  });

  it('derives status, times, language and category from a record', () => {
    const ticket = bulkTicketFromRecord({
      ...base,
      category: 'Deposit / Withdrawal',
      messages: [
        { author: 'agent', body: 'checking', created_at: '2024-05-01T01:00:00Z' },
        { author: 'customer', body: 'thanks', created_at: '2024-05-03T00:00:00Z' },
      ],
    });
    expect(ticket).toMatchObject({
      category: 'deposit_withdrawal',
      requestedCategory: 'Deposit / Withdrawal',
      status: 'new',
      language: 'zh',
      createdAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-05-03T00:00:00.000Z',
      firstResponseAt: '2024-05-01T01:00:00.000Z',
      solvedAt: null,
      source: 'import',
    });
    expect(ticket.messages.map((message) => [message.kind, message.authorName])).toEqual([
      ['reply', null],
      ['customer', 'Old'],
    ]);
    expect(bulkTicketFromRecord({ ...base, solved_at: '2024-05-02T00:00:00Z' })).toMatchObject({
      status: 'solved',
    });
    expect(bulkTicketFromRecord({ ...base, status: 'closed' }).solvedAt).toBe('2024-05-01T00:00:00.000Z');
  });

  it('keeps valid records and reports the others by index', () => {
    const { tickets, errors } = prepareImport([
      base,
      { ...base, subject: '' },
      'text',
      { ...base, body: 'nul\u0000' },
    ]);
    expect(tickets).toHaveLength(1);
    expect(errors.map((error) => error.index)).toEqual([1, 2, 3]);
    expect(errors[0]?.message).toContain('subject');
  });
});

import { describe, expect, it } from 'vitest';
import { CsvRecordConverter, parseMapArgument, parseMappingFile } from '../../../shared/import/csv-mapping';

const header = ['ID', 'Title', 'Text', 'Email', 'State', 'Opened', 'Closed', 'Thread', 'Topic'];
const mapping = parseMappingFile({
  columns: {
    external_id: 'ID',
    subject: 'Title',
    body: 'Text',
    'requester.email': 'Email',
    status: 'State',
    created_at: 'Opened',
    solved_at: 'Closed',
    messages: 'Thread',
    category: 'Topic',
  },
  status: { Erledigt: 'solved' },
  category: { Einzahlung: 'deposit' },
  timezone: 'Asia/Seoul',
});

function row(overrides: Partial<Record<string, string>> = {}): string[] {
  const values: Record<string, string> = {
    ID: 'T-1',
    Title: 'Deposit missing',
    Text: 'Sent 1 ETH, not credited.',
    Email: 'kim@example.com',
    State: 'Erledigt',
    Opened: '2024-03-02 09:15',
    Closed: '2024-03-02 18:00',
    Thread: '[{"author":"agent","body":"Credited now.","created_at":"2024-03-02 17:00"}]',
    Topic: 'Einzahlung',
    ...overrides,
  };
  return header.map((column) => values[column] ?? '');
}

describe('CsvRecordConverter', () => {
  const converter = new CsvRecordConverter(header, mapping);

  it('maps columns, translates status and category, and reads times in the mapping zone', () => {
    expect(converter.convert(row())).toEqual({
      ok: true,
      record: {
        external_id: 'T-1',
        requester: { email: 'kim@example.com' },
        subject: 'Deposit missing',
        body: 'Sent 1 ETH, not credited.',
        category: 'deposit',
        status: 'solved',
        created_at: '2024-03-02T00:15:00.000Z',
        solved_at: '2024-03-02T09:00:00.000Z',
        messages: [{ author: 'agent', body: 'Credited now.', created_at: '2024-03-02T08:00:00.000Z' }],
      },
    });
  });

  it('takes common status words of other help desks without a mapping', () => {
    const result = converter.convert(row({ State: 'Pending' }));
    expect(result.ok && result.record.status).toBe('awaiting_customer');
  });

  it('explains what is wrong with a bad row, naming the field', () => {
    expect(converter.convert(row({ State: 'Escalated' }))).toMatchObject({
      ok: false,
      message: /status: "Escalated"/,
    });
    expect(converter.convert(row({ Opened: '03/04/2024' }))).toMatchObject({
      ok: false,
      message: /created_at/,
    });
    expect(converter.convert(row({ Email: 'nobody' }))).toMatchObject({
      ok: false,
      message: /requester\.email/,
    });
    expect(converter.convert(row({ Thread: '[{"author":' }))).toMatchObject({
      ok: false,
      message: /messages/,
    });
  });

  it('refuses a mapping that names a column the header lacks, or leaves a required field unmapped', () => {
    expect(() => new CsvRecordConverter(header.slice(1), mapping)).toThrow(/column "ID"/);
    expect(() => new CsvRecordConverter(['subject', 'body'], { columns: {} })).toThrow(/external_id/);
  });

  it('reads columns named like the import fields without any mapping', () => {
    const plain = new CsvRecordConverter(
      ['external_id', 'subject', 'body', 'requester_email', 'created_at'],
      {
        columns: {},
      },
    );
    expect(plain.convert(['x-1', 'Hi', 'Hello', 'a@example.com', '2024-01-01T00:00:00Z'])).toMatchObject({
      ok: true,
    });
  });
});

describe('parseMapArgument', () => {
  it('reads field=Column pairs and refuses unknown fields', () => {
    expect(parseMapArgument('external_id=ID, subject=Title,email=Mail')).toEqual({
      external_id: 'ID',
      subject: 'Title',
      'requester.email': 'Mail',
    });
    expect(() => parseMapArgument('colour=Red')).toThrow(/unknown field "colour"/);
    expect(() => parseMapArgument('subject')).toThrow(/not field=Column/);
  });
});

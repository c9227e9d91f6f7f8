import { describe, expect, it } from 'vitest';
import { CsvStreamParser, type CsvRecord } from '../../../shared/import/csv-stream';

/** Feeds `text` in pieces of `size` characters, as a file stream would. */
function parseInChunks(text: string, size: number): CsvRecord[] {
  const parser = new CsvStreamParser();
  const records: CsvRecord[] = [];
  for (let start = 0; start < text.length; start += size) {
    records.push(...parser.push(text.slice(start, start + size)));
  }
  records.push(...parser.finish());
  return records;
}

const sample =
  '\ufeffid,subject,body\r\n' +
  '1,"Hello, world","She said ""hi""\r\nand left"\r\n' +
  '2,입금 지연,"多行\n文本"\n' +
  '\n' +
  '3,,last without line end';

describe('CsvStreamParser', () => {
  it('reads quoted commas, doubled quotes, multi-line fields, CRLF and LF, and drops the BOM', () => {
    expect(parseInChunks(sample, 1000).map((record) => record.fields)).toEqual([
      ['id', 'subject', 'body'],
      ['1', 'Hello, world', 'She said "hi"\r\nand left'],
      ['2', '입금 지연', '多行\n文本'],
      ['3', '', 'last without line end'],
    ]);
  });

  it('gives the same records whatever the chunk size (a quote or CRLF split across chunks)', () => {
    const whole = parseInChunks(sample, 1000);
    for (const size of [1, 2, 3, 7]) {
      expect(parseInChunks(sample, size)).toEqual(whole);
    }
  });

  it('names the line each record starts on, counting line breaks inside quoted fields', () => {
    expect(parseInChunks(sample, 5).map((record) => record.line)).toEqual([1, 2, 4, 7]);
  });

  it('refuses a quoted field that is never closed, naming the line it opened on', () => {
    expect(() => parseInChunks('a,b\n1,"open\nstill open', 4)).toThrow(
      /line 2: a quoted field is not closed/,
    );
  });

  it('keeps empty quoted fields and trailing empty fields', () => {
    expect(parseInChunks('"",x,\n', 2).map((record) => record.fields)).toEqual([['', 'x', '']]);
  });
});

import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../shared/metrics/csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['category', 'count'],
        [
          ['kyc', 3],
          ['api', 0],
        ],
      ),
    ).toBe('category,count\r\nkyc,3\r\napi,0\r\n');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvField('Deposit, withdrawal')).toBe('"Deposit, withdrawal"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('민지 김')).toBe('민지 김');
  });

  it('writes empty fields for missing values and keeps numbers as numbers', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, -1.5, Number.NaN]])).toBe('a,b,c,d\r\n,,-1.5,\r\n');
    expect(csvField(true)).toBe('true');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x.example")')).toBe(`"'=HYPERLINK(""http://x.example"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
  });
});

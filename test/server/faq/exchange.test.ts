import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../../server/faq/csv';
import { entriesFromCsv, ImportFormatError } from '../../../server/faq/exchange';

describe('CSV', () => {
  it('round-trips fields with commas, quotes, line breaks and Korean text', () => {
    const records = [
      ['a', 'b,c', 'say "hi"'],
      ['line\r\nbreak', '', '출금, 지연'],
    ];
    const text = formatCsv(records);
    expect(text).toBe('a,"b,c","say ""hi"""\r\n"line\r\nbreak",,"출금, 지연"\r\n');
    expect(parseCsv(text)).toEqual(records);
  });

  it('reads LF line ends and a byte order mark, and names the line of an unclosed quote', () => {
    expect(parseCsv('\ufeffx,y\n1,2\n')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('x\n"open,1\n')).toThrow('line 2');
  });
});

describe('entriesFromCsv', () => {
  const header = 'folder,keywords,categories,language,title,body,prompts,actions,retired\r\n';

  it('groups consecutive rows of one reply without ids, and reports unreadable rows by data row', () => {
    const entries = entriesFromCsv(
      `${header}Fees,fee;수수료,general,en,Fees,Body,,,false\r\n` +
        `Fees,fee;수수료,general,ko,수수료,본문,,,false\r\n` +
        `Fees,fee,general,en,Other,Body,{bad json,,\r\n` +
        `Fees,fee;수수료,general,en,Fees again,Body,,,\r\n`,
    );
    expect(entries).toEqual([
      {
        index: 0,
        input: {
          folder: 'Fees',
          keywords: ['fee', '수수료'],
          categories: ['general'],
          prompts: [],
          actions: {},
          retired: false,
          variants: [
            { language: 'en', title: 'Fees', body: 'Body' },
            { language: 'ko', title: '수수료', body: '본문' },
          ],
        },
      },
      { index: 2, error: 'prompts: not valid JSON' },
      expect.objectContaining({ index: 3 }),
    ]);
  });

  it('refuses CSV without the required columns as a whole', () => {
    expect(() => entriesFromCsv('title,body\r\nA,B\r\n')).toThrow(ImportFormatError);
  });
});

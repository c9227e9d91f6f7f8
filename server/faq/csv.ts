/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding a comma, a quote, CR or LF is
 * quoted, with quotes doubled. The parser also takes LF line ends and a leading byte order mark, as
 * spreadsheets write them.
 */

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text of `records` (the first one usually the header), ending with CRLF. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(field).join(',')}\r\n`).join('');
}

/** The records of `text`; throws an Error naming the line of an unterminated quoted field. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let position = text.startsWith('\ufeff') ? 1 : 0;
  let line = 1;
  let isRecordStarted = false;
  while (position < text.length) {
    const character = text[position];
    if (character === '"' && value === '') {
      const startLine = line;
      position += 1;
      for (;;) {
        if (position >= text.length) {
          throw new Error(`line ${startLine}: a quoted field is not closed`);
        }
        const inner = text[position];
        if (inner === '"') {
          if (text[position + 1] === '"') {
            value += '"';
            position += 2;
            continue;
          }
          position += 1;
          break;
        }
        if (inner === '\n') {
          line += 1;
        }
        value += inner;
        position += 1;
      }
      isRecordStarted = true;
      continue;
    }
    if (character === ',') {
      record.push(value);
      value = '';
      isRecordStarted = true;
      position += 1;
    } else if (character === '\r' || character === '\n') {
      if (isRecordStarted || value !== '') {
        record.push(value);
        records.push(record);
      }
      record = [];
      value = '';
      isRecordStarted = false;
      position += character === '\r' && text[position + 1] === '\n' ? 2 : 1;
      line += 1;
    } else {
      value += character;
      isRecordStarted = true;
      position += 1;
    }
  }
  if (isRecordStarted || value !== '') {
    record.push(value);
    records.push(record);
  }
  return records;
}

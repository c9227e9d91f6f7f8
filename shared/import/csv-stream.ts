/**
 * A streaming RFC 4180 CSV parser: text arrives in chunks of any size (a 1 GB export is never held whole) and
 * complete records come out as soon as their line end is seen. Quoted fields may hold commas, doubled quotes
 * and line breaks; CRLF and LF line ends are both taken, and a leading byte order mark is dropped.
 */

/** One record and the 1-based line of the source file it starts on (for error messages). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export class CsvStreamParser {
  private fields: string[] = [];
  private value = '';
  private isQuoted = false;
  /** Inside a quoted field and the last character seen was a quote: either the end or the first of "". */
  private isQuotePending = false;
  private isRecordStarted = false;
  private isFirstChunk = true;
  private pendingCarriageReturn = false;
  private line = 1;
  private recordLine = 1;

  /** Parses `chunk` and returns the records it completes. */
  push(chunk: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    let text = chunk;
    if (this.isFirstChunk && text.length > 0) {
      this.isFirstChunk = false;
      if (text.startsWith('\ufeff')) {
        text = text.slice(1);
      }
    }
    for (const character of text) {
      this.step(character, records);
    }
    return records;
  }

  /** Ends the input: returns the last record (one without a final line end); throws on an open quote. */
  finish(): CsvRecord[] {
    if (this.isQuoted && !this.isQuotePending) {
      throw new Error(`line ${this.recordLine}: a quoted field is not closed`);
    }
    this.isQuoted = false;
    this.isQuotePending = false;
    const records: CsvRecord[] = [];
    if (this.isRecordStarted || this.value !== '') {
      this.endRecord(records);
    }
    return records;
  }

  private step(character: string, records: CsvRecord[]): void {
    if (this.pendingCarriageReturn) {
      this.pendingCarriageReturn = false;
      if (character === '\n') {
        return; // The LF of a CRLF that already ended the record.
      }
    }
    if (this.isQuoted) {
      if (this.isQuotePending) {
        this.isQuotePending = false;
        if (character === '"') {
          this.value += '"';
          return;
        }
        this.isQuoted = false; // The quote closed the field; this character is handled below.
      } else {
        if (character === '"') {
          this.isQuotePending = true;
          return;
        }
        if (character === '\n') {
          this.line += 1;
        }
        this.value += character;
        return;
      }
    }
    if (!this.isRecordStarted && this.value === '' && character !== '\r' && character !== '\n') {
      this.recordLine = this.line;
    }
    // A quote opens a quoted field only at its start; elsewhere it is kept as text, as lenient parsers do.
    if (character === '"' && this.value === '') {
      this.isQuoted = true;
      this.isRecordStarted = true;
      return;
    }
    if (character === ',') {
      this.fields.push(this.value);
      this.value = '';
      this.isRecordStarted = true;
      return;
    }
    if (character === '\r' || character === '\n') {
      if (character === '\r') {
        this.pendingCarriageReturn = true;
      }
      if (this.isRecordStarted || this.value !== '') {
        this.endRecord(records);
      }
      this.line += 1;
      return;
    }
    this.value += character;
  }

  private endRecord(records: CsvRecord[]): void {
    this.fields.push(this.value);
    records.push({ fields: this.fields, line: this.recordLine });
    this.fields = [];
    this.value = '';
    this.isRecordStarted = false;
  }
}

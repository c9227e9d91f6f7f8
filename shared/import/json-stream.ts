/**
 * Splits a stream of JSON text into its values without holding the whole text: a top-level array yields its
 * elements one by one (our JSON array export), and top-level values written one after another yield each
 * value (NDJSON, or Zendesk pages saved back to back). Each value's text is then parsed on its own, so a
 * 1 GB array never becomes one string; only the largest single value has to fit in memory.
 */

/** The text of one value and the 1-based line it starts on. */
export interface JsonValueText {
  text: string;
  line: number;
}

export class JsonValueSplitter {
  /** Nesting depth counted from the level values are taken at (0: between values). */
  private depth = 0;
  private isInString = false;
  private isEscaped = false;
  private current = '';
  private currentLine = 1;
  private line = 1;
  /** Whether the first non-blank character was `[` (its elements are the values). */
  private isArrayMode: boolean | null = null;
  private isArrayClosed = false;
  /** A bare scalar at value level (a number, true, null, or text that is not JSON at all). */
  private isInScalar = false;

  push(chunk: string): JsonValueText[] {
    const values: JsonValueText[] = [];
    let start = 0;
    for (let position = 0; position < chunk.length; position += 1) {
      const character = chunk[position] ?? '';
      if (this.depth === 0 && !this.isInString && !this.isInScalar) {
        // Between values: only whitespace, separators and the enclosing array's brackets.
        if (character === '\n') {
          this.line += 1;
          continue;
        }
        if (character === ' ' || character === '\t' || character === '\r' || character === '\ufeff') {
          continue;
        }
        if (this.isArrayMode === null) {
          this.isArrayMode = character === '[';
          if (this.isArrayMode) {
            continue;
          }
        }
        if (this.isArrayMode && (character === ',' || character === ']')) {
          if (character === ']') {
            this.isArrayClosed = true;
          }
          continue;
        }
        if (this.isArrayClosed) {
          throw new Error(`line ${this.line}: text after the end of the array`);
        }
        this.currentLine = this.line;
        start = position;
        this.current = '';
        if (character === '{' || character === '[') {
          this.depth = 1;
        } else if (character === '"') {
          this.isInString = true;
          this.depth = 0;
          this.isInScalar = true; // A top-level string: ends at its closing quote.
        } else {
          this.isInScalar = true;
        }
        continue;
      }
      if (this.isInString) {
        if (this.isEscaped) {
          this.isEscaped = false;
        } else if (character === '\\') {
          this.isEscaped = true;
        } else if (character === '"') {
          this.isInString = false;
          if (this.depth === 0) {
            this.isInScalar = false;
            values.push(this.take(chunk, start, position + 1));
          }
        } else if (character === '\n') {
          this.line += 1;
        }
        continue;
      }
      if (this.isInScalar) {
        // Inside an array a scalar ends at the next separator; otherwise it runs to the line end, so a line
        // that is not JSON at all is one bad value, not one per word.
        if (character === '\n' || (this.isArrayMode === true && (character === ',' || character === ']'))) {
          this.isInScalar = false;
          values.push(this.take(chunk, start, position));
          position -= 1; // The separator is read again between values.
        }
        continue;
      }
      if (character === '"') {
        this.isInString = true;
      } else if (character === '{' || character === '[') {
        this.depth += 1;
      } else if (character === '}' || character === ']') {
        this.depth -= 1;
        if (this.depth === 0) {
          values.push(this.take(chunk, start, position + 1));
        }
      } else if (character === '\n') {
        this.line += 1;
      }
    }
    if (this.depth > 0 || this.isInString || this.isInScalar) {
      this.current += chunk.slice(start);
    }
    return values;
  }

  /** Ends the input; throws when a value or the enclosing array is left open. */
  finish(): JsonValueText[] {
    if (this.isInScalar && !this.isInString) {
      this.isInScalar = false;
      return [{ text: this.current, line: this.currentLine }];
    }
    if (this.depth > 0 || this.isInString) {
      throw new Error(`line ${this.currentLine}: the JSON value starting here is not complete`);
    }
    if (this.isArrayMode === true && !this.isArrayClosed) {
      throw new Error('the JSON array is not closed with ]');
    }
    return [];
  }

  private take(chunk: string, start: number, end: number): JsonValueText {
    const text = this.current + chunk.slice(start, end);
    this.current = '';
    return { text, line: this.currentLine };
  }
}

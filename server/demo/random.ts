/**
 * A small seeded pseudo-random source for the demo data. The same seed always gives the same sequence, so
 * demo data is reproducible; nothing here reads `Math.random` or the clock.
 */
export class SeededRandom {
  private state: number;

  /** Starts the sequence for `seed` (any number; it is reduced to 32 bits). */
  constructor(seed: number) {
    this.state = Math.trunc(seed) >>> 0;
  }

  /** The next number in [0, 1), by mulberry32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `minimum` to `maximum`, both included. */
  integer(minimum: number, maximum: number): number {
    return minimum + Math.floor(this.next() * (maximum - minimum + 1));
  }

  /** A number from `minimum` (included) to `maximum` (excluded). */
  between(minimum: number, maximum: number): number {
    return minimum + this.next() * (maximum - minimum);
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One item of a non-empty list, each equally likely. */
  pick<Item>(items: readonly Item[]): Item {
    if (items.length === 0) {
      throw new Error('SeededRandom.pick needs at least one item');
    }
    return items[Math.floor(this.next() * items.length)] as Item;
  }

  /** One item of a list of `[item, weight]` pairs, each as likely as its weight. */
  weighted<Item>(entries: readonly (readonly [Item, number])[]): Item {
    let total = 0;
    for (const [, weight] of entries) {
      total += weight;
    }
    if (entries.length === 0 || total <= 0) {
      throw new Error('SeededRandom.weighted needs at least one positive weight');
    }
    let remaining = this.next() * total;
    for (const [item, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) {
        return item;
      }
    }
    return (entries[entries.length - 1] as readonly [Item, number])[0];
  }

  /** A shuffled copy of the list (Fisher-Yates). */
  shuffle<Item>(items: readonly Item[]): Item[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as Item, copy[index] as Item];
    }
    return copy;
  }

  /** `length` characters drawn from `alphabet`. */
  characters(alphabet: string, length: number): string {
    let text = '';
    for (let index = 0; index < length; index += 1) {
      text += alphabet.charAt(Math.floor(this.next() * alphabet.length));
    }
    return text;
  }

  /** `length` lowercase hexadecimal digits. */
  hex(length: number): string {
    return this.characters('0123456789abcdef', length);
  }

  /** `length` decimal digits, the first never zero. */
  digits(length: number): string {
    return String(this.integer(1, 9)) + this.characters('0123456789', length - 1);
  }

  /** A multiplier around 1 spread log-evenly between e^-spread/2 and e^spread/2. */
  spread(spread: number): number {
    return Math.exp((this.next() - 0.5) * spread);
  }
}

import { describe, expect, it } from 'vitest';
import { JsonValueSplitter, type JsonValueText } from '../../../shared/import/json-stream';

function split(text: string, size: number): JsonValueText[] {
  const splitter = new JsonValueSplitter();
  const values: JsonValueText[] = [];
  for (let start = 0; start < text.length; start += size) {
    values.push(...splitter.push(text.slice(start, start + size)));
  }
  values.push(...splitter.finish());
  return values;
}

describe('JsonValueSplitter', () => {
  const array = '[\n  {"a": "x, ] } \\" y"},\n  {"b": [1, {"c": 2}]}\n]\n';

  it('yields the elements of a top-level array one by one, whatever the chunk size', () => {
    for (const size of [1, 3, 1000]) {
      expect(split(array, size).map((value) => JSON.parse(value.text) as unknown)).toEqual([
        { a: 'x, ] } " y' },
        { b: [1, { c: 2 }] },
      ]);
    }
  });

  it('yields values written one after another, with the line each starts on', () => {
    const values = split('{"tickets": []}\n{"tickets": [{"id": 1}]}\n\n{"id": 2}\n', 4);
    expect(values.map((value) => value.line)).toEqual([1, 2, 4]);
    expect(JSON.parse(values[1]?.text ?? '')).toEqual({ tickets: [{ id: 1 }] });
  });

  it('passes a line that is not JSON through whole, so it becomes one bad record', () => {
    expect(split('{"a":1}\nnot json at all\n{"b":2}\n', 5).map((value) => value.text)).toEqual([
      '{"a":1}',
      'not json at all',
      '{"b":2}',
    ]);
  });

  it('refuses an array that is never closed and an object cut short', () => {
    expect(() => split('[{"a":1},', 3)).toThrow(/not closed/);
    expect(() => split('{"a": [1, 2', 3)).toThrow(/line 1: the JSON value starting here is not complete/);
  });
});

import { describe, expect, it } from 'vitest';
import { findUnstorableText } from '../../../server/tickets/storable-text';

describe('findUnstorableText', () => {
  it('accepts ordinary and exotic text, including paired surrogates and control characters', () => {
    expect(findUnstorableText({ a: 'emoji 😀', b: ['\u001b[31m', '\ufeff'], c: 1, d: null })).toBeNull();
  });

  it('names the path of a NUL character or an unpaired surrogate', () => {
    expect(findUnstorableText({ body: 'a\u0000b' })).toBe('body');
    expect(findUnstorableText({ messages: [{ body: 'ok' }, { body: 'x\ud800' }] })).toBe('messages.1.body');
    expect(findUnstorableText({ requester: { name: '\udc00 low' } })).toBe('requester.name');
  });

  it('names the first problem in document order, and walks any depth without overflowing the stack', () => {
    expect(findUnstorableText({ a: ['ok', { b: 'x\u0000' }], c: '\u0000' })).toBe('a.1.b');
    let deep: unknown = 'bottom\u0000';
    for (let level = 0; level < 100_000; level += 1) {
      deep = [deep];
    }
    expect(findUnstorableText(deep)).toBe(Array.from({ length: 100_000 }, () => '0').join('.'));
  });

  it('skips attachment data, which is base64 checked elsewhere', () => {
    expect(findUnstorableText({ attachments: [{ data: 'a\u0000' }] })).toBeNull();
  });
});

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

  it('skips attachment data, which is base64 checked elsewhere', () => {
    expect(findUnstorableText({ attachments: [{ data: 'a\u0000' }] })).toBeNull();
  });
});

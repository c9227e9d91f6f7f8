import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../server/errors';
import { decodeAttachments, extensionsByType } from '../../../server/tickets/attachments';

/** An attachment named with its type's first extension (a name without one is refused on its own). */
function attachment(type: string, bytes: number[] | string, name?: string) {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  const extension = extensionsByType[type.toLowerCase() as keyof typeof extensionsByType]?.[0] ?? 'bin';
  return { name: name ?? `file.${extension}`, type, data: data.toString('base64') };
}

function failureOf(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decodeAttachments', () => {
  it.each([
    ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]],
    ['image/jpeg', [0xff, 0xd8, 0xff, 0xe0, 0]],
    ['image/gif', 'GIF87a....'],
    ['image/webp', 'RIFF\u0000\u0000\u0000\u0000WEBPVP8 '],
    ['application/pdf', '%PDF-1.4'],
    ['video/mp4', '\u0000\u0000\u0000\u0018ftypmp42'],
    ['text/plain', [...Buffer.from('plain words, 한국어', 'utf8')]],
    ['IMAGE/PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ])('accepts %s whose bytes match', (type, bytes) => {
    const [decoded] = decodeAttachments([attachment(type, bytes)]);
    expect(decoded?.type).toBe(type.toLowerCase());
  });

  it.each([
    ['image/png', 'GIF89a'],
    ['image/jpeg', '<html>'],
    ['image/webp', 'RIFF\u0000\u0000\u0000\u0000AVI '],
    ['application/pdf', '<script>alert(1)</script>'],
    ['video/mp4', 'not a movie'],
    ['text/plain', [0xff, 0xfe, 0xfd]],
    ['text/plain', 'a\u0000b'],
  ])('refuses %s whose bytes do not match', (type, bytes) => {
    expect(failureOf(() => decodeAttachments([attachment(type, bytes)]))).toMatchObject({
      status: 400,
      code: 'attachment_type_mismatch',
    });
  });

  it('refuses types outside the allowed list, and empty files, naming the field', () => {
    expect(
      failureOf(() =>
        decodeAttachments([attachment('text/plain', 'ok'), attachment('image/svg+xml', '<svg/>')]),
      ),
    ).toMatchObject({
      code: 'unsupported_attachment_type',
      field: 'attachments.1.type',
    });
    expect(failureOf(() => decodeAttachments([attachment('text/plain', '')]))).toMatchObject({
      code: 'empty_attachment',
    });
  });

  it('refuses a name whose extension does not fit the type, naming the field', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1];
    expect(failureOf(() => decodeAttachments([attachment('image/png', png, 'receipt.exe')]))).toMatchObject({
      status: 400,
      code: 'attachment_extension_mismatch',
      field: 'attachments.0.name',
    });
    expect(decodeAttachments([attachment('image/png', png, 'Receipt.PNG')])[0]?.name).toBe('Receipt.PNG');
  });
});

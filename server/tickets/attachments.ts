import { allowedAttachmentTypes, limits, type AttachmentInput } from '../../shared/domain/schemas';
import { ApiFailure } from '../errors';
import type { NewAttachment } from '../storage/ticket-writes';

type AllowedType = (typeof allowedAttachmentTypes)[number];

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(data: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  return bytes.every((byte, index) => data[offset + index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

/** Whether the bytes look like the declared type (magic numbers; text must be UTF-8 without NUL). */
const contentMatches: Record<AllowedType, (data: Uint8Array) => boolean> = {
  'image/png': (data) => startsWith(data, pngSignature),
  'image/jpeg': (data) => startsWith(data, [0xff, 0xd8, 0xff]),
  'image/gif': (data) => startsWith(data, ascii('GIF87a')) || startsWith(data, ascii('GIF89a')),
  'image/webp': (data) => startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8),
  'application/pdf': (data) => startsWith(data, ascii('%PDF-')),
  'video/mp4': (data) => startsWith(data, ascii('ftyp'), 4),
  'text/plain': (data) => !data.includes(0) && isUtf8(data),
};

function isUtf8(data: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file-name extensions each type may carry. A name must end with one of its type's: `refund-form.html`
 * sent as `text/plain` is refused, so the agent's system never opens it as something else.
 */
export const extensionsByType: Record<AllowedType, readonly string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'video/mp4': ['mp4', 'm4v'],
  'text/plain': ['txt', 'log', 'text'],
};

/**
 * Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM) and other control
 * characters: a right-to-left override makes `invoice‮fdp.exe` read as `invoiceexe.pdf`.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this strips from names.
const unsafeNameCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `name` without bidirectional and other control characters, trimmed; `attachment` when nothing is left. */
export function cleanAttachmentName(name: string): string {
  return name.replace(unsafeNameCharacters, '').trim() || 'attachment';
}

function isAllowedType(type: string): type is AllowedType {
  return (allowedAttachmentTypes as readonly string[]).includes(type);
}

/**
 * Decodes and checks intake attachments: the declared type must be one of `allowedAttachmentTypes` (400
 * `unsupported_attachment_type`), the bytes must match it (400 `attachment_type_mismatch`), and each must be
 * non-empty and at most `limits.attachmentBytes` decoded (400 `empty_attachment`, 413 `attachment_too_large`),
 * and the name, without its control characters (`cleanAttachmentName`), must end with an extension of the
 * type (400 `attachment_extension_mismatch`).
 */
export function decodeAttachments(inputs: readonly AttachmentInput[]): NewAttachment[] {
  return inputs.map((input, index) => {
    const field = `attachments.${index}`;
    const type = input.type.trim().toLowerCase();
    if (!isAllowedType(type)) {
      throw new ApiFailure(
        400,
        'unsupported_attachment_type',
        `${field}.type: ${input.type} is not accepted (allowed: ${allowedAttachmentTypes.join(', ')})`,
        `${field}.type`,
      );
    }
    // base64 holds 3 bytes per 4 characters: refuse before decoding anything larger than the limit.
    if (Math.floor((input.data.length * 3) / 4) > limits.attachmentBytes + 2) {
      throw tooLarge(field);
    }
    const data = Buffer.from(input.data, 'base64');
    if (data.byteLength > limits.attachmentBytes) {
      throw tooLarge(field);
    }
    if (data.byteLength === 0) {
      throw new ApiFailure(400, 'empty_attachment', `${field}.data is empty`, `${field}.data`);
    }
    if (!contentMatches[type](data)) {
      throw new ApiFailure(
        400,
        'attachment_type_mismatch',
        `${field}.data does not look like ${type}`,
        `${field}.data`,
      );
    }
    const name = cleanAttachmentName(input.name);
    const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    if (!extensionsByType[type].includes(extension)) {
      throw new ApiFailure(
        400,
        'attachment_extension_mismatch',
        `${field}.name: a ${type} file's name ends with .${extensionsByType[type].join(', .')}`,
        `${field}.name`,
      );
    }
    return { name, type, data };
  });
}

function tooLarge(field: string): ApiFailure {
  return new ApiFailure(
    413,
    'attachment_too_large',
    `${field}.data is larger than ${limits.attachmentBytes} bytes`,
    `${field}.data`,
  );
}

import type { AttachmentInput } from '../../../shared/domain/schemas';

/** Largest file the service accepts (`limits.attachmentBytes`). */
export const maxFileBytes = 10 * 1024 * 1024;

/** Reads picked files as the service's attachment inputs (base64); rejects when one is too large. */
export async function readAttachments(files: readonly File[]): Promise<AttachmentInput[]> {
  if (files.some((file) => file.size > maxFileBytes)) {
    throw new RangeError('file too large');
  }
  return Promise.all(
    files.map(
      (file) =>
        new Promise<AttachmentInput>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => {
            const url = typeof reader.result === 'string' ? reader.result : '';
            resolve({
              name: file.name,
              type: file.type || 'application/octet-stream',
              data: url.slice(url.indexOf(',') + 1),
            });
          };
          reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
          reader.readAsDataURL(file);
        }),
    ),
  );
}

import type { Finding } from './finding';

/** A file sent with the ticket or a later message. */
export interface AttachmentInfo {
  name: string;
  type: string;
}

/**
 * The attachment item is present when the ticket carries at least one file; the evidence is the first
 * file's name. Text that only says "I attached a screenshot" does not count: the agent needs the file.
 */
export function findAttachment(attachments: readonly AttachmentInfo[]): Finding | null {
  const first = attachments[0];
  return first === undefined ? null : { evidence: first.name, index: 0 };
}

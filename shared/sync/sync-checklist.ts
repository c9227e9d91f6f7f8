import { z } from 'zod';
import { checklistKeys, type ChecklistKey } from '../checklist/items';
import { notApplicableReasons } from '../checklist/transfer/rules';

/**
 * A checklist item as the first sync sends it: one short string instead of an object, because the checklist
 * of 15 items as objects was 850 of the 2,000 bytes of a synced ticket (docs/sync.md). The grammar:
 * `key`, then `:` and the item's flags if it has any (`r` required, `p` present, `m` an agent marked it
 * present, `u` an agent marked it missing), then `/reason` if it does not apply. For example `steps`,
 * `asset:r`, `occurred_at:rp`, `transaction_id/withdrawal_pending`.
 */
export interface SyncChecklistItem {
  key: ChecklistKey;
  required: boolean;
  present: boolean;
  marked?: boolean | null;
  not_applicable?: (typeof notApplicableReasons)[number] | null;
}

const itemPattern = /^([a-z_]+)(?::([rpmu]+))?(?:\/([a-z_]+))?$/;
const keySet: ReadonlySet<string> = new Set(checklistKeys);
const reasonSet: ReadonlySet<string> = new Set(notApplicableReasons);

/** The compact string of one checklist item (absent or null mark and reason are left out alike). */
export function encodeSyncChecklistItem(item: SyncChecklistItem): string {
  const flags = `${item.required ? 'r' : ''}${item.present ? 'p' : ''}${
    item.marked === true ? 'm' : item.marked === false ? 'u' : ''
  }`;
  const reason = item.not_applicable ? `/${item.not_applicable}` : '';
  return `${item.key}${flags === '' ? '' : `:${flags}`}${reason}`;
}

/** The item a compact string stands for, or null when it is not one (unknown key or reason, bad flags). */
export function decodeSyncChecklistItem(text: string): SyncChecklistItem | null {
  const match = itemPattern.exec(text);
  const key = match?.[1];
  if (match === null || key === undefined || !keySet.has(key)) {
    return null;
  }
  const flags = match[2] ?? '';
  const reason = match[3];
  if ((reason !== undefined && !reasonSet.has(reason)) || (flags.includes('m') && flags.includes('u'))) {
    return null;
  }
  return {
    key: key as ChecklistKey,
    required: flags.includes('r'),
    present: flags.includes('p'),
    ...(flags.includes('m') ? { marked: true } : flags.includes('u') ? { marked: false } : {}),
    ...(reason === undefined ? {} : { not_applicable: reason as SyncChecklistItem['not_applicable'] }),
  };
}

/** Validates a compact item and reads it as the item's flags. */
export const syncChecklistItemSchema = z.string().transform((text, context): SyncChecklistItem => {
  const item = decodeSyncChecklistItem(text);
  if (item === null) {
    context.addIssue({ code: 'custom', message: `not a checklist item: ${text.slice(0, 60)}` });
    return z.NEVER;
  }
  return item;
});

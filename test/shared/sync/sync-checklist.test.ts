import { describe, expect, it } from 'vitest';
import {
  decodeSyncChecklistItem,
  encodeSyncChecklistItem,
  syncChecklistItemSchema,
  type SyncChecklistItem,
} from '../../../shared/sync/sync-checklist';

describe('the first sync’s compact checklist items', () => {
  it('reads back every flag, mark and reason it wrote, in a few bytes', () => {
    const items: SyncChecklistItem[] = [
      { key: 'steps', required: false, present: false },
      { key: 'asset', required: true, present: false },
      { key: 'occurred_at', required: true, present: true },
      { key: 'memo', required: false, present: true, marked: true },
      { key: 'address', required: true, present: false, marked: false },
      { key: 'transaction_id', required: false, present: false, not_applicable: 'withdrawal_pending' },
      { key: 'order_id', required: false, present: true, marked: true, not_applicable: 'agent_marked' },
    ];
    const encoded = items.map(encodeSyncChecklistItem);
    expect(encoded).toEqual([
      'steps',
      'asset:r',
      'occurred_at:rp',
      'memo:pm',
      'address:ru',
      'transaction_id/withdrawal_pending',
      'order_id:pm/agent_marked',
    ]);
    expect(encoded.map(decodeSyncChecklistItem)).toEqual(items);
    // An absent and a null mark or reason both mean none.
    expect(
      decodeSyncChecklistItem(
        encodeSyncChecklistItem({
          key: 'amount',
          required: true,
          present: true,
          marked: null,
          not_applicable: null,
        }),
      ),
    ).toEqual({ key: 'amount', required: true, present: true });
  });

  it('refuses what is not an item: an unknown key or reason, unknown or contradictory flags', () => {
    for (const text of ['amount_due:r', 'asset:rx', 'memo:mu', 'memo/forgotten', 'asset:', '', 'ASSET:r']) {
      expect(decodeSyncChecklistItem(text)).toBeNull();
      expect(syncChecklistItemSchema.safeParse(text).success).toBe(false);
    }
    expect(syncChecklistItemSchema.parse('network:rp')).toEqual({
      key: 'network',
      required: true,
      present: true,
    });
  });
});

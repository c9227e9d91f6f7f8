import { describe, expect, it } from 'vitest';
import { advanceCursor } from '../../../shared/sync/cursor';

describe('advanceCursor', () => {
  it('moves to the newest change and returns every new one once, in sequence order', () => {
    const changes = [{ seq: 4 }, { seq: 6 }, { seq: 5 }, { seq: 6 }];
    expect(advanceCursor(3, changes)).toEqual({ cursor: 6, fresh: [{ seq: 4 }, { seq: 5 }, { seq: 6 }] });
  });

  it('drops changes already applied (a repeated event, or a page overlapping the last)', () => {
    expect(advanceCursor(10, [{ seq: 9 }, { seq: 10 }, { seq: 11 }])).toEqual({
      cursor: 11,
      fresh: [{ seq: 11 }],
    });
  });

  it('stays where it is when nothing is new', () => {
    expect(advanceCursor(10, [{ seq: 2 }, { seq: 10 }])).toEqual({ cursor: 10, fresh: [] });
    expect(advanceCursor(10, [])).toEqual({ cursor: 10, fresh: [] });
  });

  it('keeps the whole change, not only its sequence number', () => {
    const change = { seq: 3, type: 'ticket.updated', ticket_id: 't1' };
    expect(advanceCursor(0, [change]).fresh[0]).toBe(change);
  });
});

import type { CacheMigration } from './migration';

/**
 * Version 2: outbox entries carry a `state` (pending, conflict, failed) and the field `conflicts` the agent
 * chooses between, instead of v1's `failed` flag, indexed so the state indicator counts them cheaply; a
 * thread row's `fetched_at` becomes `opened_at`, indexed, because eviction under a full disk drops the
 * threads opened longest ago first.
 */
export const v2: CacheMigration = {
  version: 2,
  stores: {
    messages: 'ticket_id, opened_at',
    outbox: 'key, created_at, state',
  },
  async upgrade(transaction) {
    await transaction
      .table('outbox')
      .toCollection()
      .modify((entry: Record<string, unknown>) => {
        entry.state = entry.failed === true ? 'failed' : 'pending';
        entry.conflicts = [];
        entry.error ??= null;
        delete entry.failed;
      });
    await transaction
      .table('messages')
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        row.opened_at = typeof row.fetched_at === 'string' ? row.fetched_at : '';
        delete row.fetched_at;
      });
  },
};

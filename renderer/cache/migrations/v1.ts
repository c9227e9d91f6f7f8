import type { CacheMigration } from './migration';

/**
 * The first cache: the queue's tickets, the opened tickets' threads (`messages`, one row per ticket with
 * its `fetched_at`), customers, the FAQ library, the agent's views, the outbox (entries then had only a
 * `failed` flag) and the sync state (the change-log cursor).
 */
export const v1: CacheMigration = {
  version: 1,
  stores: {
    tickets: 'id, number, updated_at',
    messages: 'ticket_id',
    customers: 'id',
    faq: 'id',
    views: 'id',
    outbox: 'key, created_at',
    sync_state: 'key',
  },
};

import type { CacheMigration } from './migration';

/**
 * Version 3 drops the `customers` and `views` tables, which nothing ever wrote. What they were meant for works
 * offline without them: the agent's saved views are agent preferences, kept by the service and copied to
 * localStorage per agent (`app/agent-preferences.ts`), so the view list shows offline and after a restart;
 * "Other tickets from this customer" falls back offline to the queue's cached rows of the same customer
 * (`features/ticket/OtherTickets.tsx`), which the `tickets` table already holds.
 */
export const v3: CacheMigration = {
  version: 3,
  stores: {
    customers: null,
    views: null,
  },
};

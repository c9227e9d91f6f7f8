import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { createAccountService } from '../../../server/accounts/account-service';
import { createAuthenticator } from '../../../server/http/auth';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { openPgliteDatabase } from '../../../server/storage/pglite-database';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';

/** The admin token of the simulated service. */
export const simulationAdminToken = 'simulation-admin-token';

/**
 * The real service: storage (PGlite in a folder, so a restart reopens the same files), the ticket store and
 * the Fastify routes on a loopback port. (Not `inject`: the error handler drains unread request bodies, and
 * an injected request never reports its body complete.) No socket.io, triage or duplicate index: the
 * simulation delivers change events itself, late, twice and out of order.
 */
export interface SimulatedService {
  app: FastifyInstance;
  url: string;
  store: TicketStore;
  database: SqlDatabase;
  close(): Promise<void>;
}

/** Opens (or reopens after a restart) the service over the PGlite files in `dataDir`. */
export async function openSimulatedService(dataDir: string): Promise<SimulatedService> {
  const database = await openPgliteDatabase({ dataDir });
  await migrate(database);
  const store = createTicketStore(database);
  const accounts = createAccountService({ database });
  const authenticator = createAuthenticator(accounts, simulationAdminToken, await store.systemAdmin());
  const app = await buildApp({
    store,
    authenticator,
    accounts,
    intakeRateLimit: { max: 1_000_000, windowMs: 60_000 },
    loginRateLimit: { max: 1_000_000, windowMs: 60_000 },
    consoleDir: null,
    log: () => undefined,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    store,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

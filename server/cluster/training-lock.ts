import pg from 'pg';
import { advisoryLocks } from '../storage/advisory-locks';
import type { ReleaseTrainingLock, TrainingLock } from '../triage/training-lock';

/** Options of `createTrainingLock`. */
export interface PostgresTrainingLockOptions {
  /** The PostgreSQL URL every node shares. */
  url: string;
  log: (line: string) => void;
  /** Between two tries while waiting for the lock; 250 ms by default. */
  retryMs?: number;
}

/**
 * The triage training lock of several nodes: `pg_try_advisory_lock(triageTraining, hashtext(current_schema()))`,
 * session-level, on a connection opened for the one training and ended to release it. When the trainer's
 * process dies or its connection is lost, PostgreSQL frees the lock with the session, so a training never
 * leaves the desk without a trainer; no transaction stays open during the training.
 */
export function createTrainingLock(options: PostgresTrainingLockOptions): TrainingLock {
  const retryMs = options.retryMs ?? 250;
  return {
    acquire: async ({ wait, isCancelled }) => {
      const client = new pg.Client({
        connectionString: options.url,
        application_name: 'console triage training',
        keepAlive: true,
      });
      // A lost connection frees the lock; it must not crash the process. The training goes on and stores
      // its model, which is harmless: the newest stored model wins on every node.
      client.on('error', (error) =>
        options.log(`auto-triage: the training lock's connection: ${error.message}`),
      );
      const end = (): Promise<void> => client.end().catch(() => undefined);
      await client.connect();
      try {
        for (;;) {
          const rows = await client.query<{ locked: boolean }>(
            'select pg_try_advisory_lock($1, hashtext(current_schema())) as locked',
            [advisoryLocks.triageTraining],
          );
          if (rows.rows[0]?.locked === true) {
            // Ending the session releases the lock.
            const release: ReleaseTrainingLock = end;
            return release;
          }
          if (!wait || isCancelled()) {
            await end();
            return null;
          }
          await new Promise((resolve) => setTimeout(resolve, retryMs));
        }
      } catch (error) {
        await end();
        throw error;
      }
    },
  };
}

import { apiErrorFromResponse } from '../../api/api-error';
import { CacheDatabase } from '../../cache/cache-database';
import { readSyncStream } from './read-sync-stream';
import type { SyncWorkerMessage, SyncWorkerStart } from './sync-messages';
import { createSyncWriter } from './sync-writer';

/**
 * The first sync's worker (docs/sync.md): fetches `GET /api/sync/tickets`, parses and validates each line
 * and writes the tickets to the offline cache off the console's thread, with relaxed durability (the data
 * can be fetched again), then hands them to the console.
 */
const scope = globalThis as unknown as {
  postMessage: (message: SyncWorkerMessage) => void;
  onmessage: ((event: MessageEvent<SyncWorkerStart>) => void) | null;
};

async function openWorkerCache(name: string | null): Promise<CacheDatabase | null> {
  if (name === null) {
    return null;
  }
  const database = new CacheDatabase(name, { chromeTransactionDurability: 'relaxed' });
  try {
    await database.open();
    return database;
  } catch {
    // The console's own write-through caches the tickets then.
    return null;
  }
}

/** The error code, message and reason of a refused answer (the service's JSON error body when there is one). */
async function refusal(response: Response): Promise<{ code: string; message: string; reason?: string }> {
  // The same reading as the console's client: a 401 may say why the session ended (`reason`).
  const error = apiErrorFromResponse(response.status, await response.text().catch(() => ''));
  return { code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}) };
}

async function run(start: SyncWorkerStart): Promise<void> {
  // The cache opens while the request is on its way.
  const opening = openWorkerCache(start.databaseName);
  let database: CacheDatabase | null = null;
  try {
    let response: Response;
    try {
      response = await fetch(`${start.serviceUrl.replace(/\/+$/, '')}/api/sync/tickets`, {
        headers: { authorization: `Bearer ${start.token}`, accept: 'application/x-ndjson' },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The service could not be reached.';
      scope.postMessage({ type: 'failed', status: 0, code: 'network_error', message });
      return;
    }
    if (!response.ok || response.body === null) {
      scope.postMessage({ type: 'failed', status: response.status, ...(await refusal(response)) });
      return;
    }
    database = await opening;
    const writer = createSyncWriter(database, (tickets, cached) =>
      scope.postMessage({ type: 'tickets', tickets, cached }),
    );
    const end = await readSyncStream(response.body, {
      onHead: (head) => scope.postMessage({ type: 'head', head }),
      onTickets: (tickets) => writer.write(tickets),
    });
    await writer.finish();
    scope.postMessage({ type: 'done', end });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'failed', status: 0, code: 'sync_failed', message });
  } finally {
    (database ?? (await opening))?.close();
  }
}

scope.onmessage = (event) => {
  void run(event.data);
};

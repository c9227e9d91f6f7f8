import { importResultSchema, type ImportRecord, type ImportResult } from '../../shared/domain/schemas';

/** How a batch is sent and retried. */
export interface UploaderOptions {
  server: string;
  token: string;
  fetch: typeof fetch;
  sleep: (milliseconds: number) => Promise<void>;
  /** The first wait before a retry; it doubles each time, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts per batch, the first included. */
  attempts: number;
  /** Told before each wait, so the user sees why nothing moves. */
  onRetry: (reason: string, delayMs: number, attempt: number) => void;
}

/** The service cannot take the batch and retrying will not help (bad token, refused format), or is gone. */
export class UploadError extends Error {}

/** Seconds or an HTTP date, as `Retry-After` carries them; null when absent or unreadable. */
export function retryAfterMilliseconds(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') {
    return null;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return seconds * 1000;
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Sends one batch as NDJSON; retries network errors, 5xx and 429 with backoff, and honours Retry-After. */
export async function sendBatch(
  records: readonly ImportRecord[],
  options: UploaderOptions,
): Promise<ImportResult> {
  const body = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  let lastReason = '';
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    let retryAfter: number | null = null;
    try {
      const response = await options.fetch(`${options.server}/api/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/x-ndjson' },
        body,
      });
      const text = await response.text();
      if (response.ok) {
        const parsed = importResultSchema.safeParse(safeJson(text));
        if (!parsed.success) {
          throw new UploadError(
            `the service answered ${response.status} with something that is not an import result`,
          );
        }
        return parsed.data;
      }
      if (response.status !== 429 && response.status < 500) {
        throw new UploadError(`the service refused the import: ${response.status} ${errorMessage(text)}`);
      }
      lastReason = `${response.status} ${errorMessage(text)}`;
      retryAfter = retryAfterMilliseconds(response.headers.get('retry-after'), Date.now());
    } catch (error) {
      if (error instanceof UploadError) {
        throw error;
      }
      lastReason = networkReason(error);
    }
    if (attempt === options.attempts) {
      break;
    }
    const delay = Math.min(options.maxDelayMs, retryAfter ?? options.baseDelayMs * 2 ** (attempt - 1));
    options.onRetry(lastReason, delay, attempt);
    await options.sleep(delay);
  }
  throw new UploadError(`gave up after ${options.attempts} attempts: ${lastReason}`);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The `error.message` of the service's error body, or the start of whatever came back. */
function errorMessage(text: string): string {
  const body = safeJson(text) as { error?: { message?: unknown } } | undefined;
  const message = body?.error?.message;
  return typeof message === 'string' ? message : text.slice(0, 200);
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

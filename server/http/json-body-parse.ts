import secureJson from 'secure-json-parse';

/**
 * What parsing a JSON body gave: the value, or why it was refused. `empty` and `invalid` become Fastify's
 * own errors (`FST_ERR_CTP_EMPTY_JSON_BODY`, `FST_ERR_CTP_INVALID_JSON_BODY`), hence the same 400s.
 */
export type JsonBodyOutcome = { value: unknown } | { refusal: 'empty' | 'invalid' };

/**
 * What the worker answers for a body: the outcome, or the bytes themselves when the body nests deeper than
 * `workerNestingLimit` (the caller parses those on its own thread, as before).
 */
export type WorkerJsonBodyOutcome = JsonBodyOutcome | { returned: Uint8Array };

/**
 * Deeper than this, a body is not parsed on the worker: copying its value between threads recurses once a
 * level, and 100,000 nested arrays overflowed the stack there (no request of the API nests past a dozen).
 */
export const workerNestingLimit = 256;

/**
 * Parses a request body exactly as Fastify's default JSON parser does: UTF-8 (a malformed sequence reads as
 * U+FFFD), `secure-json-parse` refusing `__proto__` and `constructor.prototype` keys (Fastify's defaults,
 * which the service keeps), and any refusal as `invalid`.
 */
export function parseJsonBody(bytes: Uint8Array): JsonBodyOutcome {
  if (bytes.byteLength === 0) {
    return { refusal: 'empty' };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    return { value: secureJson.parse(text, { protoAction: 'error', constructorAction: 'error' }) };
  } catch {
    return { refusal: 'invalid' };
  }
}

/** `parseJsonBody` on the worker: the bytes go back unparsed when they nest past `workerNestingLimit`. */
export function parseJsonBodyOnWorker(bytes: Uint8Array): WorkerJsonBodyOutcome {
  return nestsDeeperThan(bytes, workerNestingLimit) ? { returned: bytes } : parseJsonBody(bytes);
}

/** Whether the JSON text `bytes` opens more than `limit` arrays and objects at once (strings skipped). */
function nestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let isInString = false;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (isInString) {
      if (byte === 0x5c) {
        index += 1; // A backslash escapes the next byte (a quote, or the first of an escape sequence).
      } else if (byte === 0x22) {
        isInString = false;
      }
    } else if (byte === 0x22) {
      isInString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > limit) {
        return true;
      }
    } else if (byte === 0x5d || byte === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

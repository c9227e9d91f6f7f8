/** Severity of a log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** The main process's logger: one line per call, never `console.*` (lint forbids it in product code). */
export interface Logger {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
  /** A logger whose lines carry `scope` (e.g. `service`) after the level. */
  child(scope: string): Logger;
}

/** Where finished lines go (stderr, a log file, a test array). Each line ends without a newline. */
export type LogSink = (line: string) => void;

/**
 * Creates a logger writing `2025-01-02T03:04:05.678Z WARN [scope] message {details}` lines to `sink`.
 * Errors are written with their stack; other details as JSON. The clock is a parameter so tests are exact.
 */
export function createLogger(sink: LogSink, clock: () => Date = () => new Date(), scope?: string): Logger {
  const write = (level: LogLevel, message: string, details: unknown): void => {
    const prefix = `${clock().toISOString()} ${level.toUpperCase()}${scope ? ` [${scope}]` : ''}`;
    const suffix = details === undefined ? '' : ` ${formatDetails(details)}`;
    sink(`${prefix} ${message}${suffix}`);
  };
  return {
    info: (message, details) => write('info', message, details),
    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
    child: (childScope) => createLogger(sink, clock, scope ? `${scope}:${childScope}` : childScope),
  };
}

/** Renders log details: an Error as its stack (or message), anything else as JSON. */
export function formatDetails(details: unknown): string {
  if (details instanceof Error) {
    return details.stack ?? `${details.name}: ${details.message}`;
  }
  if (typeof details === 'string') {
    return details;
  }
  try {
    return JSON.stringify(details) ?? String(details);
  } catch {
    return String(details);
  }
}

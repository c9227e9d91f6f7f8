/** Severity of a log entry. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The console's one logger: product code logs through it, never through `console.*` directly. */
export interface Logger {
  debug: (message: string, detail?: unknown) => void;
  info: (message: string, detail?: unknown) => void;
  warn: (message: string, detail?: unknown) => void;
  error: (message: string, detail?: unknown) => void;
}

/** Creates a logger whose entries are prefixed with `scope` (e.g. `live`, `queue`). */
export function createLogger(scope: string): Logger {
  const write = (level: LogLevel, message: string, detail?: unknown): void => {
    const line = `[${scope}] ${message}`;
    // The single place the console writes to the developer tools.
    /* eslint-disable no-console */
    const sinks: Record<LogLevel, (...values: unknown[]) => void> = {
      debug: console.debug,
      info: console.info,
      warn: console.warn,
      error: console.error,
    };
    /* eslint-enable no-console */
    const sink = sinks[level];
    if (detail === undefined) {
      sink(line);
    } else {
      sink(line, detail);
    }
  };
  return {
    debug: (message, detail) => write('debug', message, detail),
    info: (message, detail) => write('info', message, detail),
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail),
  };
}

/** A function that writes one line of the service's log. */
export type LogLine = (line: string) => void;

/** Writes each line to standard output (product code never uses console.*). */
export function writeToStdout(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** A log that discards everything (the embedding application decides whether it wants lines). */
export function discardLog(_line: string): void {
  // Intentionally empty.
}

/**
 * The importer's progress: on a terminal, one line redrawn in place with a bar, counts, rate and ETA; in a
 * log (not a TTY, or CI=true) a plain line every few seconds, so CI output stays readable.
 */

/** The counts shown. */
export interface ProgressCounts {
  read: number;
  imported: number;
  skipped: number;
  errors: number;
  bytesRead: number;
  totalBytes: number;
}

/** Where progress goes. */
export interface ProgressOutput {
  write(text: string): unknown;
}

const barWidth = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) {
    return '--:--';
  }
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** The progress line for `counts`, `elapsedMs` after the start. */
export function progressLine(counts: ProgressCounts, elapsedMs: number, withBar: boolean): string {
  const fraction = counts.totalBytes > 0 ? Math.min(1, counts.bytesRead / counts.totalBytes) : 1;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? counts.read / seconds : 0;
  // ETA from bytes, since the number of records is unknown until the end of the file.
  const eta =
    fraction > 0 && fraction < 1 ? (seconds / fraction) * (1 - fraction) : fraction >= 1 ? 0 : Infinity;
  const filled = Math.round(fraction * barWidth);
  const bar = withBar ? `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ` : '';
  return (
    `${bar}${Math.floor(fraction * 100)}% read ${numberFormat.format(counts.read)}` +
    ` · imported ${numberFormat.format(counts.imported)} · skipped ${numberFormat.format(counts.skipped)}` +
    ` · errors ${numberFormat.format(counts.errors)} · ${numberFormat.format(Math.round(rate))}/s · ETA ${duration(eta)}`
  );
}

export class ProgressReporter {
  private lastDrawn = -Infinity;
  private isLineOpen = false;

  constructor(
    private readonly output: ProgressOutput,
    private readonly isInteractive: boolean,
    private readonly now: () => number,
    private readonly startedAt: number,
    /** How often a plain line is written when not interactive. */
    private readonly plainIntervalMs = 5000,
  ) {}

  /** Redraws (at most ten times a second on a terminal) or writes a periodic line. */
  update(counts: ProgressCounts, force = false): void {
    const now = this.now();
    const interval = this.isInteractive ? 100 : this.plainIntervalMs;
    if (!force && now - this.lastDrawn < interval) {
      return;
    }
    this.lastDrawn = now;
    const line = progressLine(counts, now - this.startedAt, this.isInteractive);
    if (this.isInteractive) {
      this.output.write(`\r\u001b[2K${line}`);
      this.isLineOpen = true;
    } else {
      this.output.write(`${line}\n`);
    }
  }

  /** Ends the redrawn line so that other output starts on a fresh one. */
  breakLine(): void {
    if (this.isLineOpen) {
      this.output.write('\n');
      this.isLineOpen = false;
    }
  }
}

import type { ImportRecord } from '../../shared/domain/schemas';
import { limits } from '../../shared/domain/schemas';
import type { ImportOptions } from './options';
import { ProgressReporter, type ProgressCounts } from './progress';
import { openSource, SourceError, type SourceItem } from './sources';
import { sendBatch, UploadError } from './uploader';

/** Where the importer writes and how it reaches the network and the clock (tests pass their own). */
export interface ImportEnvironment {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** CI=true turns the redrawn bar into plain periodic lines. */
  isCi: boolean;
  fetch: typeof fetch;
  sleep: (milliseconds: number) => Promise<void>;
  now: () => number;
  retry?: { attempts: number; baseDelayMs: number; maxDelayMs: number };
  /** How often a plain progress line is written when not on a terminal. */
  plainProgressIntervalMs?: number;
}

/** What happened, as the final summary prints it. */
export interface ImportSummary {
  read: number;
  imported: number;
  skipped: number;
  /** Bad rows by their position in the source file, refused here or by the service. */
  errors: { index: number; line: number; message: string }[];
  /** Why the import stopped early (service unreachable, token refused, unreadable file), if it did. */
  failure: string | null;
  exitCode: number;
}

/** Error lines printed one by one; beyond this only the count (a bad mapping would flood the terminal). */
const printedErrorLimit = 100;
/** A batch body stays well under the service's limit even when records are large. */
const batchByteLimit = Math.floor(limits.importRequestBytes / 2);

/** Reads, converts and sends the file; never throws (failures end up in the summary and the exit code). */
export async function runImport(
  options: ImportOptions,
  environment: ImportEnvironment,
): Promise<ImportSummary> {
  const startedAt = environment.now();
  const isInteractive = environment.stderr.isTTY === true && !environment.isCi;
  const progress = new ProgressReporter(
    environment.stderr,
    isInteractive,
    environment.now,
    startedAt,
    environment.plainProgressIntervalMs,
  );
  const summary: ImportSummary = { read: 0, imported: 0, skipped: 0, errors: [], failure: null, exitCode: 0 };
  const print = (line: string): void => {
    progress.breakLine();
    environment.stdout.write(`${line}\n`);
  };
  const reportError = (error: { index: number; line: number; message: string }): void => {
    summary.errors.push(error);
    if (summary.errors.length <= printedErrorLimit) {
      print(`error: record ${error.index} (line ${error.line}): ${error.message}`);
    }
  };
  let bytesRead = (): number => 0;
  let totalBytes = 0;
  const counts = (): ProgressCounts => ({
    read: summary.read,
    imported: summary.imported,
    skipped: summary.skipped,
    errors: summary.errors.length,
    bytesRead: bytesRead(),
    totalBytes,
  });
  const retry = environment.retry ?? { attempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };
  let batch: { item: SourceItem; record: ImportRecord }[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) {
      return;
    }
    const sending = batch;
    batch = [];
    batchBytes = 0;
    if (options.dryRun || options.token === null) {
      summary.imported += sending.length;
      return;
    }
    const result = await sendBatch(
      sending.map((entry) => entry.record),
      {
        server: options.server,
        token: options.token,
        fetch: environment.fetch,
        sleep: environment.sleep,
        ...retry,
        onRetry: (reason, delay, attempt) =>
          print(`retrying a batch in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1}): ${reason}`),
      },
    );
    summary.imported += result.imported;
    summary.skipped += result.skipped;
    for (const error of result.errors) {
      // The service counts within the batch; name the record by its place in the source file.
      const item = sending[error.index]?.item;
      reportError({ index: item?.index ?? -1, line: item?.line ?? 0, message: error.message });
    }
  };
  try {
    const source = await openSource(options);
    bytesRead = () => source.bytesRead();
    totalBytes = source.totalBytes;
    print(
      `${options.dryRun ? 'checking' : 'importing'} ${options.file} (${source.format}, ${totalBytes} bytes)` +
        (options.dryRun ? ': dry run, nothing is sent' : ` into ${options.server}`),
    );
    for await (const item of source.items()) {
      summary.read += 1;
      if (!item.conversion.ok) {
        reportError({ index: item.index, line: item.line, message: item.conversion.message });
      } else {
        const size = Buffer.byteLength(JSON.stringify(item.conversion.record)) + 1;
        if (batch.length > 0 && batchBytes + size > batchByteLimit) {
          await flush();
        }
        batch.push({ item, record: item.conversion.record });
        batchBytes += size;
        if (batch.length >= options.batchSize) {
          await flush();
        }
      }
      progress.update(counts());
    }
    await flush();
  } catch (error) {
    if (!(error instanceof SourceError || error instanceof UploadError)) {
      throw error;
    }
    summary.failure = error.message;
  }
  progress.update(counts(), true);
  progress.breakLine();
  const seconds = (environment.now() - startedAt) / 1000;
  const verb = options.dryRun ? 'valid (would be sent)' : 'imported';
  print(
    `done in ${seconds.toFixed(1)} s: ${summary.read} read, ${summary.imported} ${verb}, ${summary.skipped} skipped` +
      ` (already there), ${summary.errors.length} errors`,
  );
  if (summary.errors.length > printedErrorLimit) {
    print(`(${summary.errors.length - printedErrorLimit} more errors not shown)`);
  }
  if (summary.failure !== null) {
    print(`import stopped: ${summary.failure}`);
  }
  const refusedEverything = summary.errors.length > 0 && summary.imported === 0 && summary.skipped === 0;
  summary.exitCode = summary.failure !== null || refusedEverything ? 1 : 0;
  return summary;
}

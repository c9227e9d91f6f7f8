import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  CsvRecordConverter,
  parseMapArgument,
  parseMappingFile,
  type CsvMapping,
} from '../../shared/import/csv-mapping';
import { CsvStreamParser } from '../../shared/import/csv-stream';
import { JsonValueSplitter } from '../../shared/import/json-stream';
import { conversionFailure, validateImportRecord, type Conversion } from '../../shared/import/records';
import { ZendeskContext, zendeskTicketsOf } from '../../shared/import/zendesk';
import type { ImportFormat, ImportOptions } from './options';

/** One record of the source file, converted: its 0-based position among the file's records and its line. */
export interface SourceItem {
  index: number;
  line: number;
  conversion: Conversion;
}

/** A source file being read, with how far along it is (bytes) for the progress bar. */
export interface Source {
  format: ImportFormat;
  totalBytes: number;
  bytesRead: () => number;
  items: () => AsyncGenerator<SourceItem>;
}

/** A problem with the file as a whole (unreadable, bad mapping, unclosed quote): nothing more can be read. */
export class SourceError extends Error {}

/** The format by the file name, or for `.json` by its first bytes: `[` ours, a `"tickets"` page Zendesk's. */
export async function detectFormat(file: string): Promise<ImportFormat> {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') {
    return 'csv';
  }
  if (extension === '.ndjson' || extension === '.jsonl') {
    return 'ndjson';
  }
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const start = buffer
      .toString('utf8', 0, bytesRead)
      .replace(/^\ufeff/, '')
      .trimStart();
    if (start.startsWith('[')) {
      return 'json';
    }
    if (
      /^\{\s*"(tickets|next_page|end_of_stream|count)"/.test(start) ||
      /"requester_id"\s*:/.test(start.slice(0, 4096))
    ) {
      return 'zendesk';
    }
    return 'ndjson';
  } finally {
    await handle.close();
  }
}

async function csvMapping(options: ImportOptions): Promise<CsvMapping> {
  let mapping: CsvMapping = { columns: {} };
  if (options.mappingFile !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(options.mappingFile, 'utf8'));
    } catch (error) {
      throw new SourceError(
        `--mapping ${options.mappingFile}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    try {
      mapping = parseMappingFile(parsed);
    } catch (error) {
      throw new SourceError(`--mapping ${options.mappingFile}: ${(error as Error).message}`);
    }
  }
  if (options.map !== null) {
    try {
      mapping = { ...mapping, columns: { ...mapping.columns, ...parseMapArgument(options.map) } };
    } catch (error) {
      throw new SourceError((error as Error).message);
    }
  }
  if (options.timezone !== null) {
    mapping = { ...mapping, timezone: options.timezone };
  }
  return mapping;
}

/** Opens the file named in `options`; conversion happens as records are read, in `items()`. */
export async function openSource(options: ImportOptions): Promise<Source> {
  let totalBytes: number;
  let format: ImportFormat;
  try {
    const handle = await open(options.file, 'r');
    totalBytes = (await handle.stat()).size;
    await handle.close();
    format = options.format ?? (await detectFormat(options.file));
  } catch (error) {
    throw new SourceError(
      `cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const mapping = format === 'csv' ? await csvMapping(options) : null;
  const stream = createReadStream(options.file, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
  const chunks = async function* (): AsyncGenerator<string> {
    try {
      for await (const chunk of stream) {
        yield chunk as string;
      }
    } catch (error) {
      throw new SourceError(
        `cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const items = (): AsyncGenerator<SourceItem> => {
    if (format === 'csv' && mapping !== null) {
      return csvItems(chunks(), mapping);
    }
    if (format === 'zendesk') {
      return zendeskItems(chunks(), options);
    }
    return format === 'ndjson' ? ndjsonItems(chunks()) : jsonItems(chunks());
  };
  return { format, totalBytes, bytesRead: () => stream.bytesRead, items };
}

function guard<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new SourceError(error instanceof Error ? error.message : String(error));
  }
}

async function* csvItems(chunks: AsyncIterable<string>, mapping: CsvMapping): AsyncGenerator<SourceItem> {
  const parser = new CsvStreamParser();
  let converter: CsvRecordConverter | null = null;
  let index = 0;
  const convert = function* (records: ReturnType<CsvStreamParser['push']>): Generator<SourceItem> {
    for (const record of records) {
      if (converter === null) {
        const header = record.fields;
        converter = guard(() => new CsvRecordConverter(header, mapping));
        continue;
      }
      yield { index, line: record.line, conversion: converter.convert(record.fields) };
      index += 1;
    }
  };
  for await (const chunk of chunks) {
    yield* convert(guard(() => parser.push(chunk)));
  }
  yield* convert(guard(() => parser.finish()));
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

async function* jsonItems(chunks: AsyncIterable<string>): AsyncGenerator<SourceItem> {
  const splitter = new JsonValueSplitter();
  let index = 0;
  const convert = function* (values: ReturnType<JsonValueSplitter['push']>): Generator<SourceItem> {
    for (const value of values) {
      const parsed = parseJson(value.text);
      yield {
        index,
        line: value.line,
        conversion: 'error' in parsed ? conversionFailure(parsed.error) : validateImportRecord(parsed.value),
      };
      index += 1;
    }
  };
  for await (const chunk of chunks) {
    yield* convert(guard(() => splitter.push(chunk)));
  }
  yield* convert(guard(() => splitter.finish()));
}

/** NDJSON by lines: a damaged line (an unclosed brace) is one bad record and cannot swallow the next ones. */
async function* ndjsonItems(chunks: AsyncIterable<string>): AsyncGenerator<SourceItem> {
  let rest = '';
  let line = 0;
  let index = 0;
  const convert = function* (lines: string[]): Generator<SourceItem> {
    for (const text of lines) {
      line += 1;
      const trimmed = text.replace(/^\ufeff/, '').trim();
      if (trimmed === '') {
        continue;
      }
      const parsed = parseJson(trimmed);
      yield {
        index,
        line,
        conversion: 'error' in parsed ? conversionFailure(parsed.error) : validateImportRecord(parsed.value),
      };
      index += 1;
    }
  };
  for await (const chunk of chunks) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    yield* convert(lines);
  }
  yield* convert([rest]);
}

/** Zendesk: the index counts tickets across pages, in file order. */
async function* zendeskItems(
  chunks: AsyncIterable<string>,
  options: ImportOptions,
): AsyncGenerator<SourceItem> {
  const splitter = new JsonValueSplitter();
  const context = new ZendeskContext();
  const zendeskOptions = {
    ...(options.zendeskCategoryField !== null ? { categoryFieldId: options.zendeskCategoryField } : {}),
    ...(options.zendeskCategoryTagPrefix !== null
      ? { categoryTagPrefix: options.zendeskCategoryTagPrefix }
      : {}),
  };
  let index = 0;
  const convert = function* (values: ReturnType<JsonValueSplitter['push']>): Generator<SourceItem> {
    for (const value of values) {
      const parsed = parseJson(value.text);
      if ('error' in parsed) {
        yield { index, line: value.line, conversion: conversionFailure(parsed.error) };
        index += 1;
        continue;
      }
      for (const ticket of zendeskTicketsOf(parsed.value, context)) {
        yield { index, line: value.line, conversion: context.convert(ticket, zendeskOptions) };
        index += 1;
      }
    }
  };
  for await (const chunk of chunks) {
    yield* convert(guard(() => splitter.push(chunk)));
  }
  yield* convert(guard(() => splitter.finish()));
}

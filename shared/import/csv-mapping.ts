import { ticketPriorities, ticketStatuses, type TicketStatus } from '../domain/vocabulary';
import { parseImportTime } from './dates';
import { conversionFailure, validateImportRecord, type Conversion } from './records';

/**
 * CSV rows as import records. A mapping names, for each field of the import shape, the CSV column it comes
 * from; status values of the source help desk are translated, and times without an offset are read in the
 * mapping's time zone. Rows are converted one at a time, so a file of any size streams through.
 */

/** The import fields a column can fill. */
export const mappableFields = [
  'external_id',
  'subject',
  'body',
  'requester.email',
  'requester.name',
  'requester.locale',
  'category',
  'status',
  'priority',
  'created_at',
  'solved_at',
  'messages',
] as const;
export type MappableField = (typeof mappableFields)[number];

/** How CSV columns become import records (the `--mapping` JSON file, docs/import.md). */
export interface CsvMapping {
  /** Import field → CSV column header. Fields left out are read from a column of their own name. */
  columns: Partial<Record<MappableField, string>>;
  /** Source status (compared without case) → our status; added to the built-in synonyms. */
  status?: Record<string, string>;
  /** Source category → our category (key or display name); unmapped ones pass through. */
  category?: Record<string, string>;
  /** IANA zone of times written without an offset; UTC when absent. */
  timezone?: string;
}

/** Status words other help desks use, and what they mean here. */
const statusSynonyms: Record<string, TicketStatus> = {
  pending: 'awaiting_customer',
  waiting: 'awaiting_customer',
  'waiting on customer': 'awaiting_customer',
  hold: 'on_hold',
  'on hold': 'on_hold',
  resolved: 'solved',
  done: 'solved',
  archived: 'closed',
};

function fieldAlias(name: string): MappableField | null {
  const normalized = name
    .trim()
    .toLowerCase()
    .replace(/^requester_/, 'requester.');
  const aliases: Record<string, MappableField> = {
    email: 'requester.email',
    name: 'requester.name',
    locale: 'requester.locale',
  };
  const field = aliases[normalized] ?? normalized;
  return (mappableFields as readonly string[]).includes(field) ? (field as MappableField) : null;
}

/** Parses `--map external_id=ID,subject=Title,...`; throws naming an unknown field. */
export function parseMapArgument(text: string): CsvMapping['columns'] {
  const columns: CsvMapping['columns'] = {};
  for (const pair of text.split(',')) {
    if (pair.trim() === '') {
      continue;
    }
    const separator = pair.indexOf('=');
    if (separator <= 0) {
      throw new Error(`--map: "${pair}" is not field=Column`);
    }
    const field = fieldAlias(pair.slice(0, separator));
    if (field === null) {
      throw new Error(
        `--map: unknown field "${pair.slice(0, separator)}" (fields: ${mappableFields.join(', ')})`,
      );
    }
    columns[field] = pair.slice(separator + 1).trim();
  }
  return columns;
}

/** Checks a parsed mapping file; throws with the reason. */
export function parseMappingFile(value: unknown): CsvMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('the mapping file must be a JSON object with a "columns" object');
  }
  const object = value as Record<string, unknown>;
  const columnsValue = object.columns ?? {};
  if (typeof columnsValue !== 'object' || columnsValue === null || Array.isArray(columnsValue)) {
    throw new Error('"columns" must be an object of field → column header');
  }
  const columns: CsvMapping['columns'] = {};
  for (const [name, column] of Object.entries(columnsValue)) {
    const field = fieldAlias(name);
    if (field === null) {
      throw new Error(`"columns": unknown field "${name}" (fields: ${mappableFields.join(', ')})`);
    }
    if (typeof column !== 'string') {
      throw new Error(`"columns"."${name}" must be a column header`);
    }
    columns[field] = column;
  }
  const stringMap = (key: string): Record<string, string> | undefined => {
    const entry = object[key];
    if (entry === undefined) {
      return undefined;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new Error(`"${key}" must be an object of source value → our value`);
    }
    return Object.fromEntries(Object.entries(entry).map(([from, to]) => [from, String(to)]));
  };
  const timezone = object.timezone;
  if (timezone !== undefined && typeof timezone !== 'string') {
    throw new Error('"timezone" must be an IANA zone name such as "Asia/Seoul"');
  }
  const status = stringMap('status');
  const category = stringMap('category');
  return {
    columns,
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
    ...(timezone ? { timezone } : {}),
  };
}

/** Converts rows of one CSV file, given its header row. */
export class CsvRecordConverter {
  private readonly positions: Map<MappableField, number>;
  private readonly statuses: Map<string, string>;
  private readonly timezone: string;

  /** Throws when a mapped column is missing from the header, or the required ones cannot be found. */
  constructor(
    header: readonly string[],
    private readonly mapping: CsvMapping,
  ) {
    const headerPositions = new Map(header.map((name, position) => [name.trim().toLowerCase(), position]));
    this.positions = new Map();
    for (const field of mappableFields) {
      const column = mapping.columns[field];
      // Unmapped fields come from a column of their own name (`requester.email`, `requester_email`, `email`).
      const candidates =
        column === undefined
          ? [field, field.replace('.', '_'), field.replace('requester.', '')]
          : [column.trim().toLowerCase()];
      const position = candidates
        .map((name) => headerPositions.get(name))
        .find((found) => found !== undefined);
      if (column !== undefined && position === undefined) {
        throw new Error(
          `the mapping names column "${column}" for ${field}, but the header has no such column`,
        );
      }
      if (position !== undefined) {
        this.positions.set(field, position);
      }
    }
    const missing = ['external_id', 'subject', 'body', 'requester.email', 'created_at'].filter(
      (field) => !this.positions.has(field as MappableField),
    );
    if (missing.length > 0) {
      throw new Error(`no column for ${missing.join(', ')}: map them with --mapping or --map field=Column`);
    }
    this.statuses = new Map(Object.entries(statusSynonyms));
    for (const status of ticketStatuses) {
      this.statuses.set(status, status);
    }
    for (const [from, to] of Object.entries(mapping.status ?? {})) {
      this.statuses.set(from.trim().toLowerCase(), to);
    }
    this.timezone = mapping.timezone ?? 'UTC';
  }

  convert(fields: readonly string[]): Conversion {
    const value = (field: MappableField): string | undefined => {
      const position = this.positions.get(field);
      const text = position === undefined ? undefined : fields[position]?.trim();
      return text === '' ? undefined : text;
    };
    const createdAt = this.time(value('created_at'), 'created_at');
    if (createdAt.error) {
      return conversionFailure(createdAt.error);
    }
    const solvedAt = this.time(value('solved_at'), 'solved_at');
    if (solvedAt.error) {
      return conversionFailure(solvedAt.error);
    }
    const statusText = value('status');
    const status = statusText === undefined ? undefined : this.statuses.get(statusText.toLowerCase());
    if (statusText !== undefined && status === undefined) {
      return conversionFailure(
        `status: "${statusText}" is not a status (${ticketStatuses.join(', ')}); map it in the mapping file's "status"`,
      );
    }
    const priority = value('priority')?.toLowerCase();
    if (priority !== undefined && !(ticketPriorities as readonly string[]).includes(priority)) {
      return conversionFailure(`priority: "${priority}" is not one of ${ticketPriorities.join(', ')}`);
    }
    const messages = this.messages(value('messages'));
    if (!Array.isArray(messages)) {
      return conversionFailure(messages.error);
    }
    const categoryText = value('category');
    const name = value('requester.name');
    const locale = value('requester.locale');
    return validateImportRecord({
      external_id: value('external_id'),
      requester: {
        email: value('requester.email'),
        ...(name ? { name } : {}),
        ...(locale ? { locale } : {}),
      },
      subject: value('subject'),
      body: value('body'),
      ...(categoryText ? { category: this.mapping.category?.[categoryText] ?? categoryText } : {}),
      ...(status ? { status } : {}),
      ...(priority ? { priority } : {}),
      created_at: createdAt.time,
      ...(solvedAt.time ? { solved_at: solvedAt.time } : {}),
      ...(messages.length > 0 ? { messages } : {}),
    });
  }

  private time(text: string | undefined, field: string): { time?: string; error?: string } {
    if (text === undefined) {
      return {};
    }
    const time = parseImportTime(text, this.timezone);
    return time === null ? { error: `${field}: "${text}" is not an ISO time or YYYY-MM-DD HH:mm` } : { time };
  }

  /** The `messages` column: a JSON array of {author, body, created_at}, times read like the other columns. */
  private messages(text: string | undefined): unknown[] | { error: string } {
    if (text === undefined) {
      return [];
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { error: 'messages: not valid JSON (a JSON array of {author, body, created_at})' };
    }
    if (!Array.isArray(parsed)) {
      return { error: 'messages: must be a JSON array of {author, body, created_at}' };
    }
    return parsed.map((message: unknown) => {
      if (typeof message === 'object' && message !== null && 'created_at' in message) {
        const createdAt = message.created_at;
        const time = typeof createdAt === 'string' ? parseImportTime(createdAt, this.timezone) : null;
        return time === null ? message : { ...message, created_at: time };
      }
      return message;
    });
  }
}

import { importRecordSchema, type ImportRecord } from '../domain/schemas';

/**
 * The outcome of converting one source record: a record of `POST /api/import`'s shape, or why it cannot be
 * one. Checked here with the contract's own schema, so the importer reports a bad row by its position in the
 * source file before anything is sent (the service checks again).
 */
export type Conversion = { ok: true; record: ImportRecord } | { ok: false; message: string };

/** `candidate` checked against the import shape; the message names the first offending field. */
export function validateImportRecord(candidate: unknown): Conversion {
  const result = importRecordSchema.safeParse(candidate);
  if (result.success) {
    return { ok: true, record: result.data };
  }
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'record';
  return { ok: false, message: `${field}: ${issue?.message ?? 'not a valid import record'}` };
}

/** A failed conversion. */
export function conversionFailure(message: string): Conversion {
  return { ok: false, message };
}

import type { TriageModelData } from '../../shared/triage/model';
import { triageModelFormat } from '../../shared/triage/training';
import type { SqlExecutor } from '../storage/database';
import type { TimestampValue } from '../storage/rows';

/** The stored model with when and how it was trained (table `triage_models`, migration 0006). */
export interface StoredTriageModel {
  data: TriageModelData;
  trainedAt: string;
  trainingMs: number;
}

function isoTime(value: TimestampValue): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** The model in force, or null when none was trained yet (or it is of a format this version cannot read). */
export async function readTriageModel(executor: SqlExecutor): Promise<StoredTriageModel | null> {
  const rows = await executor.query<{
    model: TriageModelData;
    trained_at: TimestampValue;
    training_ms: number;
  }>('select model, trained_at, training_ms from triage_models where id');
  const row = rows[0];
  if (row === undefined || row.model.format !== triageModelFormat) {
    return null;
  }
  return { data: row.model, trainedAt: isoTime(row.trained_at), trainingMs: Number(row.training_ms) };
}

/** Replaces the model in force; resolves with its training time as stored. */
export async function writeTriageModel(
  executor: SqlExecutor,
  data: TriageModelData,
  trainingMs: number,
): Promise<string> {
  const rows = await executor.query<{ trained_at: TimestampValue }>(
    `insert into triage_models (id, model, example_count, categories, trained_at, training_ms)
     values (true, $1::jsonb, $2, $3::text[], now(), $4)
     on conflict (id) do update set model = excluded.model, example_count = excluded.example_count,
       categories = excluded.categories, trained_at = excluded.trained_at, training_ms = excluded.training_ms
     returning trained_at`,
    [JSON.stringify(data), data.exampleCount, data.categories, Math.round(trainingMs)],
  );
  return isoTime(rows[0]?.trained_at ?? new Date(0));
}

/** The lead's "possibly misfiled" threshold (table `triage_settings`). */
export async function readMisfiledThreshold(executor: SqlExecutor): Promise<number> {
  const rows = await executor.query<{ misfiled_threshold: number | string }>(
    'select misfiled_threshold from triage_settings where id',
  );
  return Number(rows[0]?.misfiled_threshold ?? defaultMisfiledThreshold);
}

/** Replaces the threshold. */
export async function writeMisfiledThreshold(executor: SqlExecutor, threshold: number): Promise<void> {
  await executor.query(
    `insert into triage_settings (id, misfiled_threshold) values (true, $1)
     on conflict (id) do update set misfiled_threshold = excluded.misfiled_threshold, updated_at = now()`,
    [threshold],
  );
}

/** The threshold before a lead sets one (as migration 0006's default). */
export const defaultMisfiledThreshold = 0.8;

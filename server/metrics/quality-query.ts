import type { LanguageQualityCounts } from '../../shared/metrics/quality';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import { queryJsonRows } from '../storage/sql-helpers';
import type { MetricsWindow } from './metrics-queries';

/**
 * Quality per stored ticket language over tickets created in the range (docs/metrics.md "Quality per
 * language"), from what agents corrected (migration 0048), in one statement beside the dashboard's others:
 * - triage: tickets with a suggestion and a category whose category an agent set by hand
 *   (`category_reviewed_at`) or that were solved or closed (not as a merged duplicate), and of those the
 *   ones whose category equals the suggestion;
 * - duplicates: every offered earlier ticket, still offered (`possible_duplicates`) or dismissed
 *   (`dismissed_duplicates`); merged when the two tickets are merged now (one into the other, or both into
 *   the same third), else dismissed when an agent dismissed it;
 * - checklist: `checklist_corrections`, the items marked against what extraction said.
 * Grouped by the raw language; shared/metrics/quality.ts folds them into ko, en, zh and other.
 */
export async function readQualityCounts(
  executor: SqlExecutor | SqlDatabase,
  window: MetricsWindow,
): Promise<LanguageQualityCounts[]> {
  // The planner guesses 100 elements per jsonb array, so the offers look like a million rows and PostgreSQL
  // JIT-compiles the statement: measured on the 1M-ticket bench, 0.64 s of compiling for 6 ms of work. On
  // a PostgreSQL pool the statement runs with JIT off (PGlite has no JIT).
  if ('engine' in executor && executor.engine === 'postgres') {
    return executor.transaction(async (transaction) => {
      await transaction.query('set local jit = off');
      return qualityStatement(transaction, window);
    });
  }
  return qualityStatement(executor, window);
}

function qualityStatement(executor: SqlExecutor, window: MetricsWindow): Promise<LanguageQualityCounts[]> {
  return queryJsonRows<LanguageQualityCounts>(
    executor,
    `with scoped as materialized (
       select t.id, t.language, t.merged_into_ticket_id, t.possible_duplicates, t.dismissed_duplicates,
              t.suggested_category ->> 'category' is not null and t.category is not null
                and (t.category_reviewed_at is not null
                     or (t.status in ('solved', 'closed') and t.merged_into_ticket_id is null)) as reviewed,
              t.suggested_category ->> 'category' = t.category as kept,
              cardinality(t.checklist_corrections) as corrections
       from tickets t
       where t.created_at >= $1::timestamptz and t.created_at < $2::timestamptz
         and ($3::text[] is null or t.category = any($3::text[]))
     ),
     per_ticket as (
       select s.language, count(*) as tickets,
              count(*) filter (where s.reviewed) as triage_reviewed,
              count(*) filter (where s.reviewed and s.kept) as triage_kept,
              coalesce(sum(s.corrections), 0) as checklist_corrections,
              count(*) filter (where s.corrections > 0) as checklist_corrected_tickets
       from scoped s
       group by s.language
     ),
     offers as (
       -- Offers are written by the service as uuids; a malformed one matches no ticket instead of failing.
       select s.language, s.id, s.merged_into_ticket_id, offer ->> 'id' as offered_id, false as dismissed
       from scoped s cross join lateral jsonb_array_elements(s.possible_duplicates) offer
       where s.possible_duplicates <> '[]'::jsonb
       union all
       select s.language, s.id, s.merged_into_ticket_id, offer ->> 'id', true
       from scoped s cross join lateral jsonb_array_elements(s.dismissed_duplicates) offer
       where s.dismissed_duplicates <> '[]'::jsonb
     ),
     -- Each offer looks its ticket up by primary key (a correlated probe): offers are few.
     judged as (
       select f.language, count(*) as offers,
              count(*) filter (where f.is_merged) as merged,
              count(*) filter (where f.dismissed and not f.is_merged) as dismissed
       from (
         select f.language, f.dismissed,
                coalesce(f.merged_into_ticket_id::text = f.offered_id, false) or exists (
                  select 1 from tickets o
                  where o.id = case when f.offered_id ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                                    then f.offered_id::uuid end
                    and (o.merged_into_ticket_id = f.id or o.merged_into_ticket_id = f.merged_into_ticket_id)
                ) as is_merged
         from offers f
       ) f
       group by f.language
     )
     select jsonb_build_object(
       'language', p.language, 'tickets', p.tickets,
       'triage_reviewed', p.triage_reviewed, 'triage_kept', p.triage_kept,
       'duplicate_offers', coalesce(j.offers, 0), 'duplicate_merged', coalesce(j.merged, 0),
       'duplicate_dismissed', coalesce(j.dismissed, 0),
       'checklist_corrections', p.checklist_corrections,
       'checklist_corrected_tickets', p.checklist_corrected_tickets
     ) as json_row
     from per_ticket p left join judged j on j.language is not distinct from p.language`,
    [window.from, window.to, window.categories],
  );
}

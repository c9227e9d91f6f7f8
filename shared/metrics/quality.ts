import {
  qualityLanguages,
  type LanguageQuality,
  type MetricsRate,
  type QualityLanguage,
} from '../domain/metrics-schemas';
import { isRateMeaningful } from './rates';

/**
 * Quality per language for the Metrics page (issue 18, docs/metrics.md "Quality per language"): the
 * service counts agents' corrections per stored ticket language; this folds those counts into the four
 * languages the page shows and derives the rates. Pure: the counts come in, the block goes out.
 */

/** The counts of one stored `tickets.language` value (null: none detected), as the SQL returns them. */
export interface LanguageQualityCounts {
  language: string | null;
  tickets: number;
  triage_reviewed: number;
  triage_kept: number;
  duplicate_offers: number;
  duplicate_merged: number;
  duplicate_dismissed: number;
  checklist_corrections: number;
  checklist_corrected_tickets: number;
}

/** The page's language of a stored ticket language: ko, en or zh as they are, anything else `other`. */
export function qualityLanguageOf(language: string | null): QualityLanguage {
  return language === 'ko' || language === 'en' || language === 'zh' ? language : 'other';
}

function rateOf(count: number, total: number): MetricsRate {
  return { count, total, rate: total === 0 ? null : count / total };
}

const countKeys = [
  'tickets',
  'triage_reviewed',
  'triage_kept',
  'duplicate_offers',
  'duplicate_merged',
  'duplicate_dismissed',
  'checklist_corrections',
  'checklist_corrected_tickets',
] as const;
type Counts = Omit<LanguageQualityCounts, 'language'>;

/** The counts of `language` with nothing counted (a starting point to add to). */
export function emptyQualityCounts(language: string | null): LanguageQualityCounts {
  return {
    language,
    tickets: 0,
    triage_reviewed: 0,
    triage_kept: 0,
    duplicate_offers: 0,
    duplicate_merged: 0,
    duplicate_dismissed: 0,
    checklist_corrections: 0,
    checklist_corrected_tickets: 0,
  };
}

/**
 * The quality block: one entry per language of `qualityLanguages`, in that order, every one present (zeros
 * when the range holds none of its tickets). Rows of other stored languages (and of none) sum into `other`.
 */
export function languageQuality(rows: readonly LanguageQualityCounts[]): LanguageQuality[] {
  const sums = new Map<QualityLanguage, Counts>(
    qualityLanguages.map((language) => [language, emptyQualityCounts(language)]),
  );
  for (const row of rows) {
    const sum = sums.get(qualityLanguageOf(row.language)) ?? emptyQualityCounts(null);
    for (const key of countKeys) {
      // PostgreSQL's bigint counts may arrive as text.
      sum[key] += Number(row[key]);
    }
  }
  return qualityLanguages.map((language) => {
    const sum = sums.get(language) ?? emptyQualityCounts(language);
    const decided = sum.duplicate_merged + sum.duplicate_dismissed;
    return {
      language,
      tickets: sum.tickets,
      triage: rateOf(sum.triage_kept, sum.triage_reviewed),
      duplicates: {
        offers: sum.duplicate_offers,
        merged: sum.duplicate_merged,
        dismissed: sum.duplicate_dismissed,
        pending: Math.max(0, sum.duplicate_offers - decided),
        acceptance: rateOf(sum.duplicate_merged, decided),
      },
      checklist: {
        corrections: sum.checklist_corrections,
        corrected_tickets: sum.checklist_corrected_tickets,
        per_100_tickets: sum.tickets === 0 ? null : (sum.checklist_corrections * 100) / sum.tickets,
      },
    };
  });
}

/** One bar group of the quality chart: a language's three figures, each with its sample. */
export interface QualityChartRow {
  language: QualityLanguage;
  /** Triage kept, percent; null when its sample is below the minimum (the counts are still shown). */
  triagePercent: number | null;
  triageSample: number;
  /** Offers merged of those decided, percent; null below the minimum sample. */
  mergePercent: number | null;
  mergeSample: number;
  /** Checklist corrections per 100 tickets; null below the minimum number of tickets. */
  correctionsPer100: number | null;
  ticketSample: number;
}

/**
 * What the chart draws per language. A figure over fewer than `minimum` cases is null (the bar is left out
 * and the sample stands alone), the rule the page's other rates follow: "100% (2 of 2)" is not a verdict.
 */
export function qualityChartRows(quality: readonly LanguageQuality[], minimum?: number): QualityChartRow[] {
  const percent = (rate: MetricsRate): number | null =>
    rate.rate !== null && isRateMeaningful(rate.total, minimum) ? Math.round(rate.rate * 1000) / 10 : null;
  return quality.map((entry) => ({
    language: entry.language,
    triagePercent: percent(entry.triage),
    triageSample: entry.triage.total,
    mergePercent: percent(entry.duplicates.acceptance),
    mergeSample: entry.duplicates.acceptance.total,
    correctionsPer100:
      entry.checklist.per_100_tickets !== null && isRateMeaningful(entry.tickets, minimum)
        ? Math.round(entry.checklist.per_100_tickets * 10) / 10
        : null,
    ticketSample: entry.tickets,
  }));
}

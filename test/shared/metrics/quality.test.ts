import { describe, expect, it } from 'vitest';
import {
  emptyQualityCounts,
  languageQuality,
  qualityChartRows,
  qualityLanguageOf,
  type LanguageQualityCounts,
} from '../../../shared/metrics/quality';

function counts(language: string | null, values: Partial<LanguageQualityCounts>): LanguageQualityCounts {
  return { ...emptyQualityCounts(language), ...values };
}

describe('quality per language', () => {
  it('names ko, en and zh as they are and every other language, or none, other', () => {
    expect(['ko', 'en', 'zh', 'ja', 'es', null].map(qualityLanguageOf)).toEqual([
      'ko',
      'en',
      'zh',
      'other',
      'other',
      'other',
    ]);
  });

  it('lists the four languages in the page order, with zeros and no rates when nothing was counted', () => {
    const block = languageQuality([]);
    expect(block.map((entry) => entry.language)).toEqual(['ko', 'en', 'zh', 'other']);
    expect(block[0]).toEqual({
      language: 'ko',
      tickets: 0,
      triage: { count: 0, total: 0, rate: null },
      duplicates: {
        offers: 0,
        merged: 0,
        dismissed: 0,
        pending: 0,
        acceptance: { count: 0, total: 0, rate: null },
      },
      checklist: { corrections: 0, corrected_tickets: 0, per_100_tickets: null },
    });
  });

  it('derives the triage share, the merge acceptance of decided offers and corrections per 100 tickets', () => {
    const [korean] = languageQuality([
      counts('ko', {
        tickets: 40,
        triage_reviewed: 25,
        triage_kept: 20,
        duplicate_offers: 10,
        duplicate_merged: 3,
        duplicate_dismissed: 5,
        checklist_corrections: 6,
        checklist_corrected_tickets: 4,
      }),
    ]);
    expect(korean?.triage).toEqual({ count: 20, total: 25, rate: 0.8 });
    // Two offers await a decision: they are neither accepted nor refused yet.
    expect(korean?.duplicates).toEqual({
      offers: 10,
      merged: 3,
      dismissed: 5,
      pending: 2,
      acceptance: { count: 3, total: 8, rate: 0.375 },
    });
    expect(korean?.checklist).toEqual({ corrections: 6, corrected_tickets: 4, per_100_tickets: 15 });
  });

  it('sums other stored languages and tickets without one into other, and reads counts sent as text', () => {
    const block = languageQuality([
      counts('ja', { tickets: 3, triage_reviewed: 2, triage_kept: 1 }),
      counts(null, { tickets: '5' as unknown as number, triage_reviewed: 1, triage_kept: 1 }),
      counts('zh', { tickets: 7 }),
    ]);
    const other = block.find((entry) => entry.language === 'other');
    expect(other?.tickets).toBe(8);
    expect(other?.triage).toEqual({ count: 2, total: 3, rate: 2 / 3 });
    expect(block.find((entry) => entry.language === 'zh')?.tickets).toBe(7);
    expect(block.find((entry) => entry.language === 'en')?.tickets).toBe(0);
  });
});

describe('the quality chart rows', () => {
  it('draws a figure only from the minimum sample on, and keeps the sample beside it', () => {
    const block = languageQuality([
      counts('ko', {
        tickets: 200,
        triage_reviewed: 40,
        triage_kept: 38,
        duplicate_merged: 2,
        duplicate_dismissed: 0,
      }),
      counts('en', { tickets: 19, triage_reviewed: 20, triage_kept: 15, checklist_corrections: 3 }),
    ]);
    const [korean, english] = qualityChartRows(block);
    // "100% (2 of 2)" is not a verdict: the merge share of two decisions stays hidden.
    expect(korean).toEqual({
      language: 'ko',
      triagePercent: 95,
      triageSample: 40,
      mergePercent: null,
      mergeSample: 2,
      correctionsPer100: 0,
      ticketSample: 200,
    });
    expect(english).toMatchObject({
      triagePercent: 75,
      triageSample: 20,
      correctionsPer100: null,
      ticketSample: 19,
    });
  });

  it('takes another minimum when asked', () => {
    const block = languageQuality([counts('zh', { duplicate_merged: 2, duplicate_dismissed: 1 })]);
    const chinese = qualityChartRows(block, 3).find((row) => row.language === 'zh');
    expect(chinese?.mergePercent).toBe(66.7);
    expect(chinese?.mergeSample).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { readBanking77 } from '../triage/banking77';
import { maskedTexts, readNegativeSet, readSecretSet, scoreSecretSet } from './evaluation';

/**
 * The evaluation sets of docs/security.md ("Secret detection"). The rules were tuned on the secret and
 * hard-negative sets (and on banking77's first two false positives), so these are regression figures.
 */
describe('secret detection on the evaluation sets', () => {
  it('finds every secret of the secret set, as its kind, and keeps the hashes beside them', () => {
    const cases = readSecretSet();
    expect(cases.length).toBeGreaterThanOrEqual(120);
    expect(new Set(cases.map((item) => item.language))).toEqual(new Set(['en', 'ko', 'zh']));
    const score = scoreSecretSet(cases);
    expect(score.misses).toEqual([]);
    expect(score.found).toBe(score.total);
  });

  it('masks nothing in the hard-negative set', () => {
    const cases = readNegativeSet();
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(maskedTexts(cases.map((item) => item.text))).toEqual([]);
  });

  it('masks nothing in the 10,003 banking77 requests', () => {
    const texts = readBanking77().map((request) => request.text);
    expect(texts).toHaveLength(10_003);
    expect(maskedTexts(texts)).toEqual([]);
  });
});

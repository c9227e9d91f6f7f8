import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSecrets, maskSecrets } from '../../../shared/safety/secrets';
import type { NegativeCase } from '../../fixtures/safety/generate-negatives';
import type { SecretCase } from '../../fixtures/safety/generate-secrets';

/** The evaluation sets of secret detection (test/fixtures/safety) and how they are scored. */

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/safety');

export function readSecretSet(): SecretCase[] {
  return JSON.parse(readFileSync(resolve(fixtures, 'secrets.json'), 'utf8')) as SecretCase[];
}

export function readNegativeSet(): NegativeCase[] {
  return JSON.parse(readFileSync(resolve(fixtures, 'negatives.json'), 'utf8')) as NegativeCase[];
}

/** The held-out set: secrets and ordinary tickets written after tuning, never used to change a rule. */
export function readHeldOutSet(): { secrets: SecretCase[]; negatives: NegativeCase[] } {
  return JSON.parse(readFileSync(resolve(fixtures, 'held-out.json'), 'utf8')) as {
    secrets: SecretCase[];
    negatives: NegativeCase[];
  };
}

/** A secret of the set the masking let through, and why. */
export interface Miss {
  id: string;
  format: string;
  reason: 'not masked' | 'wrong kind' | 'identifier masked';
}

/**
 * Recall on the secret set: a secret counts as found when one finding of the case's kind covers it whole
 * and the masked text no longer contains it; identifiers listed under `keep` must survive the masking.
 */
export function scoreSecretSet(cases: readonly SecretCase[]): {
  found: number;
  total: number;
  misses: Miss[];
} {
  let found = 0;
  let total = 0;
  const misses: Miss[] = [];
  for (const item of cases) {
    const masked = maskSecrets(item.text, item.language);
    for (const secret of item.secrets) {
      total += 1;
      const at = item.text.indexOf(secret);
      const covering = masked.findings.find(
        (finding) => finding.start <= at && finding.end >= at + secret.length,
      );
      if (covering === undefined || masked.text.includes(secret)) {
        misses.push({ id: item.id, format: item.format, reason: 'not masked' });
      } else if (covering.kind !== item.kind) {
        misses.push({ id: item.id, format: item.format, reason: 'wrong kind' });
      } else {
        found += 1;
      }
    }
    if (item.keep.some((identifier) => !masked.text.includes(identifier))) {
      misses.push({ id: item.id, format: item.format, reason: 'identifier masked' });
    }
  }
  return { found, total, misses };
}

/** The texts in which anything at all was found. */
export function maskedTexts(texts: readonly string[]): string[] {
  return texts.filter((text) => findSecrets(text).length > 0);
}

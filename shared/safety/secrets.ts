import { findOtpCodes, findPasswords } from './credentials';
import { findKeys } from './keys';
import { markerSpans, secretMarker } from './markers';
import { findSeedPhrases } from './seed-phrase';
import type { MarkerLanguage, SecretFinding, SecretKind } from './types';

export type { MarkerLanguage, SecretFinding, SecretKind, SecretSeverity } from './types';
export { secretMarker } from './markers';

/** When two findings overlap, the span keeps the kind that matters most. */
const kindRank: Record<SecretKind, number> = {
  seed_phrase: 5,
  private_key: 4,
  api_secret: 3,
  password: 2,
  otp_code: 1,
};

/**
 * Finds secrets in text (pure; any language). Non-overlapping, sorted by start; offsets are UTF-16 units
 * of the original text, `end` exclusive. Markers already in the text (from an earlier masking) are left
 * alone, so masking twice changes nothing.
 */
export function findSecrets(text: string): SecretFinding[] {
  if (text.length === 0) {
    return [];
  }
  const markers = markerSpans(text);
  const all = [
    ...findSeedPhrases(text),
    ...findKeys(text),
    ...findPasswords(text),
    ...findOtpCodes(text),
  ].filter((found) => !markers.some((marker) => found.start < marker.end && marker.start < found.end));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretFinding[] = [];
  for (const found of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && found.start < last.end) {
      last.end = Math.max(last.end, found.end);
      if (kindRank[found.kind] > kindRank[last.kind]) {
        last.kind = found.kind;
      }
      if (found.severity === 'critical') {
        last.severity = 'critical';
      }
    } else {
      merged.push({ ...found });
    }
  }
  return merged;
}

/**
 * Replaces every finding by a marker such as "[seed phrase removed]" / "[시드 문구 삭제됨]" /
 * "[助记词已移除]" in the given language. `kinds` lists each kind found once, in order of first appearance.
 */
export function maskSecrets(
  text: string,
  language: MarkerLanguage,
): { text: string; findings: SecretFinding[]; kinds: SecretKind[] } {
  const findings = findSecrets(text);
  if (findings.length === 0) {
    return { text, findings, kinds: [] };
  }
  let masked = '';
  let at = 0;
  const kinds: SecretKind[] = [];
  for (const found of findings) {
    masked += text.slice(at, found.start) + secretMarker(found.kind, language);
    at = found.end;
    if (!kinds.includes(found.kind)) {
      kinds.push(found.kind);
    }
  }
  masked += text.slice(at);
  return { text: masked, findings, kinds };
}

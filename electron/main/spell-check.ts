/**
 * The spell-check languages for the composer when a ticket opens: the customer's language, matched to a
 * dictionary Chromium has (`ko` → `ko`, `zh-TW` → `zh-TW` or else another `zh` one, `en` → `en-US`).
 * Nothing matches (or no language is known): the default dictionary stays. On macOS the OS spell
 * checker picks the language itself and Electron ignores the setting.
 */
export function spellCheckLanguagesFor(
  language: string | null,
  available: readonly string[],
  fallback: readonly string[] = ['en-US'],
): string[] {
  if (!language) {
    return [...fallback];
  }
  const wanted = language.toLowerCase();
  const exact = available.find((candidate) => candidate.toLowerCase() === wanted);
  if (exact) {
    return [exact];
  }
  const primary = wanted.split('-')[0] ?? wanted;
  const preferredRegion: Record<string, string> = { en: 'en-us', zh: 'zh-cn', pt: 'pt-br', es: 'es-es' };
  const regional =
    available.find((candidate) => candidate.toLowerCase() === preferredRegion[primary]) ??
    available.find((candidate) => candidate.toLowerCase().split('-')[0] === primary);
  return regional ? [regional] : [...fallback];
}

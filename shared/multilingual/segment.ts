/**
 * Word segmentation with `Intl.Segmenter` (ICU word boundaries: a dictionary for Chinese, spaces and script
 * changes for Korean and English). Node 20 and Chromium both carry it; the segmenters are made once.
 */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The word-like segments of `text` (letters or digits; punctuation and spaces dropped), in order. */
export function segmentWords(text: string, locale: 'ko' | 'zh' | 'en'): string[] {
  const words: string[] = [];
  for (const segment of segmenterFor(locale).segment(text)) {
    if (segment.isWordLike === true) {
      words.push(segment.segment);
    }
  }
  return words;
}

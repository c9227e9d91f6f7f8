/**
 * Source material of the evaluation sets (docs/evaluation.md): support problems of a crypto exchange as
 * customers word them, written by hand before the rules' lexicons were read. Each intent has four
 * paraphrases: the first two feed the training history, the third the development set and the fourth the
 * frozen held-out set, so no evaluated sentence is ever in the history.
 */
export type EvaluationLanguage = 'ko' | 'zh' | 'en';

/** One support problem (intent) of one desk category, worded four ways by different customers. */
export interface IntentSource {
  category: string;
  key: string;
  /** Four wordings; `{coin}`, `{amount}` and `{when}` are filled in by the builder. */
  paraphrases: readonly [string, string, string, string];
}

/** The seven desk categories of the service. */
export const deskCategories = [
  'account_security',
  'trade_execution',
  'deposit_withdrawal',
  'api',
  'kyc',
  'derivatives',
  'general',
] as const;

import type { DefaultCategory, SupportedLanguage } from '../../shared/domain/vocabulary';
import { englishPhrases } from './phrases-en';
import { koreanPhrases } from './phrases-ko';
import { chinesePhrases } from './phrases-zh';
import type { DetailKind, ProblemTextBank } from './problems';
import { englishAccountTexts } from './texts-en-account';
import { englishFundTexts } from './texts-en-funds';
import { englishTradingTexts } from './texts-en-trading';
import { koreanAccountTexts } from './texts-ko-account';
import { koreanFundTexts } from './texts-ko-funds';
import { koreanTradingTexts } from './texts-ko-trading';
import { chineseAccountTexts } from './texts-zh-account';
import { chineseFundTexts } from './texts-zh-funds';
import { chineseTradingTexts } from './texts-zh-trading';

/** A detail a customer states in a sentence of its own (what they tried comes from `attempts`). */
export type StatedDetail = Exclude<DetailKind, 'attempts'>;

/**
 * Everything customers and agents say in one language apart from the problem texts. Strings may hold
 * `{slot}` placeholders, filled per ticket (see `slots.ts`).
 */
export interface LanguagePhrases {
  /** Put between sentences of one paragraph ("" for Chinese). */
  sentenceSeparator: string;
  customerGreetings: readonly string[];
  customerClosings: readonly string[];
  /** Closings of customers who think their case is an emergency. */
  urgentClosings: readonly string[];
  /** Sentences that give one detail, e.g. "TXID: {txid}". */
  detailLines: Readonly<Record<StatedDetail, readonly string[]>>;
  /** What customers say they already tried, per category. */
  attempts: Readonly<Record<DefaultCategory, readonly string[]>>;
  /** Secrets customers should never send but do: `{recoveryPhrase}`, `{accessKey}`, `{secretKey}`. */
  recoveryPhraseLines: readonly string[];
  apiKeyLines: readonly string[];
  /** First sentence of a resubmitted ticket ("nobody answered, so again"). */
  resubmissionOpenings: readonly string[];
  resubmissionSubjectPrefixes: readonly string[];
  /** What the `{memoLabel}` slot says for destination-tag coins and memo coins. */
  memoLabels: { tag: string; memo: string };
  /** Banks for the `{bank}` slot. */
  banks: readonly string[];
  replyGreetings: readonly string[];
  replyClosings: readonly string[];
  signatures: readonly string[];
  acknowledgements: readonly string[];
  askIntroductions: readonly string[];
  /** How an agent names each thing they ask for. */
  askItems: Readonly<Record<DetailKind | 'screenshot', string>>;
  askEndings: readonly string[];
  holds: readonly string[];
  duplicateReplies: readonly string[];
  /** Agent warnings after a customer pasted a recovery phrase or API secret. */
  secretWarnings: readonly string[];
  customerProvideIntroductions: readonly string[];
  customerScreenshotLines: readonly string[];
  customerNudges: readonly string[];
  customerThanks: readonly string[];
  customerAfterAcknowledgements: readonly string[];
}

const phrasesByLanguage: Readonly<Record<SupportedLanguage, LanguagePhrases>> = {
  ko: koreanPhrases,
  en: englishPhrases,
  zh: chinesePhrases,
};

const textsByLanguage: Readonly<Record<SupportedLanguage, ProblemTextBank>> = {
  ko: { ...koreanFundTexts, ...koreanTradingTexts, ...koreanAccountTexts },
  en: { ...englishFundTexts, ...englishTradingTexts, ...englishAccountTexts },
  zh: { ...chineseFundTexts, ...chineseTradingTexts, ...chineseAccountTexts },
};

/** The phrase bank of a language. */
export function phrasesFor(language: SupportedLanguage): LanguagePhrases {
  return phrasesByLanguage[language];
}

/** The problem texts of a language, every problem key present. */
export function problemTextsFor(language: SupportedLanguage): ProblemTextBank {
  return textsByLanguage[language];
}

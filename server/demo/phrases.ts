import { z } from 'zod';
import {
  defaultCategories,
  type DefaultCategory,
  type SupportedLanguage,
} from '../../shared/domain/vocabulary';
import englishPhrases from './data/en/phrases.json' with { type: 'json' };
import englishAccountTexts from './data/en/account.json' with { type: 'json' };
import englishFundTexts from './data/en/funds.json' with { type: 'json' };
import englishTradingTexts from './data/en/trading.json' with { type: 'json' };
import koreanPhrases from './data/ko/phrases.json' with { type: 'json' };
import koreanAccountTexts from './data/ko/account.json' with { type: 'json' };
import koreanFundTexts from './data/ko/funds.json' with { type: 'json' };
import koreanTradingTexts from './data/ko/trading.json' with { type: 'json' };
import chinesePhrases from './data/zh/phrases.json' with { type: 'json' };
import chineseAccountTexts from './data/zh/account.json' with { type: 'json' };
import chineseFundTexts from './data/zh/funds.json' with { type: 'json' };
import chineseTradingTexts from './data/zh/trading.json' with { type: 'json' };
import {
  DemoDataError,
  lazily,
  listOf,
  parseDataFile,
  plainText,
  plainTexts,
  templates,
  textWithPlaceholders,
} from './data-file';
import {
  detailKinds,
  problemDefinitions,
  problemKeysOf,
  problemThemes,
  type DetailKind,
  type ProblemKey,
  type ProblemText,
  type ProblemTextBank,
  type ProblemTheme,
} from './problems';

/** A detail a customer states in a sentence of its own (what they tried comes from `attempts`). */
export type StatedDetail = Exclude<DetailKind, 'attempts'>;

/**
 * Everything customers and agents say in one language apart from the problem texts, read from
 * `data/<language>/phrases.json`. The texts the generator fills may hold `{slot}` placeholders (see
 * `slots.ts`); `languagePhrasesSchema` says which those are.
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

const statedDetails = detailKinds.filter((kind): kind is StatedDetail => kind !== 'attempts');
const signatures = listOf(textWithPlaceholders(new Set(['agentName'])));

/** The schema of `data/<language>/phrases.json`. */
export const languagePhrasesSchema = z
  .object({
    sentenceSeparator: z.string(),
    customerGreetings: plainTexts,
    customerClosings: plainTexts,
    urgentClosings: plainTexts,
    detailLines: z.record(z.enum(statedDetails), templates),
    attempts: z.record(z.enum(defaultCategories), plainTexts),
    recoveryPhraseLines: templates,
    apiKeyLines: templates,
    resubmissionOpenings: plainTexts,
    resubmissionSubjectPrefixes: plainTexts,
    memoLabels: z.object({ tag: plainText, memo: plainText }).strict(),
    banks: plainTexts,
    replyGreetings: templates,
    replyClosings: plainTexts,
    signatures,
    acknowledgements: plainTexts,
    askIntroductions: plainTexts,
    askItems: z.record(z.enum([...detailKinds, 'screenshot']), plainText.min(1)),
    askEndings: plainTexts,
    holds: plainTexts,
    duplicateReplies: plainTexts,
    secretWarnings: plainTexts,
    customerProvideIntroductions: plainTexts,
    customerScreenshotLines: plainTexts,
    customerNudges: plainTexts,
    customerThanks: plainTexts,
    customerAfterAcknowledgements: plainTexts,
  })
  .strict() satisfies z.ZodType<LanguagePhrases>;

/** The schema of one problem's texts in a language. */
export const problemTextSchema = z
  .object({
    subjects: templates,
    bodies: templates,
    resolutions: templates,
    attempts: plainTexts.optional(),
    errors: plainTexts.optional(),
  })
  .strict()
  .superRefine((text, context) => {
    const usesError = [...text.subjects, ...text.bodies, ...text.resolutions].some((line) =>
      line.includes('{error}'),
    );
    if (usesError && text.errors === undefined) {
      context.addIssue({ code: 'custom', path: ['errors'], message: 'a text uses {error}: list the errors' });
    }
  }) satisfies z.ZodType<ProblemText>;

/** The schema of `data/<language>/<theme>.json`: the texts of exactly the theme's problems. */
export function themeTextsSchema(theme: ProblemTheme): z.ZodType<Partial<Record<ProblemKey, ProblemText>>> {
  return z.object(Object.fromEntries(problemKeysOf(theme).map((key) => [key, problemTextSchema]))).strict();
}

// The JSON as imported, before its check: each file is read through its schema on first use.
const files: Readonly<
  Record<SupportedLanguage, { phrases: unknown; themes: Readonly<Record<ProblemTheme, unknown>> }>
> = {
  ko: {
    phrases: koreanPhrases,
    themes: { funds: koreanFundTexts, trading: koreanTradingTexts, account: koreanAccountTexts },
  },
  en: {
    phrases: englishPhrases,
    themes: { funds: englishFundTexts, trading: englishTradingTexts, account: englishAccountTexts },
  },
  zh: {
    phrases: chinesePhrases,
    themes: { funds: chineseFundTexts, trading: chineseTradingTexts, account: chineseAccountTexts },
  },
};

const phrasesByLanguage = {
  ko: lazily(() => parseDataFile('ko/phrases.json', languagePhrasesSchema, files.ko.phrases)),
  en: lazily(() => parseDataFile('en/phrases.json', languagePhrasesSchema, files.en.phrases)),
  zh: lazily(() => parseDataFile('zh/phrases.json', languagePhrasesSchema, files.zh.phrases)),
};

function loadTexts(language: SupportedLanguage): ProblemTextBank {
  const bank: Partial<ProblemTextBank> = {};
  for (const theme of Object.keys(problemThemes) as ProblemTheme[]) {
    const file = `${language}/${theme}.json`;
    Object.assign(bank, parseDataFile(file, themeTextsSchema(theme), files[language].themes[theme]));
  }
  for (const problem of problemDefinitions) {
    if (bank[problem.key] === undefined) {
      throw new DemoDataError(`No theme of problemThemes (problems.ts) holds the problem ${problem.key}`);
    }
  }
  return bank as ProblemTextBank;
}

const textsByLanguage = {
  ko: lazily(() => loadTexts('ko')),
  en: lazily(() => loadTexts('en')),
  zh: lazily(() => loadTexts('zh')),
};

/** The phrase bank of a language (`data/<language>/phrases.json`). */
export function phrasesFor(language: SupportedLanguage): LanguagePhrases {
  return phrasesByLanguage[language]();
}

/** The problem texts of a language (`data/<language>/<theme>.json`), every problem key present. */
export function problemTextsFor(language: SupportedLanguage): ProblemTextBank {
  return textsByLanguage[language]();
}

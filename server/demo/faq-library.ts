import { z } from 'zod';
import { faqActionsSchema, type FaqPrompt, type FaqReplyInput } from '../../shared/domain/faq-schemas';
import { defaultCategories } from '../../shared/domain/vocabulary';
import accountFile from './data/faq/account.json' with { type: 'json' };
import frameFile from './data/faq/frame.json' with { type: 'json' };
import fundsFile from './data/faq/funds.json' with { type: 'json' };
import moreFile from './data/faq/more.json' with { type: 'json' };
import tradingFile from './data/faq/trading.json' with { type: 'json' };
import { lazily, listOf, parseDataFile } from './data-file';

const faqLanguages = ['ko', 'en', 'zh'] as const;
const inEveryLanguage = <Value extends z.ZodType>(value: Value) =>
  z.object({ ko: value, en: value, zh: value }).strict();
const promptKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and underscores');

/**
 * The schema of `data/faq/frame.json`: what every demo reply shares. Each reply's body is the greeting, its
 * own text and the signature; prompts are the values an agent types in, by key, with a label per language.
 */
export const faqFrameSchema = z
  .object({
    greetings: inEveryLanguage(z.string().min(1)),
    signatures: inEveryLanguage(z.string().min(1)),
    prompts: z.record(promptKey, inEveryLanguage(z.string().min(1))),
  })
  .strict();

/** The schema of `data/faq/<theme>.json` when `frame.json` defines the prompts `promptKeys`. */
export function faqEntriesSchema(promptKeys: readonly string[]) {
  const text = z.object({ title: z.string().trim().min(1), body: z.string().min(1) }).strict();
  const entry = z
    .object({
      /** Folder path, levels joined by `::`. */
      folder: z.string().min(1),
      categories: z.array(z.enum(defaultCategories)),
      keywords: listOf(z.string().trim().min(1)),
      /** Keys of `frame.json`'s prompts, each used as `{{prompt.<key>}}` in the bodies. */
      prompts: z.array(z.enum(promptKeys as [string, ...string[]])).optional(),
      actions: faqActionsSchema.optional(),
      ko: text,
      en: text,
      zh: text,
    })
    .strict()
    .superRefine((value, context) => {
      for (const language of faqLanguages) {
        for (const match of value[language].body.matchAll(/\{\{prompt\.([a-z0-9_]+)\}\}/g)) {
          if (!(value.prompts ?? []).includes(match[1] ?? '')) {
            context.addIssue({
              code: 'custom',
              path: [language, 'body'],
              message: `{{prompt.${match[1]}}} needs "${match[1]}" in this reply's prompts`,
            });
          }
        }
      }
    });
  return listOf(entry);
}

// The JSON as imported, in the library's order.
const entryFiles = [
  ['funds', fundsFile],
  ['account', accountFile],
  ['trading', tradingFile],
  ['more', moreFile],
] as const;

const library = lazily((): FaqReplyInput[] => {
  const frame = parseDataFile('faq/frame.json', faqFrameSchema, frameFile);
  const prompts = new Map<string, FaqPrompt>(
    Object.entries(frame.prompts).map(([key, label]) => [key, { key, label }]),
  );
  const schema = faqEntriesSchema([...prompts.keys()]);
  return entryFiles.flatMap(([theme, content]) =>
    parseDataFile(`faq/${theme}.json`, schema, content).map((entry) => ({
      folder: entry.folder,
      keywords: entry.keywords,
      categories: entry.categories,
      variants: faqLanguages.map((language) => ({
        language,
        title: entry[language].title,
        body: `${frame.greetings[language]}\n\n${entry[language].body}\n\n${frame.signatures[language]}`,
      })),
      prompts: (entry.prompts ?? []).map((key) => prompts.get(key) as FaqPrompt),
      actions: entry.actions ?? {},
    })),
  );
});

/**
 * The demo FAQ library: realistic exchange-support replies, each in Korean, English and Chinese, read from
 * `data/faq/` (a greeting and a signature around each reply's own text). A fresh copy on each call.
 */
export function demoFaqLibrary(): FaqReplyInput[] {
  return structuredClone(library());
}

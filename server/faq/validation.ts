import { z } from 'zod';
import { faqReplyInputSchema } from '../../shared/domain/faq-schemas';
import {
  closestPlaceholderName,
  knownPlaceholderNames,
  promptKeysIn,
  unknownPlaceholdersIn,
} from '../../shared/faq/placeholders';
import { validationFailure } from '../errors';
import { findUnstorableText } from '../tickets/storable-text';
import type { FaqReplyContent } from '../storage/faq-replies';

/** Why a reply cannot be stored: the service's error code, a message and the field it concerns. */
export interface FaqProblem {
  code: string;
  message: string;
  field: string;
}

/**
 * One item of `POST /api/faq/import` and of the JSON export: a reply input with its optional `id`. The
 * counters and times `GET /api/faq` adds are ignored, so a saved library listing imports as it is.
 */
export const faqImportItemSchema = faqReplyInputSchema.extend({ id: z.string().max(64).optional() });
// `public` is set with its own lead call (PUT /api/faq/:id/public), not by an import.
const ignoredOnImport = ['usage_count', 'usage_by_category', 'created_at', 'updated_at', 'version', 'public'];

/** The item parsed, or the first problem zod found in it. */
export function parseImportItem(
  input: unknown,
): { item: z.output<typeof faqImportItemSchema> } | { problem: FaqProblem } {
  const cleaned =
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input).filter(([key]) => !ignoredOnImport.includes(key)))
      : input;
  const result = faqImportItemSchema.safeParse(cleaned);
  if (result.success) {
    return { item: result.data };
  }
  const failure = validationFailure(result.error, cleaned);
  return { problem: { code: failure.code, message: failure.message, field: failure.field ?? '' } };
}

/**
 * What zod cannot check alone: text the database can store, one variant per language, distinct prompt keys,
 * every `{{prompt.key}}` of a body declared in `prompts`, and categories that exist.
 */
export function faqContentProblem(
  content: FaqReplyContent,
  knownCategories: ReadonlySet<string>,
): FaqProblem | null {
  const unstorable = findUnstorableText(content);
  if (unstorable !== null) {
    return {
      code: 'unstorable_text',
      message: `${unstorable}: text holds a NUL character or an unpaired surrogate`,
      field: unstorable,
    };
  }
  const languages = new Set<string>();
  for (const [index, variant] of content.variants.entries()) {
    const language = variant.language.toLowerCase();
    if (languages.has(language)) {
      return {
        code: 'duplicate_language',
        message: `variants.${index}.language: the reply already has a ${variant.language} variant`,
        field: `variants.${index}.language`,
      };
    }
    languages.add(language);
  }
  const promptKeys = new Set<string>();
  for (const [index, prompt] of content.prompts.entries()) {
    if (promptKeys.has(prompt.key)) {
      return {
        code: 'duplicate_prompt',
        message: `prompts.${index}.key: prompt ${prompt.key} is declared twice`,
        field: `prompts.${index}.key`,
      };
    }
    promptKeys.add(prompt.key);
  }
  for (const [index, variant] of content.variants.entries()) {
    const undeclared = promptKeysIn(variant.body).find((key) => !promptKeys.has(key));
    if (undeclared !== undefined) {
      return {
        code: 'unknown_prompt',
        message: `variants.${index}.body: {{prompt.${undeclared}}} is not declared in prompts`,
        field: `variants.${index}.body`,
      };
    }
  }
  for (const [index, variant] of content.variants.entries()) {
    const unknown = unknownPlaceholdersIn(`${variant.title}\n${variant.body}`)[0];
    if (unknown !== undefined) {
      const suggestion = closestPlaceholderName(unknown);
      const known = [...knownPlaceholderNames, 'prompt.<key>'].map((name) => `{{${name}}}`).join(', ');
      return {
        code: 'unknown_placeholder',
        message: `variants.${index}.body: {{${unknown}}} is not a placeholder${
          suggestion ? `; did you mean {{${suggestion}}}?` : ''
        } Known: ${known}`,
        field: `variants.${index}.body`,
      };
    }
  }
  for (const [index, category] of content.categories.entries()) {
    if (!knownCategories.has(category)) {
      return {
        code: 'unknown_category',
        message: `categories.${index}: ${category}: no such category`,
        field: `categories.${index}`,
      };
    }
  }
  return null;
}

/** JSON with object keys sorted, to tell whether stored content (jsonb reorders keys) really changed. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([left], [right]) => left.localeCompare(right)))
      : item,
  );
}

/** The content fields of a stored reply or an input, for comparison. */
export function contentOf(reply: FaqReplyContent): FaqReplyContent {
  return {
    folder: reply.folder,
    keywords: reply.keywords,
    categories: reply.categories,
    variants: reply.variants,
    prompts: reply.prompts,
    actions: reply.actions,
    retired: reply.retired,
  };
}

import type { TFunction } from 'i18next';
import type { FaqReplyInput } from '../../../shared/domain/faq-schemas';
import {
  closestPlaceholderName,
  knownPlaceholderNames,
  promptKeysIn,
  unknownPlaceholdersIn,
} from '../../../shared/faq/placeholders';
import { isApiError } from '../../api/api-error';
import { formatLanguageName } from '../../i18n/format';

/**
 * The service refuses a reply with a code and the field it concerns (`variants.1.body`). A lead needs to
 * read "Variant 2 (Korean): the text is empty", in their own language, not the field path: this turns the
 * refusal into that sentence, using the reply that was sent to name the variant and find the placeholder.
 */
export function describeFaqProblem(
  failure: unknown,
  sent: FaqReplyInput,
  t: TFunction,
  uiLanguage: string,
): string {
  if (!isApiError(failure)) {
    return t('faq.editor.failed', { message: failure instanceof Error ? failure.message : String(failure) });
  }
  if (failure.code === 'version_conflict') {
    return t('faq.editor.conflict');
  }
  const where = failure.field ? placeOf(failure.field, sent, t, uiLanguage) : null;
  const what = reasonOf(failure.code, failure.field ?? '', failure.message, sent, t);
  return t('faq.editor.failed', {
    message: where ? t('faq.editor.invalid', { field: where, message: what }) : what,
  });
}

/** "Variant 2 (Korean): text", "Prompt 1", "Category 3", "Folder"… for a field path. */
function placeOf(field: string, sent: FaqReplyInput, t: TFunction, uiLanguage: string): string {
  const [section, indexText, part] = field.split('.');
  const index = Number(indexText);
  switch (section) {
    case 'variants': {
      if (!Number.isInteger(index)) {
        return t('faq.editor.variants');
      }
      const language = sent.variants[index]?.language ?? '';
      const variant = t('faq.editor.problem.variant', {
        number: String(index + 1),
        language: language ? formatLanguageName(language, uiLanguage) : '?',
      });
      const partName =
        part === 'body' || part === 'title' || part === 'language'
          ? t(part === 'language' ? 'faq.editor.language' : `faq.editor.${part}`)
          : null;
      return partName ? `${variant} · ${partName}` : variant;
    }
    case 'prompts':
      return Number.isInteger(index)
        ? t('faq.editor.problem.prompt', { number: String(index + 1) })
        : t('faq.editor.prompts');
    case 'categories':
      return t('faq.editor.categories');
    case 'folder':
      return t('faq.editor.folder');
    case 'keywords':
      return t('faq.editor.keywords');
    default:
      return field;
  }
}

function reasonOf(code: string, field: string, message: string, sent: FaqReplyInput, t: TFunction): string {
  const variant = sent.variants[Number(field.split('.')[1])];
  switch (code) {
    case 'missing_field':
    case 'too_short':
      return field === 'variants' ? t('faq.editor.problem.noVariant') : t('faq.editor.problem.empty');
    case 'too_long':
      return t('faq.editor.problem.tooLong');
    case 'duplicate_language':
      return t('faq.editor.problem.duplicateLanguage');
    case 'unknown_category':
      return t('faq.editor.problem.unknownCategory');
    case 'unstorable_text':
      return t('faq.editor.problem.unstorable');
    case 'unknown_prompt': {
      const declared = new Set((sent.prompts ?? []).map((prompt) => prompt.key));
      const key = promptKeysIn(variant?.body ?? '').find((candidate) => !declared.has(candidate));
      return t('faq.editor.problem.undeclaredPrompt', { name: `{{prompt.${key ?? '…'}}}` });
    }
    case 'unknown_placeholder': {
      const name = unknownPlaceholdersIn(`${variant?.title ?? ''}\n${variant?.body ?? ''}`)[0] ?? '…';
      const suggestion = closestPlaceholderName(name);
      const known = [...knownPlaceholderNames, 'prompt.…'].map((known) => `{{${known}}}`).join(', ');
      return suggestion
        ? t('faq.editor.problem.unknownPlaceholderSuggest', {
            name: `{{${name}}}`,
            suggestion: `{{${suggestion}}}`,
            known,
          })
        : t('faq.editor.problem.unknownPlaceholder', { name: `{{${name}}}`, known });
    }
    default:
      // A refusal this screen has no words for: the service's own message, without the field path it starts with.
      return message.replace(/^[\w.]+:\s*/, '');
  }
}

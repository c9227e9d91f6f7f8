import type { FaqActions, FaqReply, FaqReplyInput } from '../../../shared/domain/faq-schemas';
import type { TicketPriority, TicketStatus } from '../../../shared/domain/vocabulary';

/** The edit form's state: lists as the agent types them (comma-separated), everything else as on the wire. */
export interface FaqForm {
  folder: string;
  keywords: string;
  categories: string[];
  variants: { language: string; title: string; body: string }[];
  prompts: { key: string; label: Record<string, string> }[];
  status: TicketStatus | '';
  priority: TicketPriority | '';
  tags: string;
  retired: boolean;
  /** Published in the help center (saved with its own call, not in the reply's input). */
  isPublic: boolean;
}

/** Splits `a, b ,,c` into `['a', 'b', 'c']`. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** An empty form for a new reply, with one variant in each of the given languages. */
export function emptyForm(languages: readonly string[]): FaqForm {
  return {
    folder: '',
    keywords: '',
    categories: [],
    variants: languages.map((language) => ({ language, title: '', body: '' })),
    prompts: [],
    status: '',
    priority: '',
    tags: '',
    retired: false,
    isPublic: false,
  };
}

/** The form of an existing reply. */
export function formFromReply(reply: FaqReply): FaqForm {
  return {
    folder: reply.folder,
    keywords: reply.keywords.join(', '),
    categories: [...reply.categories],
    variants: reply.variants.map((variant) => ({ ...variant })),
    prompts: reply.prompts.map((prompt) => ({ key: prompt.key, label: { ...prompt.label } })),
    status: reply.actions.status ?? '',
    priority: reply.actions.priority ?? '',
    tags: (reply.actions.add_tags ?? []).join(', '),
    retired: reply.retired,
    isPublic: reply.public ?? false,
  };
}

/** What the service receives; the service validates it (and says which field is wrong). */
export function inputFromForm(form: FaqForm): FaqReplyInput {
  const actions: FaqActions = {
    ...(form.status ? { status: form.status } : {}),
    ...(form.priority ? { priority: form.priority } : {}),
    ...(splitList(form.tags).length > 0 ? { add_tags: splitList(form.tags) } : {}),
  };
  return {
    folder: form.folder.trim(),
    keywords: splitList(form.keywords),
    categories: form.categories,
    variants: form.variants.map((variant) => ({
      language: variant.language.trim(),
      title: variant.title,
      body: variant.body,
    })),
    prompts: form.prompts.map((prompt) => ({
      key: prompt.key.trim(),
      // Empty labels are left out: a prompt needs a label only in the languages someone wrote one for.
      label: Object.fromEntries(Object.entries(prompt.label).filter(([, label]) => label.trim().length > 0)),
    })),
    actions,
    retired: form.retired,
  };
}

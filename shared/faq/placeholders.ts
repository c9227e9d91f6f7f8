/**
 * Placeholders of FAQ-reply bodies: `{{customer.name}}`, `{{ ticket.number }}`, `{{agent.name}}`,
 * `{{prompt.tx_hash}}`, with an optional fallback after a bar (`{{customer.name|고객}}`) used when the value
 * is missing. Rendering is one pass over the template: a value is inserted as plain text and never scanned
 * again, so a customer name such as `{{agent.name}}` stays literal. What cannot be filled stays in the text
 * as `{{name}}` and is listed in `unfilled`, so the console can highlight it and block sending.
 */

/** The values a body can name; `prompts` are keyed by the prompt key (`tx_hash` for `{{prompt.tx_hash}}`). */
export interface PlaceholderValues {
  customer: { name: string | null; email: string };
  ticket: { number: number; subject: string; category: string | null };
  agent: { name: string };
  prompts: Readonly<Record<string, string>>;
}

/** One piece of a rendered body: literal text, or a placeholder with its value (null when unfilled). */
export type RenderedSegment =
  { kind: 'text'; text: string } | { kind: 'placeholder'; name: string; value: string | null };

/** A body rendered with a ticket's values. */
export interface RenderedFaqBody {
  /** The text to insert: values filled in, unfilled placeholders kept as `{{name}}`. */
  text: string;
  /** Names of the placeholders left unfilled, each once, in order of first appearance. */
  unfilled: string[];
  segments: RenderedSegment[];
}

/**
 * `{{ name }}` or `{{ name | fallback }}`: a name is dotted words of letters, digits and underscores; the
 * fallback is any text without braces or line breaks. Spaces around the name and the fallback are ignored.
 */
const placeholderPattern = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*(?:\|([^{}\n]*))?\}\}/g;

/** The value `name` has in `values`, or null when it is unknown or empty. */
function valueOf(name: string, values: PlaceholderValues): string | null {
  const value = rawValueOf(name, values);
  return value === null || value.trim() === '' ? null : value;
}

function rawValueOf(name: string, values: PlaceholderValues): string | null {
  if (name.startsWith('prompt.')) {
    const key = name.slice('prompt.'.length);
    return Object.hasOwn(values.prompts, key) ? (values.prompts[key] ?? null) : null;
  }
  switch (name) {
    case 'customer.name':
      return values.customer.name;
    case 'customer.email':
      return values.customer.email;
    case 'ticket.number':
      return String(values.ticket.number);
    case 'ticket.subject':
      return values.ticket.subject;
    case 'ticket.category':
      return values.ticket.category;
    case 'agent.name':
      return values.agent.name;
    default:
      return null;
  }
}

/** Renders `body` with `values` (see the module comment). */
export function renderFaqBody(body: string, values: PlaceholderValues): RenderedFaqBody {
  const segments: RenderedSegment[] = [];
  const unfilled: string[] = [];
  let text = '';
  let position = 0;
  const addText = (piece: string): void => {
    if (piece === '') {
      return;
    }
    text += piece;
    const last = segments[segments.length - 1];
    if (last?.kind === 'text') {
      last.text += piece;
    } else {
      segments.push({ kind: 'text', text: piece });
    }
  };
  for (const match of body.matchAll(placeholderPattern)) {
    const name = match[1] ?? '';
    addText(body.slice(position, match.index));
    position = match.index + match[0].length;
    const fallback = match[2]?.trim();
    const value = valueOf(name, values) ?? (fallback ? fallback : null);
    if (value === null) {
      text += `{{${name}}}`;
      if (!unfilled.includes(name)) {
        unfilled.push(name);
      }
    } else {
      text += value;
    }
    segments.push({ kind: 'placeholder', name, value });
  }
  addText(body.slice(position));
  return { text, unfilled, segments };
}

/**
 * The placeholders still in `text` (the agent's draft after inserting and editing), each once, in order.
 * Any `{{name}}` left counts, with or without a fallback: the customer must never receive braces.
 */
export function findUnfilledPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    const name = match[1] ?? '';
    if (!names.includes(name)) {
      names.push(name);
    }
  }
  return names;
}

/** The prompt keys a body uses (`tx_hash` for `{{prompt.tx_hash}}`), each once, in order. */
export function promptKeysIn(body: string): string[] {
  return findUnfilledPlaceholders(body)
    .filter((name) => name.startsWith('prompt.'))
    .map((name) => name.slice('prompt.'.length));
}

/** The placeholder names a body may use besides `prompt.<key>` (the values `renderFaqBody` fills in). */
export const knownPlaceholderNames = [
  'customer.name',
  'customer.email',
  'ticket.number',
  'ticket.subject',
  'ticket.category',
  'agent.name',
] as const;

/**
 * Placeholders of `body` that name nothing (`{{custmer.name}}`): neither a known name nor `prompt.<key>`.
 * Each once, in order of first appearance. A lead's typo would otherwise reach customers as literal braces.
 */
export function unknownPlaceholdersIn(body: string): string[] {
  const known: ReadonlySet<string> = new Set(knownPlaceholderNames);
  return findUnfilledPlaceholders(body).filter((name) => !name.startsWith('prompt.') && !known.has(name));
}

/** The known placeholder name closest to a mistyped one (at most 3 edits away), for "did you mean …". */
export function closestPlaceholderName(name: string): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const candidate of knownPlaceholderNames) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance <= 3 && (best === null || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name ?? null;
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows at a time. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

import type { DefaultCategory, SupportedLanguage } from '../../shared/domain/vocabulary';
import { phrasesFor } from './phrases';
import type { DetailKind, ProblemDefinition, ProblemText } from './problems';
import type { SeededRandom } from './random';
import { detailsInTemplate, type SlotValues } from './slots';

/** How a customer lays out a request: one paragraph, one thought a line, or details as a list. */
export type RequestStyle = 'paragraph' | 'lines' | 'bulleted';

/** One sentence of a request that gives a detail (or a secret the customer should not have sent). */
export interface DetailLine {
  kind: DetailKind | 'secret';
  line: string;
}

/** A customer's request, kept in parts so a resubmission can reuse it with light edits. */
export interface ComposedRequest {
  subject: string;
  /** Which of the problem's bodies the opening is; the matching resolution answers it best. */
  variant: number;
  greeting: string | null;
  opening: string;
  details: DetailLine[];
  closing: string | null;
  style: RequestStyle;
  body: string;
  /** The details the text gives, checklist-wise. */
  mentioned: DetailKind[];
  hasSecret: boolean;
}

/** What a request is written from. */
export interface RequestSource {
  random: SeededRandom;
  language: SupportedLanguage;
  problem: ProblemDefinition;
  text: ProblemText;
  slots: SlotValues;
  isUrgent: boolean;
}

const problemsWithWallets = new Set([
  'deposit-not-credited',
  'withdrawal-not-arrived',
  'account-hacked',
  'wrong-network',
]);
const sentenceEnd = /[.!?。！？…~)）]$/u;

/** Joins sentences with the language's separator, starting a new line after a part that is not a sentence. */
function joinSentences(parts: readonly string[], separator: string): string {
  let text = '';
  for (const part of parts) {
    if (text.length === 0) {
      text = part;
    } else {
      text += (sentenceEnd.test(text) && !part.includes('\n') ? separator : '\n') + part;
    }
  }
  return text;
}

/** The body of a request from its parts, laid out in its style. */
export function assembleBody(language: SupportedLanguage, request: Omit<ComposedRequest, 'body'>): string {
  const separator = phrasesFor(language).sentenceSeparator;
  const lines = request.details.map((detail) => detail.line);
  const head = request.greeting === null ? [] : [request.greeting];
  const tail = request.closing === null ? [] : [request.closing];
  switch (request.style) {
    case 'paragraph':
      return joinSentences([...head, request.opening, ...lines, ...tail], separator);
    case 'lines':
      return [...head, request.opening, ...lines, ...tail].join('\n');
    case 'bulleted': {
      const blocks = [[...head, request.opening].join('\n')];
      if (lines.length > 0) {
        blocks.push(lines.map((line) => `- ${line}`).join('\n'));
      }
      blocks.push(...tail);
      return blocks.join('\n\n');
    }
  }
}

function attemptLine(
  random: SeededRandom,
  language: SupportedLanguage,
  category: DefaultCategory,
  text: ProblemText,
): string {
  const specific = text.attempts ?? [];
  return random.pick(
    specific.length > 0 && random.chance(0.6) ? specific : phrasesFor(language).attempts[category],
  );
}

/**
 * Writes a customer's first request about a problem: an opening in the customer's words, some of the
 * details the help center asks for (how many depends on how diligent this customer is), sometimes a
 * greeting, a closing, or a secret that should never have been pasted.
 */
export function composeRequest(source: RequestSource): ComposedRequest {
  const { random, language, problem, text, slots } = source;
  const phrases = phrasesFor(language);
  const variant = random.integer(0, text.bodies.length - 1);
  const template = text.bodies[variant] ?? '';
  const isTerse = template.length < 45;
  const diligence = isTerse ? random.between(0, 0.35) : random.between(0.1, 0.95);
  const mentioned = detailsInTemplate(template);
  const details: DetailLine[] = [];
  const candidates = random.shuffle(problem.details);
  for (const kind of candidates) {
    if (mentioned.includes(kind) || !random.chance(diligence)) {
      continue;
    }
    if (kind === 'error' && (text.errors === undefined || text.errors.length === 0)) {
      continue;
    }
    const line =
      kind === 'attempts'
        ? attemptLine(random, language, problem.category, text)
        : slots.fill(random.pick(phrases.detailLines[kind]));
    details.push({ kind, line });
    mentioned.push(kind);
  }
  let hasSecret = false;
  if (problemsWithWallets.has(problem.key) && random.chance(0.03)) {
    details.push({ kind: 'secret', line: slots.fill(random.pick(phrases.recoveryPhraseLines)) });
    hasSecret = true;
  } else if (problem.category === 'api' && random.chance(0.1)) {
    details.push({ kind: 'secret', line: slots.fill(random.pick(phrases.apiKeyLines)) });
    hasSecret = true;
  }
  const closing = source.isUrgent
    ? random.pick(random.chance(0.7) ? phrases.urgentClosings : phrases.customerClosings)
    : random.chance(0.55)
      ? random.pick(phrases.customerClosings)
      : null;
  const parts: Omit<ComposedRequest, 'body'> = {
    subject: slots.fill(
      random.chance(0.75)
        ? (text.subjects[variant % text.subjects.length] ?? '')
        : random.pick(text.subjects),
    ),
    variant,
    greeting: random.chance(isTerse ? 0.1 : 0.45) ? random.pick(phrases.customerGreetings) : null,
    opening: slots.fill(template),
    details,
    closing,
    style: random.weighted([
      ['paragraph', 4],
      ['lines', 4],
      ['bulleted', 2],
    ] as const),
    mentioned,
    hasSecret,
  };
  return { ...parts, body: assembleBody(language, parts) };
}

/**
 * The same customer asking again a day later: "nobody answered" up front, the same text with light edits
 * (a detail dropped or added, a sharper closing), often a marked subject.
 */
export function composeResubmission(
  random: SeededRandom,
  language: SupportedLanguage,
  original: ComposedRequest,
  category: DefaultCategory,
  text: ProblemText,
): ComposedRequest {
  const phrases = phrasesFor(language);
  const details = [...original.details];
  if (details.length > 1 && random.chance(0.4)) {
    details.splice(random.integer(0, details.length - 1), 1);
  } else if (random.chance(0.3)) {
    details.push({ kind: 'attempts', line: attemptLine(random, language, category, text) });
  }
  const mentioned = [
    ...new Set(details.flatMap((detail) => (detail.kind === 'secret' ? [] : [detail.kind]))),
  ];
  for (const kind of original.mentioned) {
    if (!original.details.some((detail) => detail.kind === kind) && !mentioned.includes(kind)) {
      mentioned.push(kind);
    }
  }
  const parts: Omit<ComposedRequest, 'body'> = {
    subject: random.pick(phrases.resubmissionSubjectPrefixes) + original.subject,
    variant: original.variant,
    greeting: random.chance(0.5) ? original.greeting : null,
    opening: original.opening,
    details,
    closing: random.chance(0.4) ? random.pick(phrases.urgentClosings) : original.closing,
    style: random.chance(0.8) ? original.style : random.pick(['paragraph', 'lines'] as const),
    mentioned,
    hasSecret: details.some((detail) => detail.kind === 'secret'),
  };
  const opening = random.pick(phrases.resubmissionOpenings);
  return { ...parts, body: `${opening}\n\n${assembleBody(language, parts)}` };
}

/** A customer's answer to a request for information: each asked item, as the customer would give it. */
export function composeProvidedDetails(
  random: SeededRandom,
  language: SupportedLanguage,
  category: DefaultCategory,
  text: ProblemText,
  items: readonly (DetailKind | 'screenshot')[],
  slots: SlotValues,
): string {
  const phrases = phrasesFor(language);
  const lines: string[] = [];
  for (const item of items) {
    if (item === 'screenshot') {
      lines.push(random.pick(phrases.customerScreenshotLines));
    } else if (item === 'attempts') {
      lines.push(attemptLine(random, language, category, text));
    } else {
      // Written later than the request, so the time is given as a date, not as "yesterday".
      lines.push(slots.fill(random.pick(phrases.detailLines[item]).replace('{time}', '{absoluteTime}')));
    }
  }
  return [random.pick(phrases.customerProvideIntroductions), ...lines].join('\n');
}

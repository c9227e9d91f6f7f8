import { describeTicket, type DuplicateDocument } from '../duplicates/features';
import { textSimilarity } from '../duplicates/score';
import type { LocalizedText } from './incident-schemas';

/**
 * Whether a ticket (or a form being filled in) is about a live incident. Both sides are read with the
 * duplicate detector's multilingual concepts (`shared/duplicates/concepts.ts`: topics such as deposit or
 * withdrawal, assets such as XRP, in Korean, English and Chinese), so "리플 입금이 안 들어와요" meets an
 * incident titled "XRP deposits delayed" without sharing a word. Pure: no clock, no storage.
 */

/** What matching keeps of an incident. */
export interface IncidentProfile {
  id: string;
  categories: readonly string[];
  /** Topic concepts of the titles (of the bodies when the titles name none). */
  topics: readonly string[];
  /** Asset concepts of the titles (of the bodies when the titles name none). */
  assets: readonly string[];
  /** Text features of every title and body. */
  features: Uint32Array;
}

/** How sure a match is: `strong` links a new ticket automatically, `weak` only offers the announcement. */
export type IncidentMatchStrength = 'strong' | 'weak';

/** One incident a text may be about. */
export interface IncidentMatch {
  id: string;
  strength: IncidentMatchStrength;
  /** For ordering: higher is closer. */
  score: number;
}

/** Text similarity from which the words alone make a match strong. */
const strongTextSimilarity = 0.5;
/** Text similarity from which the words alone make a match weak. */
const weakTextSimilarity = 0.25;

function describeText(text: string): DuplicateDocument {
  return describeTicket({ subject: '', body: text, category: null, createdAtMs: 0, customerKey: '' });
}

function joined(text: LocalizedText): string {
  return [text.ko, text.en, text.zh].filter((part): part is string => Boolean(part)).join('\n');
}

/** The profile of an incident from its titles, bodies and categories. */
export function profileIncident(incident: {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  categories: readonly string[];
}): IncidentProfile {
  const titles = describeText(joined(incident.title));
  const all = describeText(`${joined(incident.title)}\n${joined(incident.body)}`);
  return {
    id: incident.id,
    categories: incident.categories,
    topics: titles.topics.length > 0 ? titles.topics : all.topics,
    assets: titles.assets.length > 0 ? titles.assets : all.assets,
    features: all.features,
  };
}

function intersects(left: readonly string[], right: readonly string[]): boolean {
  return left.some((item) => right.includes(item));
}

/**
 * How `ticket` (its duplicate-detection description; its `category` the customer's or the suggested one)
 * relates to `incident`, or null when it does not:
 * - another category than the incident's (when both are known) never matches;
 * - naming another coin than the incident's never matches;
 * - strong: a shared topic and, when the incident names coins, one of them; or very similar words;
 * - weak: a shared topic or coin, the incident's own category chosen on the form, or somewhat similar words.
 */
export function matchIncident(ticket: DuplicateDocument, incident: IncidentProfile): IncidentMatch | null {
  const category = ticket.category;
  if (category !== null && incident.categories.length > 0 && !incident.categories.includes(category)) {
    return null;
  }
  const sharesAsset = intersects(incident.assets, ticket.assets);
  if (incident.assets.length > 0 && ticket.assets.length > 0 && !sharesAsset) {
    return null;
  }
  const sharesTopic = intersects(incident.topics, ticket.topics);
  const text = textSimilarity(incident.features, ticket.features);
  const isStrong =
    (sharesTopic && (incident.assets.length === 0 || sharesAsset)) || text >= strongTextSimilarity;
  if (isStrong) {
    return { id: incident.id, strength: 'strong', score: 2 + text + (sharesAsset ? 0.5 : 0) };
  }
  const namesCategory = category !== null && incident.categories.includes(category);
  if (sharesTopic || sharesAsset || namesCategory || text >= weakTextSimilarity) {
    return { id: incident.id, strength: 'weak', score: 1 + text + (sharesTopic ? 0.5 : 0) };
  }
  return null;
}

/** Every incident `ticket` matches, best first. */
export function matchIncidents(
  ticket: DuplicateDocument,
  incidents: readonly IncidentProfile[],
): IncidentMatch[] {
  return incidents
    .map((incident) => matchIncident(ticket, incident))
    .filter((match): match is IncidentMatch => match !== null)
    .sort((left, right) => right.score - left.score);
}

/**
 * The text of `text` for a reader of `language` (a ticket's detected language, else its requester's
 * locale): that language when given, else English, else Korean, else Chinese.
 */
export function textForLanguage(text: LocalizedText, language: string | null): string {
  const base = language?.slice(0, 2).toLowerCase();
  const preferred = base === 'ko' || base === 'en' || base === 'zh' ? text[base] : undefined;
  return preferred ?? text.en ?? text.ko ?? text.zh ?? '';
}

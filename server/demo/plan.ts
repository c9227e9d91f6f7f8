import {
  defaultCategories,
  type SupportedLanguage,
  type TicketPriority,
  type TicketStatus,
} from '../../shared/domain/vocabulary';
import { pickAsset, tronAssets, type Asset } from './assets';
import type { ComposedRequest } from './compose';
import { createCustomer, type DemoCustomer } from './people';
import { categoryWeights, priorityOrder, problemDefinitions, type ProblemDefinition } from './problems';
import type { SeededRandom } from './random';
import type { SlotValues } from './slots';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const windowDays = 30;
// Tickets per hour of the Korean day (KST), relative: quiet before dawn, busy through the day and evening.
const hourlyVolume = [3, 2, 1.5, 1, 1, 1, 1.5, 3, 5, 7, 8, 8, 7, 8, 8, 8, 7, 7, 7, 7, 7, 6, 5, 4];
// prettier-ignore
const languageShares = [['ko', 55], ['en', 30], ['zh', 15]] as const;

/** An announcement-style incident: many customers write about the same thing within a few hours. */
interface Incident {
  problem: string;
  daysAgo: number;
  hours: number;
  tag: string;
  assets: readonly Asset[] | null;
  share: number;
}

// prettier-ignore
const incidents: readonly Incident[] = [
  { problem: 'withdrawal-pending', daysAgo: 9.4, hours: 8, tag: 'incident-tron-wallet', assets: tronAssets, share: 3 },
  { problem: 'app-crash', daysAgo: 2.6, hours: 5, tag: 'incident-app-crash', assets: null, share: 2 },
];

/**
 * One ticket before it is written: who files it, about what, when. A resubmission points at the plan it
 * repeats; the original learns when it was resubmitted (so nobody had answered it before then). `slots`
 * and `request` are filled in when the ticket is written, for a later resubmission to reuse.
 */
export interface TicketPlan {
  customer: DemoCustomer;
  problem: ProblemDefinition;
  asset: Asset | null;
  createdAt: Date;
  occurredAt: Date;
  incidentTag: string | null;
  original: TicketPlan | null;
  resubmittedAt: Date | null;
  priority: TicketPriority | null;
  slots: SlotValues | null;
  request: ComposedRequest | null;
}

function problemByKey(key: string): ProblemDefinition {
  const problem = problemDefinitions.find((candidate) => candidate.key === key);
  if (problem === undefined) {
    throw new Error(`Unknown demo problem ${key}`);
  }
  return problem;
}

function pickProblem(random: SeededRandom, language: SupportedLanguage): ProblemDefinition {
  const category = random.weighted(defaultCategories.map((name) => [name, categoryWeights[name]] as const));
  const candidates: ProblemDefinition[] = problemDefinitions.filter(
    (problem) => problem.category === category,
  );
  return random.weighted(
    candidates.map((problem) => [problem, problem.weight * (problem.languages?.[language] ?? 1)] as const),
  );
}

function pickCreatedAt(random: SeededRandom, now: number, language: SupportedLanguage): Date {
  const peak = Math.max(...hourlyVolume);
  for (;;) {
    const candidate = now - random.between(2 * minute, windowDays * day - hour);
    const volume = hourlyVolume[new Date(candidate + 9 * hour).getUTCHours()] ?? peak;
    // English-writing customers live in more time zones: their day is flatter.
    const weight = language === 'en' ? (volume + peak * 0.6) / 1.6 : volume;
    if (random.next() * peak < weight) {
      return new Date(Math.floor(candidate / 1000) * 1000);
    }
  }
}

function occurredBefore(random: SeededRandom, problem: ProblemDefinition, createdAt: Date): Date {
  const isSlow = problem.key.endsWith('pending') || problem.key === 'withdrawal-not-arrived';
  const minutes = 90 * random.spread(5) * (isSlow ? 3 : 1);
  return new Date(Math.floor((createdAt.getTime() - minutes * minute) / minute) * minute);
}

// prettier-ignore
const statusesByAge: readonly (readonly [number, readonly (readonly [TicketStatus, number])[]])[] = [
  [2, [['new', 70], ['open', 22], ['awaiting_customer', 4], ['on_hold', 1], ['solved', 3]]],
  [24, [['new', 30], ['open', 30], ['awaiting_customer', 17], ['on_hold', 5], ['solved', 18]]],
  [72, [['new', 8], ['open', 17], ['awaiting_customer', 15], ['on_hold', 7], ['solved', 43], ['closed', 10]]],
  [168, [['new', 2], ['open', 6], ['awaiting_customer', 8], ['on_hold', 6], ['solved', 43], ['closed', 35]]],
  [Infinity, [['new', 0.3], ['open', 1.5], ['awaiting_customer', 2], ['on_hold', 3], ['solved', 18], ['closed', 75]]],
];

/** Where a ticket of this age usually is: recent ones new or open, older ones solved or closed. */
export function statusFor(random: SeededRandom, ageHours: number): TicketStatus {
  if (ageHours < 0.5) {
    return 'new';
  }
  const table = statusesByAge.find(([limit]) => ageHours < limit)?.[1] ?? [['closed', 1] as const];
  return random.weighted(table);
}

/**
 * The ticket's priority: the problem's usual one; resubmissions and VIP customers are often bumped a level,
 * but only security problems up to urgent.
 */
export function priorityFor(random: SeededRandom, plan: TicketPlan): TicketPriority {
  const highest = plan.problem.category === 'account_security' ? 3 : 2;
  const weights = plan.problem.priorities;
  const original = plan.original?.priority;
  let index = original
    ? priorityOrder.indexOf(original)
    : random.weighted(
        priorityOrder.map((_priority, position) => [position, weights[position] ?? 0] as const),
      );
  const bump = original ? 0.3 : plan.customer.isVip ? 0.5 : 0;
  if (index < highest && random.chance(bump)) {
    index += 1;
  }
  return priorityOrder[index] ?? 'normal';
}

function freshPlan(random: SeededRandom, customer: DemoCustomer, now: number): TicketPlan {
  let problem = pickProblem(random, customer.language);
  let createdAt = pickCreatedAt(random, now, customer.language);
  let asset: Asset | null = null;
  let incidentTag: string | null = null;
  if (random.chance(0.045)) {
    const incident = random.weighted(incidents.map((candidate) => [candidate, candidate.share] as const));
    const at = now - incident.daysAgo * day + random.between(0, incident.hours * hour);
    if (at < now - minute) {
      problem = problemByKey(incident.problem);
      createdAt = new Date(Math.floor(at / 1000) * 1000);
      asset = incident.assets === null ? null : random.pick(incident.assets);
      incidentTag = incident.tag;
    }
  }
  if (asset === null && problem.assets !== null) {
    asset = pickAsset(random, problem.assets);
  }
  const occurredAt = occurredBefore(random, problem, createdAt);
  return {
    customer,
    problem,
    asset,
    createdAt,
    occurredAt,
    incidentTag,
    original: null,
    resubmittedAt: null,
    priority: null,
    slots: null,
    request: null,
  };
}

function resubmissionPlan(random: SeededRandom, original: TicketPlan, now: number): TicketPlan | null {
  const createdAt = original.createdAt.getTime() + random.between(4, 30) * hour;
  if (createdAt > now - 5 * minute) {
    return null;
  }
  original.resubmittedAt ??= new Date(createdAt);
  return {
    ...original,
    createdAt: new Date(Math.floor(createdAt / 1000) * 1000),
    original,
    resubmittedAt: null,
    priority: null,
    slots: null,
    request: null,
  };
}

/**
 * Plans `count` tickets in the 30 days before `now`: customers by language share, about 15% of them
 * filing two to four tickets, half of those follow-ups resubmitting the previous ticket a few hours to a
 * day later. Originals come before their resubmissions in the result.
 */
export function planTickets(random: SeededRandom, now: number, count: number): TicketPlan[] {
  const takenEmails = new Set<string>();
  const plans: TicketPlan[] = [];
  while (plans.length < count) {
    const customer = createCustomer(random, random.weighted(languageShares), takenEmails);
    // prettier-ignore
    const ticketCount = random.chance(0.15) ? random.weighted([[2, 60], [3, 28], [4, 12]] as const) : 1;
    let previous: TicketPlan | null = null;
    for (let index = 0; index < ticketCount && plans.length < count; index += 1) {
      const resubmission: TicketPlan | null =
        previous !== null && random.chance(0.5) ? resubmissionPlan(random, previous, now) : null;
      const plan: TicketPlan = resubmission ?? freshPlan(random, customer, now);
      plans.push(plan);
      previous = plan;
    }
  }
  return plans;
}

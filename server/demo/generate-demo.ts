import {
  defaultCategories,
  type DefaultCategory,
  type SupportedLanguage,
  type TicketPriority,
  type TicketStatus,
} from '../../shared/domain/vocabulary';
import { composeRequest, composeResubmission, type ComposedRequest } from './compose';
import { pickAsset, tronAssets, type Asset } from './assets';
import { createCustomer, type DemoCustomer } from './people';
import { problemTextsFor } from './phrases';
import {
  categoryWeights,
  priorityOrder,
  problemDefinitions,
  type ProblemDefinition,
  type ProblemKey,
} from './problems';
import { SeededRandom } from './random';
import { SlotValues } from './slots';
import { buildThread, type ThreadAgent } from './thread';

/** A console user of the demo: three agents and a team lead, all with the same password. */
export interface DemoAgent {
  email: string;
  name: string;
  role: 'agent' | 'lead';
  password: string;
  /** Languages the agent answers in (ISO 639-1). */
  languages: string[];
}

/** One message of a ticket's thread after the opening request: a customer follow-up, a reply or a note. */
export interface DemoMessage {
  kind: 'customer' | 'reply' | 'note';
  /** The customer's email for customer messages, the agent's for replies and notes. */
  author_email: string | null;
  body: string;
  created_at: Date;
}

/**
 * A demo ticket as a customer filed it and the team worked it. `body` is the opening request; `messages`
 * is the rest of the thread, oldest first. `category` is what the customer picked (sometimes wrong on
 * tickets nobody has touched yet). `occurred_at` and `device` are the optional form fields; the body may
 * mention them too, or not.
 */
export interface DemoTicket {
  requester: { email: string; name: string; locale: string };
  subject: string;
  body: string;
  category: string;
  status: 'new' | 'open' | 'awaiting_customer' | 'on_hold' | 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  language: 'ko' | 'en' | 'zh';
  tags: string[];
  created_at: Date;
  /** The last activity: the latest message, assignment or status change. */
  updated_at: Date;
  /** The first agent reply (notes do not count), or null. */
  first_response_at: Date | null;
  solved_at: Date | null;
  assignee_email: string | null;
  occurred_at: Date | null;
  device: string | null;
  messages: DemoMessage[];
}

const demoPassword = 'demo-password';

/** The demo team; every account's password is "demo-password". */
export const demoAgents: DemoAgent[] = [
  {
    email: 'minji@demo.exchange',
    name: 'Minji Kim',
    role: 'agent',
    password: demoPassword,
    languages: ['ko', 'en'],
  },
  {
    email: 'wei@demo.exchange',
    name: 'Wei Zhang',
    role: 'agent',
    password: demoPassword,
    languages: ['zh', 'en'],
  },
  {
    email: 'alex@demo.exchange',
    name: 'Alex Morgan',
    role: 'agent',
    password: demoPassword,
    languages: ['en'],
  },
  {
    email: 'sora.lead@demo.exchange',
    name: 'Sora Park',
    role: 'lead',
    password: demoPassword,
    languages: ['ko', 'en'],
  },
];

// How each agent signs per language, and the languages of their internal notes (repeats weight the pick).
const signatures: Readonly<
  Record<string, { names: Partial<Record<SupportedLanguage, string>>; notes: ('en' | 'ko')[] }>
> = {
  'minji@demo.exchange': { names: { ko: '김민지', en: 'Minji Kim' }, notes: ['ko', 'ko', 'en'] },
  'wei@demo.exchange': { names: { zh: '张伟', en: 'Wei Zhang' }, notes: ['en'] },
  'alex@demo.exchange': { names: { en: 'Alex Morgan' }, notes: ['en'] },
  'sora.lead@demo.exchange': { names: { ko: '박소라', en: 'Sora Park' }, notes: ['ko', 'en'] },
};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const windowDays = 30;
// Tickets per hour of the Korean day (KST), relative: quiet before dawn, busy through the day and evening.
const hourlyVolume = [3, 2, 1.5, 1, 1, 1, 1.5, 3, 5, 7, 8, 8, 7, 8, 8, 8, 7, 7, 7, 7, 7, 6, 5, 4];
const languageShares = [
  ['ko', 55],
  ['en', 30],
  ['zh', 15],
] as const;
// A confused customer's pick of category, for the few untouched tickets filed under the wrong one.
const confusedCategories: Readonly<Record<DefaultCategory, DefaultCategory>> = {
  deposit_withdrawal: 'account_security',
  account_security: 'deposit_withdrawal',
  trade_execution: 'derivatives',
  derivatives: 'trade_execution',
  api: 'trade_execution',
  kyc: 'account_security',
  general: 'deposit_withdrawal',
};

/** An announcement-style incident: many customers write about the same thing within a few hours. */
interface Incident {
  problem: string;
  daysAgo: number;
  hours: number;
  tag: string;
  assets: readonly Asset[] | null;
  share: number;
}

const incidents: readonly Incident[] = [
  {
    problem: 'withdrawal-pending',
    daysAgo: 9.4,
    hours: 8,
    tag: 'incident-tron-wallet',
    assets: tronAssets,
    share: 3,
  },
  { problem: 'app-crash', daysAgo: 2.6, hours: 5, tag: 'incident-app-crash', assets: null, share: 2 },
];

interface TicketPlan {
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
    const koreanHour = new Date(candidate + 9 * hour).getUTCHours();
    const volume = hourlyVolume[koreanHour] ?? peak;
    // English-writing customers live in more time zones: their day is flatter.
    const weight = language === 'en' ? (volume + peak * 0.6) / 1.6 : volume;
    if (random.next() * peak < weight) {
      return new Date(Math.floor(candidate / 1000) * 1000);
    }
  }
}

function occurredBefore(random: SeededRandom, problem: ProblemDefinition, createdAt: Date): Date {
  const slow = problem.key.endsWith('pending') || problem.key === 'withdrawal-not-arrived';
  const minutes = 90 * random.spread(5) * (slow ? 3 : 1);
  return new Date(Math.floor((createdAt.getTime() - minutes * minute) / minute) * minute);
}

function statusFor(random: SeededRandom, ageHours: number): TicketStatus {
  if (ageHours < 0.5) {
    return 'new';
  }
  const table: readonly (readonly [TicketStatus, number])[] =
    ageHours < 2
      ? [
          ['new', 70],
          ['open', 22],
          ['awaiting_customer', 4],
          ['on_hold', 1],
          ['solved', 3],
        ]
      : ageHours < 24
        ? [
            ['new', 30],
            ['open', 30],
            ['awaiting_customer', 17],
            ['on_hold', 5],
            ['solved', 18],
          ]
        : ageHours < 72
          ? [
              ['new', 8],
              ['open', 17],
              ['awaiting_customer', 15],
              ['on_hold', 7],
              ['solved', 43],
              ['closed', 10],
            ]
          : ageHours < 168
            ? [
                ['new', 2],
                ['open', 6],
                ['awaiting_customer', 8],
                ['on_hold', 6],
                ['solved', 43],
                ['closed', 35],
              ]
            : [
                ['new', 0.3],
                ['open', 1.5],
                ['awaiting_customer', 2],
                ['on_hold', 3],
                ['solved', 18],
                ['closed', 75],
              ];
  return random.weighted(table);
}

// Resubmissions and VIP customers are bumped one level, but only security problems up to urgent.
function priorityFor(random: SeededRandom, plan: TicketPlan): TicketPriority {
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

function assigneeFor(
  random: SeededRandom,
  language: SupportedLanguage,
  plan: TicketPlan,
  priority: TicketPriority,
): DemoAgent {
  const [minji, wei, alex, lead] = demoAgents as [DemoAgent, DemoAgent, DemoAgent, DemoAgent];
  const isEscalation = priority === 'urgent' && plan.problem.category === 'account_security';
  switch (language) {
    case 'zh':
      return wei;
    case 'ko':
      return random.chance(isEscalation ? 0.4 : 0.06) ? lead : minji;
    case 'en':
      return isEscalation && random.chance(0.4)
        ? lead
        : random.weighted([
            [alex, 60],
            [minji, 25],
            [wei, 15],
          ] as const);
  }
}

function threadAgent(agent: DemoAgent, language: SupportedLanguage): ThreadAgent {
  const signature = signatures[agent.email];
  return {
    email: agent.email,
    signature: signature?.names[language] ?? signature?.names.en ?? agent.name,
    noteLanguages: signature?.notes ?? ['en'],
  };
}

function tagsFor(
  random: SeededRandom,
  plan: TicketPlan,
  status: TicketStatus,
  extra: readonly string[],
): string[] {
  const tags: string[] = [];
  if (status !== 'new') {
    plan.problem.tags.forEach((tag, index) => {
      if (index === 0 || random.chance(0.6)) {
        tags.push(tag);
      }
    });
    if (plan.asset !== null && random.chance(0.25)) {
      tags.push(plan.asset.coin.toLowerCase());
    }
    if (plan.incidentTag !== null) {
      tags.push(plan.incidentTag);
    }
    tags.push(...extra);
  }
  if (plan.customer.isVip) {
    tags.push('vip');
  }
  return [...new Set(tags)];
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

function buildTicket(random: SeededRandom, plan: TicketPlan, now: Date): DemoTicket {
  const { customer, problem } = plan;
  const language = customer.language;
  const text = problemTextsFor(language)[problem.key as ProblemKey];
  const priority = priorityFor(random, plan);
  plan.priority = priority;
  const isUrgent = priority === 'urgent' || (priority === 'high' && random.chance(0.3));
  let slots: SlotValues;
  let request: ComposedRequest;
  if (plan.original?.slots && plan.original.request) {
    slots = plan.original.slots;
    request = composeResubmission(random, language, plan.original.request, problem.category);
  } else {
    slots = new SlotValues({
      random,
      language,
      text,
      asset: plan.asset,
      isFutures: problem.category === 'derivatives',
      occurredAt: plan.occurredAt,
      createdAt: plan.createdAt,
    });
    slots.set('customerName', customer.greetingName);
    request = composeRequest({ random, language, problem, text, slots, isUrgent });
  }
  plan.slots = slots;
  plan.request = request;

  const ageHours = (now.getTime() - plan.createdAt.getTime()) / hour;
  const isDuplicate = plan.original !== null && ageHours > 48 && random.chance(0.6);
  const status = isDuplicate ? 'closed' : statusFor(random, ageHours);
  const agent = assigneeFor(random, language, plan, priority);
  const thread = buildThread({
    random,
    language,
    problem,
    text,
    slots,
    request,
    status,
    priority,
    isVip: customer.isVip,
    createdAt: plan.createdAt,
    now,
    earliestReplyAt:
      plan.resubmittedAt === null
        ? null
        : new Date(plan.resubmittedAt.getTime() + random.between(5, 120) * minute),
    isDuplicate,
    agent: threadAgent(agent, language),
    lead: threadAgent(demoAgents[3] as DemoAgent, language),
    customerEmail: customer.email,
  });
  const isAssigned =
    status === 'new' ? random.chance(0.12) : thread.messages.length > 0 || random.chance(0.85);
  let category: DefaultCategory = problem.category;
  if (status === 'new' && random.chance(0.13)) {
    category = random.chance(0.75) ? 'general' : confusedCategories[problem.category];
  }
  const extraTags = [
    ...(isDuplicate ? ['duplicate'] : []),
    ...(plan.resubmittedAt !== null && random.chance(0.5) ? ['resubmitted'] : []),
    ...(request.hasSecret ? ['sensitive-data'] : []),
  ];
  const mentionsTime = request.mentioned.includes('time');
  const mentionsDevice = request.mentioned.includes('device');
  return {
    requester: { email: customer.email, name: customer.name, locale: language },
    subject: request.subject,
    body: request.body,
    category,
    status,
    priority,
    language,
    tags: tagsFor(random, plan, status, extraTags),
    created_at: plan.createdAt,
    updated_at: thread.updatedAt,
    first_response_at: thread.firstResponseAt,
    solved_at: thread.solvedAt,
    assignee_email: isAssigned ? agent.email : null,
    occurred_at: random.chance(mentionsTime ? 0.7 : 0.25) ? plan.occurredAt : null,
    device: random.chance(mentionsDevice ? 0.5 : 0.35) ? slots.get('device') : null,
    messages: thread.messages,
  };
}

/**
 * Generates demo tickets for the 30 days before `now`: customers writing in Korean, English and Chinese
 * about the problems an exchange's helpdesk sees, some resubmitting, and the team's replies and notes.
 * The same `seed`, `now` and `count` always give the same tickets; nothing reads the clock or
 * `Math.random`. Tickets are returned oldest first.
 */
export function generateDemoTickets(options: { now: Date; seed?: number; count?: number }): DemoTicket[] {
  const now = options.now.getTime();
  const count = options.count ?? 2000;
  const random = new SeededRandom(options.seed ?? 20250305);
  const takenEmails = new Set<string>();
  const plans: TicketPlan[] = [];
  while (plans.length < count) {
    const customer = createCustomer(random, random.weighted(languageShares), takenEmails);
    const ticketCount = random.chance(0.15)
      ? random.weighted([
          [2, 60],
          [3, 28],
          [4, 12],
        ] as const)
      : 1;
    let previous: TicketPlan | null = null;
    for (let index = 0; index < ticketCount && plans.length < count; index += 1) {
      const resubmission: TicketPlan | null =
        previous !== null && random.chance(0.5) ? resubmissionPlan(random, previous, now) : null;
      const plan: TicketPlan = resubmission ?? freshPlan(random, customer, now);
      plans.push(plan);
      previous = plan;
    }
  }
  const tickets = plans.map((plan) => buildTicket(random, plan, options.now));
  return tickets.sort((first, second) => first.created_at.getTime() - second.created_at.getTime());
}

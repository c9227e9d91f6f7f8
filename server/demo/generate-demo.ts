import type {
  DefaultCategory,
  SupportedLanguage,
  TicketPriority,
  TicketStatus,
} from '../../shared/domain/vocabulary';
import { composeRequest, composeResubmission, type ComposedRequest } from './compose';
import { planTickets, priorityFor, statusFor, type TicketPlan } from './plan';
import { problemTextsFor } from './phrases';
import type { ProblemKey } from './problems';
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

// prettier-ignore
/** The demo team; every account's password is "demo-password". */
export const demoAgents: DemoAgent[] = [
  { email: 'minji@demo.exchange', name: 'Minji Kim', role: 'agent', password: demoPassword, languages: ['ko', 'en'] },
  { email: 'wei@demo.exchange', name: 'Wei Zhang', role: 'agent', password: demoPassword, languages: ['zh', 'en'] },
  { email: 'alex@demo.exchange', name: 'Alex Morgan', role: 'agent', password: demoPassword, languages: ['en'] },
  { email: 'sora.lead@demo.exchange', name: 'Sora Park', role: 'lead', password: demoPassword, languages: ['ko', 'en'] },
];

/**
 * Who works in each routing team the service starts with (migration 0011 names them), by the agents' languages
 * and desks: the Routing page shows real teams. The teams stay on the manual strategy, so the demo's queue
 * is not handed out behind the user's back; a lead picks round-robin or least-loaded to see routing assign.
 */
export const demoTeamMembers: Readonly<Record<string, readonly string[]>> = {
  'Account security': ['minji@demo.exchange', 'alex@demo.exchange'],
  Trading: ['wei@demo.exchange', 'alex@demo.exchange'],
  Funds: ['minji@demo.exchange', 'wei@demo.exchange'],
  General: ['minji@demo.exchange', 'wei@demo.exchange', 'alex@demo.exchange'],
};

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
    request = composeResubmission(random, language, plan.original.request, problem.category, text);
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
  const plans = planTickets(random, now, count);
  const tickets = plans.map((plan) => buildTicket(random, plan, options.now));
  return tickets.sort((first, second) => first.created_at.getTime() - second.created_at.getTime());
}

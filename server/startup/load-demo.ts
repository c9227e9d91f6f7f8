import { randomUUID } from 'node:crypto';
import { customerTexts, evaluateChecklist } from '../../shared/checklist/evaluate';
import type { Checklist, ChecklistKey } from '../../shared/checklist/items';
import { newlyPresentKeys } from '../../shared/checklist/marks';
import { checklistRulesVersion } from '../../shared/checklist/rules-version';
import {
  demoAgents,
  demoTeamMembers,
  generateDemoTickets,
  type DemoMessage,
  type DemoTicket,
} from '../demo/generate-demo';
import { demoCalendarWire, demoHolidayYears, demoTeamCalendars } from '../demo/team-calendars';
import { loadDemoFaqLibrary } from '../faq/demo-load';
import { holidayPreset } from '../routing/holiday-presets';
import { calendarJson } from '../routing/team-calendar-edits';
import { emailKey, insertAgent } from '../storage/agent-store';
import {
  ensureCategories,
  insertTicketBatch,
  type BulkMessage,
  type BulkTicket,
} from '../storage/bulk-tickets';
import type { ExposureNotice } from '../safety/exposure-notice';
import { maskThread, type MaskedThread } from '../safety/mask-entries';
import { categoryKeyFor } from '../storage/categories';
import { hashPassword } from '../storage/credentials';
import type { SqlExecutor } from '../storage/database';
import { writeSetting } from '../storage/settings';
import type { TicketStore } from '../storage/ticket-store';

/** What `loadDemoData` did. */
export interface DemoLoad {
  /** False when the database already held the demo data (it is loaded once per database). */
  isLoaded: boolean;
  agentCount: number;
  ticketCount: number;
}

/**
 * Loads the demo agents and tickets into a database, once: a settings row remembers it. Everything goes in
 * one transaction with multi-row inserts (about two thousand tickets in a few seconds on PGlite).
 */
export async function loadDemoData(
  store: TicketStore,
  options: { now: Date; count?: number },
): Promise<DemoLoad> {
  if ((await store.readSetting('demo_loaded_at')) !== null) {
    return { isLoaded: false, agentCount: 0, ticketCount: 0 };
  }
  const passwordHashes = await Promise.all(demoAgents.map((agent) => hashPassword(agent.password)));
  // Oldest first, so ticket numbers grow with time as they would have in real use.
  const tickets = generateDemoTickets({
    now: options.now,
    ...(options.count === undefined ? {} : { count: options.count }),
  }).sort((left, right) => left.created_at.getTime() - right.created_at.getTime());
  return store.loadInTransaction(async (transaction) => {
    const claimed = await transaction.query(
      `insert into settings (key, value) values ('demo_loaded_at', $1::jsonb) on conflict (key) do nothing returning key`,
      [JSON.stringify(options.now.toISOString())],
    );
    if (claimed.length === 0) {
      return { isLoaded: false, agentCount: 0, ticketCount: 0 };
    }
    const agentIds = await createDemoAgents(transaction, passwordHashes);
    await addDemoTeamMembers(transaction, agentIds);
    await addDemoTeamCalendars(transaction, options.now);
    const bulk = tickets.map((ticket) => bulkTicketFromDemo(ticket, agentIds));
    await ensureCategories(
      transaction,
      [...new Set(bulk.map((ticket) => ticket.category).filter((key): key is string => key !== null))].map(
        (key) => ({
          key,
          name: key,
        }),
      ),
    );
    const inserted = await insertTicketBatch(transaction, bulk);
    // Evaluated by today's checklist rules: nothing for the start-up re-evaluation to do.
    await writeSetting(transaction, 'checklist_backfill', { version: checklistRulesVersion, after_id: null });
    await loadDemoFaqLibrary(transaction);
    return { isLoaded: true, agentCount: agentIds.size, ticketCount: inserted.size };
  });
}

/** Creates the demo agents missing from the database; resolves with every demo agent's id and name by e-mail key. */
async function createDemoAgents(
  transaction: SqlExecutor,
  passwordHashes: readonly string[],
): Promise<Map<string, { id: string; name: string }>> {
  const agents = new Map<string, { id: string; name: string }>();
  for (const [index, demoAgent] of demoAgents.entries()) {
    const existing = await transaction.query<{ id: string; name: string }>(
      'select id, name from agents where email_key = $1',
      [emailKey(demoAgent.email)],
    );
    const agent =
      existing[0] ??
      (await insertAgent(
        transaction,
        {
          email: demoAgent.email,
          name: demoAgent.name,
          role: demoAgent.role,
          languages: demoAgent.languages,
        },
        passwordHashes[index] ?? null,
      ));
    agents.set(emailKey(demoAgent.email), { id: agent.id, name: agent.name });
  }
  return agents;
}

/** Puts the demo agents into the routing teams the service starts with (a team a lead renamed is left alone). */
async function addDemoTeamMembers(
  transaction: SqlExecutor,
  agents: ReadonlyMap<string, { id: string; name: string }>,
): Promise<void> {
  for (const [teamName, emails] of Object.entries(demoTeamMembers)) {
    const memberIds = emails.flatMap((email) => {
      const agent = agents.get(emailKey(email));
      return agent === undefined ? [] : [agent.id];
    });
    await transaction.query(
      `insert into routing_team_members (team_id, agent_id, position)
       select team.id, member.agent_id::uuid, member.position - 1
       from routing_teams team, unnest($2::text[]) with ordinality as member (agent_id, position)
       where team.name = $1
       on conflict (team_id, agent_id) do nothing`,
      [teamName, memberIds],
    );
  }
}

/**
 * Gives the demo's office-hours teams their business calendar (`server/demo/team-calendars.ts`), with the
 * public holidays of the preset a lead would apply, so their tickets' SLA clocks count business time from
 * the start. A team that already has a calendar (a lead set one) is left alone. No `sla.recomputed` change
 * is needed: the clocks are computed on read and no console has read these tickets yet.
 */
async function addDemoTeamCalendars(transaction: SqlExecutor, now: Date): Promise<void> {
  const years = demoHolidayYears(now);
  for (const calendar of demoTeamCalendars) {
    const preset = holidayPreset({
      country: calendar.holidays,
      language: calendar.holidayLanguage,
      ...years,
    });
    await transaction.query(
      `update routing_teams set business_calendar = $2::jsonb where name = $1 and business_calendar is null`,
      [calendar.team, calendarJson(demoCalendarWire(calendar, preset.holidays, preset.working_days))],
    );
  }
}

/**
 * A demo ticket's checklist as intake and the customer's later answers would have left it (the whole
 * customer side counts), and what each customer follow-up newly provided, as the customer route records it.
 */
function analyzeDemoThread(
  ticket: DemoTicket,
  category: string | null,
): { checklist: Checklist; providedByMessage: Map<DemoMessage, ChecklistKey[]> } {
  const evaluateUpTo = (messages: readonly DemoMessage[]): Checklist =>
    evaluateChecklist({
      category,
      texts: customerTexts(
        ticket.subject,
        ticket.body,
        messages.map((message) => message.body),
      ),
      attachments: [],
      requester: { email: ticket.requester.email, locale: ticket.requester.locale },
      referenceTime: ticket.created_at,
      provided: { occurredAt: isoOrNull(ticket.occurred_at), device: ticket.device },
    });
  const followUps = ticket.messages.filter((message) => message.kind === 'customer');
  const providedByMessage = new Map<DemoMessage, ChecklistKey[]>();
  let checklist = evaluateUpTo([]);
  followUps.forEach((message, index) => {
    const next = evaluateUpTo(followUps.slice(0, index + 1));
    providedByMessage.set(message, newlyPresentKeys(checklist, next));
    checklist = next;
  });
  return { checklist, providedByMessage };
}

function isoOrNull(time: Date | null): string | null {
  return time === null ? null : time.toISOString();
}

/**
 * A demo ticket through the same masking as intake and import (`maskThread`): its seed phrases and keys
 * become markers before the checklist reads the text, and the customer's notice follows each message
 * that held one. The demo keeps these tickets so the masking can be seen.
 */
function maskDemoTicket(ticket: DemoTicket): { ticket: DemoTicket; masked: MaskedThread } {
  const masked = maskThread(
    {
      subject: ticket.subject,
      body: ticket.body,
      messages: ticket.messages.map((message) => ({
        body: message.body,
        isFromCustomer: message.kind === 'customer',
      })),
    },
    { language: ticket.language, locale: ticket.requester.locale },
    randomUUID,
  );
  return {
    ticket: {
      ...ticket,
      subject: masked.subject,
      body: masked.body,
      messages: ticket.messages.map((message, index) => ({
        ...message,
        body: masked.messages[index]?.body ?? message.body,
      })),
    },
    masked,
  };
}

function noticeMessage(notice: ExposureNotice, createdAt: Date): BulkMessage {
  return {
    kind: 'reply',
    authorAgentId: null,
    authorName: notice.authorName,
    body: notice.body,
    createdAt: createdAt.toISOString(),
  };
}

function bulkTicketFromDemo(
  generated: DemoTicket,
  agents: Map<string, { id: string; name: string }>,
): BulkTicket {
  const { ticket, masked } = maskDemoTicket(generated);
  const category = categoryKeyFor(ticket.category);
  const agentOf = (email: string | null) => (email === null ? undefined : agents.get(emailKey(email)));
  const analysis = analyzeDemoThread(ticket, category);
  return {
    externalId: null,
    requester: {
      email: ticket.requester.email,
      name: ticket.requester.name,
      locale: ticket.requester.locale,
    },
    subject: ticket.subject,
    body: ticket.body,
    category,
    requestedCategory: ticket.category,
    status: ticket.status,
    priority: ticket.priority,
    assigneeId: agentOf(ticket.assignee_email)?.id ?? null,
    language: ticket.language,
    tags: ticket.tags,
    source: 'demo',
    occurredAt: isoOrNull(ticket.occurred_at),
    device: ticket.device,
    checklist: analysis.checklist,
    createdAt: ticket.created_at.toISOString(),
    updatedAt: ticket.updated_at.toISOString(),
    firstResponseAt: isoOrNull(ticket.first_response_at),
    solvedAt: isoOrNull(ticket.solved_at),
    messages: [
      ...(masked.openingNotice ? [noticeMessage(masked.openingNotice, ticket.created_at)] : []),
      ...ticket.messages.flatMap((message, index) => {
        const author = message.kind === 'customer' ? undefined : agentOf(message.author_email);
        const stored: BulkMessage = {
          ...(masked.messages[index] ? { id: masked.messages[index].id } : {}),
          kind: message.kind,
          authorAgentId: author?.id ?? null,
          authorName: message.kind === 'customer' ? ticket.requester.name : (author?.name ?? null),
          body: message.body,
          createdAt: message.created_at.toISOString(),
          checklistProvided: analysis.providedByMessage.get(message) ?? null,
        };
        const notice = masked.messages[index]?.exposureNotice;
        return notice ? [stored, noticeMessage(notice, message.created_at)] : [stored];
      }),
    ],
    redactions: masked.redactions,
  };
}

import { randomUUID } from 'node:crypto';
import type { IntakeRequest } from '../../shared/domain/schemas';
import type { TicketSource } from '../../shared/domain/vocabulary';
import type { AppContext } from '../app-context';
import { ApiFailure } from '../errors';
import { analyzeIntake } from '../intake-analysis/analysis';
import { AnalysisQueueFullError } from '../intake-analysis/analyzer';
import { generateToken, hashToken } from '../storage/credentials';
import type { NewAttachment } from '../storage/ticket-writes';
import type { CustomerMessageOutcome } from '../storage/customer-tickets';
import type { SqlExecutor } from '../storage/database';
import type { IncidentContent } from '../incidents/incident-store';
import { maskIntake } from '../safety/mask-entries';
import { composeIntake, intakeAnalysisInput } from './intake';
import { triageText } from '../triage/history';

/** What intake needs from the running service (the web form's route and the e-mail channel alike). */
export type IntakeContext = Pick<
  AppContext,
  'store' | 'intakeAnalyzer' | 'triage' | 'duplicates' | 'routing' | 'incidents'
>;

/** How a validated intake arrived. */
export interface IntakeArrival {
  receivedAt: Date;
  source: TicketSource;
  /** Tickets to list as related besides the ones duplicate detection finds (score 1, first). */
  relatedTicketIds?: readonly string[];
  /** The exchange account a valid customer assertion named (verified requester); absent or null: unverified. */
  verifiedAccountId?: string | null;
  /** Called with the new ticket's id before it is stored (the e-mail channel records it for recovery). */
  beforeStore?: (ticketId: string) => Promise<void>;
}

/** A stored intake: the ticket and the customer's access token (shown once; only its hash is stored). */
export interface AcceptedIntake {
  id: string;
  number: number;
  accessToken: string;
  language: string | null;
  /** The subject as stored (secrets masked). */
  subject: string;
  /** The live incident the ticket joined (docs/incidents.md), or null. */
  incident: IncidentContent | null;
}

/**
 * Stores a validated intake request (its text storable, its attachments decoded and checked) the one way
 * every channel does: secrets masked first (server/safety), then the text analysis (triage, checklist, language, duplicate description) on the analysis
 * worker when the service runs one, duplicate detection (which gives the ticket its id), routing, then the
 * group-committed insert with the access token's hash.
 */
export async function acceptIntake(
  context: IntakeContext,
  request: IntakeRequest,
  givenAttachments: readonly NewAttachment[],
  arrival: IntakeArrival,
): Promise<AcceptedIntake> {
  // Secrets are masked before the text goes anywhere: the analysis worker, the duplicate index, storage.
  const masked = maskIntake(request, givenAttachments);
  const { intake, attachments } = masked;
  const accessToken = generateToken();
  const { receivedAt } = arrival;
  const input = intakeAnalysisInput(intake, attachments, receivedAt);
  // The model that makes this suggestion: if a newer one lands before the insert, or one is training,
  // the ticket is suggested again when it is in force (docs/triage.md, "After an import").
  const generation = context.triage?.generation() ?? 0;
  const analysis = context.intakeAnalyzer
    ? await context.intakeAnalyzer.analyze(input).catch((error: unknown) => {
        // The analysis queue is bounded (server/intake-analysis): past it, the sender tries again shortly.
        if (error instanceof AnalysisQueueFullError) {
          throw new ApiFailure(503, 'intake_busy', 'too many tickets are being analyzed; try again shortly');
        }
        throw error;
      })
    : analyzeIntake(input, (text) => context.triage?.suggest(text) ?? null);
  const ticket = {
    ...composeIntake(intake, attachments, analysis, context.triage?.misfiledThreshold() ?? 1),
    ...masked.safety,
    source: arrival.source,
  };
  // Duplicate detection gives the ticket its id and indexes it before the insert (docs/duplicates.md).
  const duplicates = context.duplicates?.annotate(ticket, receivedAt, analysis.duplicateDocument);
  const extraRelated = (arrival.relatedTicketIds ?? []).map((id) => ({ id, score: 1 }));
  const related = [
    ...extraRelated,
    ...(duplicates?.related ?? []).filter((match) => !arrival.relatedTicketIds?.includes(match.id)),
  ];
  // Routing decides in memory from its cached state, and the decision lands in the same insert.
  const routing = context.routing?.router.routeIntake({
    id: duplicates?.id ?? '',
    subject: ticket.subject,
    body: ticket.body,
    category: ticket.categoryKey,
    suggestedCategory: ticket.suggestedCategory ?? null,
    language: ticket.language,
    createdAt: receivedAt.getTime(),
  });
  const routed = routing
    ? { priority: routing.priority, assigneeId: routing.assignee_id, teamId: routing.team_id }
    : null;
  const ticketId = duplicates?.id ?? randomUUID();
  try {
    await arrival.beforeStore?.(ticketId);
    const created = await context.store.createTicket({
      ...ticket,
      ...duplicates,
      id: ticketId,
      related,
      accessTokenHash: hashToken(accessToken),
      routing: routed,
      verifiedAccountId: arrival.verifiedAccountId ?? null,
    });
    if (duplicates) {
      context.duplicates?.linked(duplicates);
    }
    context.triage?.noteSuggested({
      id: created.id,
      text: triageText(input.subject, input.body),
      generation,
    });
    // A ticket about a live incident joins it; the receipt names the announcement (docs/incidents.md).
    const incident =
      (await context.incidents?.service.linkNewTicket(created.id, analysis.duplicateDocument)) ?? null;
    return {
      id: created.id,
      number: created.number,
      accessToken,
      language: ticket.language,
      subject: ticket.subject,
      incident,
    };
  } catch (error) {
    if (duplicates) {
      context.duplicates?.forget(duplicates.id);
    }
    throw error;
  }
}

/** A customer's message ready to store: text storable, attachments decoded and checked. */
export interface CustomerMessageInput {
  body: string;
  attachments: readonly NewAttachment[];
}

/**
 * Adds a customer's message to a ticket the one way every channel does (the access-token route and the
 * e-mail channel): status, SLA clock, checklist re-evaluation and the change log, in one transaction.
 * `within` runs in the same transaction after the message is stored (the e-mail channel records the mail).
 */
export function acceptCustomerMessage(
  context: Pick<AppContext, 'store'>,
  ticketId: string,
  message: CustomerMessageInput,
  within?: (transaction: SqlExecutor, outcome: CustomerMessageOutcome) => Promise<void>,
): Promise<CustomerMessageOutcome> {
  return context.store.addCustomerThreadMessage(ticketId, message, within);
}

import { randomUUID } from 'node:crypto';
import type { IntakeRequest } from '../../shared/domain/schemas';
import type { TicketSource } from '../../shared/domain/vocabulary';
import type { CustomerMessageReceipt } from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure } from '../errors';
import { analyzeIntake, analyzedText } from '../intake-analysis/analysis';
import { AnalysisQueueFullError, maskedLength } from '../intake-analysis/analyzer';
import { emailKey } from '../storage/agent-store';
import { generateToken, hashToken } from '../storage/credentials';
import type { CreatedTicket, NewAttachment } from '../storage/ticket-writes';
import type { CustomerMessageOutcome } from '../storage/customer-tickets';
import type { SqlExecutor } from '../storage/database';
import type { IncidentContent } from '../incidents/incident-store';
import { applyIntakeMask, intakeMaskJob, maskIntake, type MaskedIntake } from '../safety/mask-entries';
import { composeIntake, intakeAnalysisInput } from './intake';
import { largeIntakeLength } from './intake-gate';
import { triageText } from '../triage/history';

/** What intake needs from the running service (the web form's route and the e-mail channel alike). */
export type IntakeContext = Pick<
  AppContext,
  'store' | 'intakeAnalyzer' | 'intakeGate' | 'triage' | 'duplicates' | 'routing' | 'incidents'
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

/**
 * Texts longer than this (subject, body, names together) are masked on the analysis worker: secret detection
 * over a 1 MB body takes a tenth of a second or more, which held every other request on the service's
 * thread. Shorter ones cost well under a millisecond here, less than the trip to the worker.
 */
export const inlineMaskLength = 16_384;

/** The analysis queue is bounded (server/intake-analysis): past it, the sender tries again shortly. */
function busyIfQueueFull(error: unknown): never {
  if (error instanceof AnalysisQueueFullError) {
    throw new ApiFailure(503, 'intake_busy', 'too many tickets are being analyzed; try again shortly');
  }
  throw error;
}

/** `maskIntake`, on the analysis worker for a large text (the service's thread stays free meanwhile). */
async function maskIntakeRequest(
  context: IntakeContext,
  request: IntakeRequest,
  attachments: readonly NewAttachment[],
): Promise<MaskedIntake> {
  const job = intakeMaskJob(request, attachments);
  if (context.intakeAnalyzer === undefined || maskedLength(job.incoming) <= inlineMaskLength) {
    return maskIntake(request, attachments);
  }
  const masked = await context.intakeAnalyzer.mask(job).catch(busyIfQueueFull);
  return applyIntakeMask(request, attachments, masked);
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
 * every channel does: secrets masked first (server/safety; a large text on the analysis worker), then the
 * text analysis (triage, checklist, language, duplicate description) on the analysis worker when the service
 * runs one, duplicate detection (which gives the ticket its id), routing, then the group-committed insert
 * with the access token's hash.
 */
export async function acceptIntake(
  context: IntakeContext,
  request: IntakeRequest,
  givenAttachments: readonly NewAttachment[],
  arrival: IntakeArrival,
): Promise<AcceptedIntake> {
  // A small intake is in progress from here until it is stored: no large one starts its write meanwhile
  // (intake-gate.ts). A large one waits for its turn just before it is written.
  const isLarge = request.subject.length + request.body.length > largeIntakeLength;
  const leaveSmall = isLarge ? null : (context.intakeGate?.enterSmall() ?? null);
  try {
    return await acceptIntakeInGate(context, request, givenAttachments, arrival, isLarge);
  } finally {
    leaveSmall?.();
  }
}

async function acceptIntakeInGate(
  context: IntakeContext,
  request: IntakeRequest,
  givenAttachments: readonly NewAttachment[],
  arrival: IntakeArrival,
  isLarge: boolean,
): Promise<AcceptedIntake> {
  // Secrets are masked before the text goes anywhere: the analysis, the duplicate index, storage. (A large
  // text is masked on the analysis worker, which hands back only the masked copy.)
  const masked = await maskIntakeRequest(context, request, givenAttachments);
  const { intake, attachments } = masked;
  const accessToken = generateToken();
  const { receivedAt } = arrival;
  const input = intakeAnalysisInput(intake, attachments, receivedAt);
  // The model that makes this suggestion: if a newer one lands before the insert, or one is training,
  // the ticket is suggested again when it is in force (docs/triage.md, "After an import").
  const generation = context.triage?.generation() ?? 0;
  const analysis = context.intakeAnalyzer
    ? await context.intakeAnalyzer.analyze(input).catch(busyIfQueueFull)
    : analyzeIntake(input, (text) => context.triage?.suggest(text) ?? null);
  const ticket = {
    ...composeIntake(intake, attachments, analysis, context.triage?.misfiledThreshold() ?? 1),
    ...masked.safety,
    source: arrival.source,
  };
  // Duplicate detection gives the ticket its id and indexes it before the insert (docs/duplicates.md). Right
  // after a start, the lookup waits until the index is loaded (health does not).
  await context.duplicates?.prepare(emailKey(ticket.requester.email));
  const duplicates = context.duplicates?.annotate(ticket, receivedAt, analysis.duplicateDocument);
  const extraRelated = (arrival.relatedTicketIds ?? []).map((id) => ({ id, score: 1 }));
  const related = [
    ...extraRelated,
    ...(duplicates?.related ?? []).filter((match) => !arrival.relatedTicketIds?.includes(match.id)),
  ];
  // Routing decides in memory from its cached state, and the decision lands in the same insert. Its priority
  // rules read what the analysis reads (the first 50,000 characters): matching them over a 1 MB body held
  // the service's thread.
  const routing = context.routing?.router.routeIntake({
    id: duplicates?.id ?? '',
    subject: analyzedText(ticket.subject),
    body: analyzedText(ticket.body),
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
    const leaveLarge = isLarge ? await context.intakeGate?.enterLarge() : undefined;
    let created: CreatedTicket;
    try {
      await arrival.beforeStore?.(ticketId);
      created = await context.store.createTicket({
        ...ticket,
        ...duplicates,
        id: ticketId,
        related,
        accessTokenHash: hashToken(accessToken),
        routing: routed,
        verifiedAccountId: arrival.verifiedAccountId ?? null,
      });
    } finally {
      leaveLarge?.();
    }
    if (duplicates) {
      context.duplicates?.linked(duplicates);
    }
    context.triage?.noteSuggested({
      id: created.id,
      text: triageText(analyzedText(input.subject), analyzedText(input.body)),
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

/**
 * The answer to a customer's accepted message (the status page's reply and the help center's "add to your
 * open ticket"): the stored message and the ticket as its customer now sees it.
 */
export async function customerMessageReceipt(
  context: Pick<AppContext, 'store'>,
  ticketId: string,
  outcome: Exclude<CustomerMessageOutcome, { refusal: unknown }>,
): Promise<CustomerMessageReceipt> {
  const ticket = await context.store.customerTicket(ticketId);
  const stored = ticket?.messages.find((entry) => entry.id === outcome.messageId);
  if (ticket === null || stored === undefined) {
    throw new Error(`customer message ${outcome.messageId} vanished after its commit`);
  }
  return { message: stored, ticket, newly_present: outcome.newlyPresent };
}

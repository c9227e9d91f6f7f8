import type { Agent, Message, MessageCreate } from '../../shared/domain/schemas';
import { canTransition, nextStatusOnAgentReply } from '../../shared/tickets/status-machine';
import type { SqlExecutor } from './database';
import { runIdempotent, type IdempotentWrite } from './idempotency';
import type { TicketRow } from './rows';
import { addMessage, updateTicket } from './ticket-writes';

/** Why an agent's message was not stored. */
export type AgentMessageRefusal = 'not_found' | 'version_conflict' | 'invalid_transition';

/** The outcome of `addAgentMessage`: the stored message, or why nothing was stored. */
export type AgentMessageOutcome = { message: Message; seq: number } | { refusal: AgentMessageRefusal };

/**
 * Adds an agent's reply or note inside the caller's transaction, with the console's two guards:
 * `expectedVersion` (the `If-Match` of the stale-reply guard) refuses when the ticket moved on since the
 * agent read it, and `set_status` ("send and set status") moves the ticket after the message, refused as a
 * whole when the status machine does not allow that move from the status the message leaves. Both are
 * checked under the ticket's row lock before anything is written, so a refusal stores nothing. With
 * `idempotency`, the key is claimed and the answer recorded in the same transaction (idempotency.ts).
 */
export async function addAgentMessage(
  transaction: SqlExecutor,
  ticketId: string,
  message: MessageCreate,
  agent: Agent,
  expectedVersion: number | null,
  idempotency?: IdempotentWrite<AgentMessageOutcome>,
): Promise<AgentMessageOutcome> {
  // The key is claimed before the guards, so a retry of a stored message replays its answer.
  return runIdempotent(transaction, idempotency, async () =>
    storeAgentMessage(
      transaction,
      ticketId,
      message,
      agent,
      expectedVersion,
      await unusedMessageId(transaction, idempotency?.key),
    ),
  );
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The idempotency key as the new message's id, when it is a UUID no message has (docs/sync.md, "the pending
 * copy"): the console's pending copy `pending:<key>` then names the stored message before the answer comes
 * back, so it is replaced in the same render the service's copy arrives in, by whichever way it arrives
 * first (the answer, or a live change). Any other key leaves the id to the service. The transaction-scoped
 * advisory lock on the key makes two writers of the same UUID (two agents; keys are per agent) take turns,
 * so the second sees the first's message and gets an id of its own instead of a duplicate-key error.
 */
async function unusedMessageId(
  transaction: SqlExecutor,
  key: string | undefined,
): Promise<string | undefined> {
  if (key === undefined || !uuidPattern.test(key)) {
    return undefined;
  }
  const id = key.toLowerCase();
  await transaction.query(`select pg_advisory_xact_lock(hashtextextended('message-id:' || $1, 0))`, [id]);
  const taken = await transaction.query('select 1 from messages where id = $1::uuid', [id]);
  return taken.length === 0 ? id : undefined;
}

async function storeAgentMessage(
  transaction: SqlExecutor,
  ticketId: string,
  message: MessageCreate,
  agent: Agent,
  expectedVersion: number | null,
  messageId: string | undefined,
): Promise<AgentMessageOutcome> {
  const rows = await transaction.query<Pick<TicketRow, 'version' | 'status'>>(
    'select version, status from tickets where id = $1 for update',
    [ticketId],
  );
  const current = rows[0];
  if (current === undefined) {
    return { refusal: 'not_found' };
  }
  if (expectedVersion !== null && expectedVersion !== Number(current.version)) {
    return { refusal: 'version_conflict' };
  }
  const statusAfterMessage =
    message.kind === 'reply' ? nextStatusOnAgentReply(current.status) : current.status;
  if (message.set_status !== undefined && !canTransition(statusAfterMessage, message.set_status)) {
    return { refusal: 'invalid_transition' };
  }
  const stored = await addMessage(
    transaction,
    ticketId,
    message.body,
    { kind: message.kind, agent },
    messageId,
  );
  if (stored === null) {
    return { refusal: 'not_found' };
  }
  if (message.kind === 'reply') {
    await assignOnReply(transaction, ticketId, agent);
  }
  if (message.set_status === undefined || message.set_status === statusAfterMessage) {
    return stored;
  }
  const updated = await updateTicket(
    transaction,
    ticketId,
    { status: message.set_status },
    { agentId: agent.id, expectedVersion: null },
  );
  if ('refusal' in updated) {
    // Unreachable while the row lock is held; thrown so the transaction stores nothing if it ever happens.
    throw new Error(`setting the status after a message was refused: ${updated.refusal}`);
  }
  return { message: stored.message, seq: updated.seq };
}

/**
 * Assignment on reply: an agent's reply to an unassigned ticket makes it theirs, in the reply's transaction
 * (the customer's answer then comes back to someone), unless the lead of the ticket's team turned it off
 * (`routing_teams.assign_on_reply`, migration 0020). The service's built-in admin is never assigned.
 */
async function assignOnReply(transaction: SqlExecutor, ticketId: string, agent: Agent): Promise<void> {
  await transaction.query(
    `update tickets set assignee_id = agent.id
     from agents agent
     where tickets.id = $1 and tickets.assignee_id is null and agent.id = $2::uuid and not agent.is_system
       and coalesce((select team.assign_on_reply from routing_teams team where team.id = tickets.routing_team_id), true)`,
    [ticketId, agent.id],
  );
}

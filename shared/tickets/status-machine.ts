import type { TicketStatus } from '../domain/vocabulary';

/**
 * The ticket status machine: which status an agent may move a ticket to, and what a message does to it.
 * Pure functions, shared by the service (which enforces them on `PATCH /api/tickets/:id`) and the console
 * (which offers only the allowed statuses).
 *
 * The rules follow how professional help desks treat a conversation's lifecycle:
 * - `new` is the intake state only: nothing moves back to it, because "new" means "no agent has touched it".
 * - The working states (`new`, `open`, `awaiting_customer`, `on_hold`) move freely among each other and to
 *   `solved`: an agent may ask the customer, park the ticket on a third party, or answer it at any point.
 * - `solved` is a proposal to the customer, not the end: an agent may reopen it (`open`) or close it.
 * - `closed` is final for agents. The conversation is archived; the customer's metrics are settled. A
 *   customer who writes again to a closed ticket gets a follow-up ticket (the channel creates it), never a
 *   reopened one, so closed history never changes.
 * - Working states cannot jump to `closed` directly: a ticket is solved first, so the solution is
 *   recorded (and the resolution clock stops) before it is archived.
 * - Moving a ticket to the status it already has is always allowed (a no-op), so replays of a queued
 *   offline change never fail.
 */

/** The statuses in which the ticket is still being worked on. */
export const workingStatuses: readonly TicketStatus[] = ['new', 'open', 'awaiting_customer', 'on_hold'];

const allowedTransitions: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['open', 'awaiting_customer', 'on_hold', 'solved'],
  open: ['awaiting_customer', 'on_hold', 'solved'],
  awaiting_customer: ['open', 'on_hold', 'solved'],
  on_hold: ['open', 'awaiting_customer', 'solved'],
  solved: ['open', 'closed'],
  closed: [],
};

/** True when an agent may change a ticket's status from `from` to `to` (the same status is a no-op, allowed). */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return from === to || allowedTransitions[from].includes(to);
}

/**
 * The statuses an agent may pick for a ticket in `from`: `from` itself first, then the allowed targets in
 * lifecycle order. This is what the console's status select offers.
 */
export function allowedNextStatuses(from: TicketStatus): TicketStatus[] {
  return [from, ...allowedTransitions[from]];
}

/**
 * The status a ticket takes when the customer writes to it.
 * - `awaiting_customer` and `solved` become `open`: the ball is back with the agents (the customer answered,
 *   or the solution did not work).
 * - `new` stays `new` (nobody has picked it up yet), `open` stays `open`.
 * - `on_hold` stays `on_hold`: the ticket waits on a third party (a blockchain network, another team) and the
 *   customer's nudge does not change that; the update still surfaces the ticket to its agent.
 * - `closed` stays `closed`: the caller creates a follow-up ticket instead (see the module comment).
 */
export function nextStatusOnCustomerMessage(status: TicketStatus): TicketStatus {
  return status === 'awaiting_customer' || status === 'solved' ? 'open' : status;
}

/**
 * The status a ticket takes when an agent sends a public reply: `new` becomes `open` (someone is working
 * on it); every other status is kept, because the agent sets "awaiting customer", "solved" and so on
 * deliberately (a reply that asks a question is sent together with that status change). Internal notes
 * never change the status.
 */
export function nextStatusOnAgentReply(status: TicketStatus): TicketStatus {
  return status === 'new' ? 'open' : status;
}

/**
 * The fixed vocabularies of the ticket domain. Every layer (service, console, desktop shell) takes its
 * enumerations from here so a value can never mean different things in two places.
 */

/** Lifecycle of a ticket, in the order an agent usually moves it. */
export const ticketStatuses = ['new', 'open', 'awaiting_customer', 'on_hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

/** Priority of a ticket, lowest first. */
export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

/** The categories every service starts with (CONTRACT.md); leads can add more at run time. */
export const defaultCategories = [
  'account_security',
  'trade_execution',
  'deposit_withdrawal',
  'api',
  'kyc',
  'derivatives',
  'general',
] as const;
export type DefaultCategory = (typeof defaultCategories)[number];

/** Roles of a console user; each role can do everything the roles before it can. */
export const agentRoles = ['agent', 'lead', 'admin'] as const;
export type AgentRole = (typeof agentRoles)[number];

/** Who wrote a message in a ticket's thread: the customer, an agent publicly, or an agent internally. */
export const messageKinds = ['customer', 'reply', 'note'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** Where a ticket came from. */
export const ticketSources = ['web', 'email', 'import', 'demo', 'api'] as const;
export type TicketSource = (typeof ticketSources)[number];

/**
 * The channel a ticket came by, as the contract names it (`"channel"`): `email` for mail (SMTP or IMAP),
 * `web` for everything else (the web form, the API, imports and demo data; `source` keeps the detail).
 */
export const ticketChannels = ['web', 'email'] as const;
export type TicketChannel = (typeof ticketChannels)[number];

/** The channel of a ticket that came from `source`. */
export function channelOfSource(source: TicketSource): TicketChannel {
  return source === 'email' ? 'email' : 'web';
}

/** Languages the console and its replies are offered in. */
export const supportedLanguages = ['en', 'ko', 'zh'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** Kinds of entries in the service's change log. */
export const changeTypes = [
  'ticket.created',
  'ticket.updated',
  'message.created',
  'settings.updated',
  'faq.updated',
  /**
   * A lead changed the SLA policy: every open ticket's clocks follow the new targets (one batch change, no
   * ticket; consoles move their cached clocks with `shared/sla/retarget.ts`).
   */
  'sla.recomputed',
  /**
   * An agent's console preferences (saved views, columns, sorts) changed. No ticket, no content: the service
   * tells only that agent (socket and `GET /api/changes`), whose consoles read `GET /api/me/preferences` again.
   */
  'preferences.updated',
] as const;
export type ChangeType = (typeof changeTypes)[number];

/** True when `role` grants at least what `required` grants. */
export function roleAtLeast(role: AgentRole, required: AgentRole): boolean {
  return agentRoles.indexOf(role) >= agentRoles.indexOf(required);
}

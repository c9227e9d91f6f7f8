import { dismissDuplicate, type DismissOutcome } from '../duplicates/dismiss-duplicate';
import type {
  Agent,
  Category,
  Change,
  Message,
  MessageCreate,
  Ticket,
  TicketDetail,
  TicketList,
  TicketUpdate,
} from '../../shared/domain/schemas';
import type {
  AgentPreferences,
  AgentPreferencesPatch,
  BulkUpdate,
  SavedView,
} from '../../shared/domain/workflow-schemas';
import { addAgentMessage, type AgentMessageOutcome } from './agent-messages';
import {
  deleteAgentView,
  patchAgentPreferences,
  readAgentPreferences,
  saveAgentPreferences,
  saveAgentView,
} from './agent-preferences';
import { applyBulkUpdate, bulkReferenceRefusal, type BulkOutcome } from './bulk-updates';
import type { IdempotentWrite } from './idempotency';
import {
  createAgent,
  findAgentByEmail,
  findAgentById,
  listAgents,
  revokeTokens,
  systemAdminEmail,
  verifyCredentials,
  type NewAgent,
} from './agent-store';
import { ensureCategories, insertTicketBatch, type BulkTicket } from './bulk-tickets';
import { categoryKeyFor, createCategory, listCategories } from './categories';
import { latestChangeSeq, readChangeAgentIds, readChangesSince } from './change-log';
import { defaultSlaPolicy, type SlaPolicy } from '../../shared/sla/policy';
import { findSession, issueSessionToken } from '../accounts/sessions';
import type { SqlDatabase, SqlExecutor } from './database';
import type { SlaReadContext } from './rows';
import { readSetting, writeSetting, type SettingKey } from './settings';
import {
  addCustomerThreadMessage,
  isCustomerToken,
  readCustomerTicket,
  type CustomerMessageOutcome,
} from './customer-tickets';
import {
  defaultTeamSettings,
  readTeamSettings,
  writeTeamSetting,
  type SettingsRefusal,
  type TeamSettingChange,
  type TeamSettingsValues,
} from './team-settings';
import type { CustomerTicket } from '../../shared/domain/workflow-schemas';
import {
  countTickets,
  getAttachment,
  getTicketDetail,
  listTickets,
  type StoredAttachment,
  type TicketFilter,
} from './ticket-reads';
import { createGroupCommit } from './group-commit';
import { countSyncTickets, listSyncPage, type SyncPageRequest } from './sync-reads';
import type { TicketScope } from './ticket-scope';
import type { Metrics } from '../../shared/domain/metrics-schemas';
import { readMetricsAt, type MetricsRequest } from '../metrics/read-metrics';
import { insertTickets, intakeNeedsTransaction } from './intake-writes';
import { editsOf, type TicketEdit } from './ticket-edits';
import { defaultMergeUndoWindowMs } from '../../shared/domain/merge-schemas';
import {
  createMergeStore,
  customerMessageDestination,
  markRoutedMessage,
  type MergeStore,
} from '../merge/merge-store';
import {
  addMessage,
  updateTicket,
  type CreatedTicket,
  type NewAttachment,
  type NewTicket,
  type UpdateOutcome,
} from './ticket-writes';

/**
 * The ticket service's repository: every domain operation on storage, each write in one transaction.
 * After a write that appended to the change log commits, it calls `onChangesCommitted` (the live
 * broadcaster's doorbell).
 */
export interface TicketStore {
  /**
   * Stores an intake ticket atomically. Concurrent calls are group-committed: those arriving while a write is
   * in flight share the next transaction; if that fails, each is retried alone, so one bad ticket fails alone.
   */
  createTicket(ticket: NewTicket): Promise<CreatedTicket>;
  /** A page of tickets matching `filter`, newest first. Throws `InvalidCursorError` for a foreign cursor. */
  listTickets(filter: TicketFilter): Promise<TicketList>;
  /** A ticket with its messages and attachments, by id or number; null when none. */
  getTicket(idOrNumber: string): Promise<TicketDetail | null>;
  /**
   * Changes a ticket's properties as `agentId`; see `updateTicket` in ticket-writes.ts. With
   * `actor.idempotency`, throws `IdempotentReplay` / `IdempotencyKeyReused` (idempotency.ts) for a used key.
   */
  updateTicket(
    ticketId: string,
    update: TicketUpdate,
    actor: { agentId: string; expectedVersion: number | null; idempotency?: IdempotentWrite<UpdateOutcome> },
  ): Promise<UpdateOutcome>;
  /** Adds a reply or note; null when the ticket does not exist. */
  addMessage(
    ticketId: string,
    message: { kind: 'reply' | 'note'; body: string },
    author: Agent,
  ): Promise<Message | null>;
  /**
   * Adds an agent's reply or note with the console's guards (`If-Match` version, "send and set status"),
   * all in one transaction; see `addAgentMessage` in agent-messages.ts.
   */
  addAgentMessage(
    ticketId: string,
    message: MessageCreate,
    author: Agent,
    expectedVersion: number | null,
    idempotency?: IdempotentWrite<AgentMessageOutcome>,
  ): Promise<AgentMessageOutcome>;
  /** Whether a bulk change names an unknown category or assignee (then nothing may be written). */
  bulkReferenceRefusal(
    changes: BulkUpdate['changes'],
  ): Promise<'unknown_category' | 'unknown_assignee' | null>;
  /** Applies one change to many tickets, each in its own transaction; see `applyBulkUpdate`. */
  bulkUpdate(
    bulk: BulkUpdate,
    actor: { agentId: string },
    idempotency?: IdempotentWrite<BulkOutcome>,
  ): Promise<BulkOutcome>;
  /** The agent's console preferences, `{}` when none were saved. */
  agentPreferences(agentId: string): Promise<AgentPreferences>;
  /** Replaces the agent's console preferences. */
  saveAgentPreferences(agentId: string, preferences: AgentPreferences): Promise<void>;
  /** Adds or replaces one saved view (by id), the rest kept; null when the agent keeps the most views. */
  saveAgentView(agentId: string, view: SavedView): Promise<AgentPreferences | null>;
  /** Sets the preferences `patch` names (`null` removes one), the rest kept (storage/agent-preferences.ts). */
  patchAgentPreferences(agentId: string, patch: AgentPreferencesPatch): Promise<AgentPreferences>;
  /** Removes one saved view (by id), the rest kept; a view already gone changes nothing. */
  deleteAgentView(agentId: string, viewId: string): Promise<AgentPreferences>;
  /**
   * Adds a message from the ticket's customer (reopening it when it was awaiting them or solved); null when
   * the ticket does not exist. For the inbound channels (e-mail follow-ups).
   */
  addCustomerMessage(ticketId: string, body: string, authorName: string | null): Promise<Message | null>;
  /** True when `token` is the customer access token of ticket `ticketId` (see customer-tickets.ts). */
  isCustomerToken(ticketId: string, token: string): Promise<boolean>;
  /** The ticket as its customer sees it (public thread only), or null. */
  customerTicket(ticketId: string): Promise<CustomerTicket | null>;
  /**
   * Adds the customer's own message through their access token: status, SLA clock, checklist
   * re-evaluation and change log in one transaction; see `addCustomerThreadMessage`. `within` runs in the
   * same transaction after the message is stored or refused (the e-mail channel records its mail there).
   */
  addCustomerThreadMessage(
    ticketId: string,
    message: { body: string; attachments: readonly NewAttachment[] },
    within?: (transaction: SqlExecutor, outcome: CustomerMessageOutcome) => Promise<void>,
  ): Promise<CustomerMessageOutcome>;
  /** The team settings in force (stored, else the defaults). */
  teamSettings(): Promise<TeamSettingsValues>;
  /** Replaces one team setting as `agentId` and records `settings.updated`; resolves with the new settings. */
  updateTeamSetting(
    change: TeamSettingChange,
    agentId: string,
  ): Promise<{ settings: TeamSettingsValues } | SettingsRefusal>;
  /**
   * Stores already-validated tickets in batches (one transaction each), creating missing categories, skipping
   * external ids already stored. Resolves with how many were inserted and skipped.
   */
  importTickets(
    tickets: readonly BulkTicket[],
    batchSize?: number,
  ): Promise<{ imported: number; skipped: number }>;
  /** An attachment with its bytes, or null. */
  getAttachment(id: string): Promise<StoredAttachment | null>;
  /** How many tickets are stored. */
  countTickets(): Promise<number>;
  /** Up to `limit` changes after `since`, in sequence order. */
  changesSince(since: number, limit: number): Promise<Change[]>;
  /** The newest change's sequence number (0 when none). */
  latestChangeSeq(): Promise<number>;
  /**
   * The agent each of the changes `seqs` names (the agent whose preferences changed, for
   * `preferences.updated`), by sequence number; a change without one is absent.
   */
  changeAgentIds(seqs: readonly number[]): Promise<Map<number, string>>;
  /** A page of the console's first sync, newest first, with SLA clocks (storage/sync-reads.ts). */
  listSyncPage(request: SyncPageRequest): Promise<Ticket[]>;
  /** How many tickets the first sync sends within `scope`. */
  countSyncTickets(scope?: TicketScope): Promise<number>;
  listCategories(): Promise<Category[]>;
  /** Creates a category named `name` under `key` (or the key derived from the name). */
  createCategory(name: string, key?: string): Promise<Category>;
  listAgents(): Promise<Agent[]>;
  findAgentById(id: string): Promise<Agent | null>;
  findAgentByEmail(email: string): Promise<Agent | null>;
  createAgent(agent: NewAgent): Promise<Agent>;
  /** The agent whose e-mail and password match, or null. */
  verifyCredentials(email: string, password: string): Promise<Agent | null>;
  /** Issues a token for an agent; with `replaceLabelled`, first revokes that agent's tokens with the same label. */
  issueToken(agentId: string, label: string, options?: { replaceLabelled?: boolean }): Promise<string>;
  /** The agent a token belongs to, or null. */
  findAgentByToken(token: string): Promise<Agent | null>;
  /** The service's own admin identity, which the admin token acts as. */
  systemAdmin(): Promise<Agent>;
  readSetting(key: SettingKey): Promise<unknown>;
  writeSetting(key: SettingKey, value: unknown): Promise<void>;
  /** Runs `load` in one transaction and announces its changes (bulk loaders such as the demo data). */
  loadInTransaction<T>(load: (transaction: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * The leads' dashboard (`server/metrics/read-metrics.ts`) at the store's clock and SLA policy; throws
   * `MetricsRangeError` for a range it refuses.
   */
  readMetrics(request: MetricsRequest): Promise<Metrics>;
  /** Merging duplicate tickets and undoing merges (`server/merge/merge-store.ts`, docs/merging.md). */
  merges: MergeStore;
  /** An agent's "not a duplicate" on one possible duplicate; see `dismissDuplicate`. */
  dismissDuplicate(ticketId: string, duplicateId: string, agentId: string): Promise<DismissOutcome>;
}

/** Bounds of one intake group commit: tickets, and total attachment bytes (a bigger ticket goes alone). */
const intakeGroupMaxTickets = 200;
const intakeGroupMaxAttachmentBytes = 32 * 1024 * 1024;
/** A ticket whose subject and body hold more characters than this is written alone, after shorter ones. */
const largeIntakeTextLength = 64 * 1024;

/** Options of `createTicketStore`. */
export interface TicketStoreOptions {
  /** Called after every committed transaction that appended changes. */
  onChangesCommitted?: () => void;
  /** The service's clock (milliseconds since the epoch) for the SLA clocks of tickets read; `Date.now` by default. */
  now?: () => number;
  /** The SLA policy tickets are measured against; `defaultSlaPolicy` by default. */
  slaPolicy?: SlaPolicy;
  /** How long a merge can be undone; 7 days by default. */
  mergeUndoWindowMs?: number;
  /**
   * Runs inside the transaction that stored an agent's public reply (the e-mail channel queues the mail
   * there, so a reply is never stored without its mail or mailed without being stored).
   */
  onAgentReply?: (transaction: SqlExecutor, ticketId: string, message: Message) => Promise<void>;
  /**
   * Called after an agent's edit that names a category or a status commits (one ticket or a bulk change),
   * and after a merge or its undo, with what changed: the duplicate index scores by category and offers only
   * open tickets for a merge, and follows at once on this node (docs/duplicates.md).
   */
  onTicketsEdited?: (edits: readonly TicketEdit[]) => void;
}

/** The repository over `database` (already migrated). */
export function createTicketStore(database: SqlDatabase, options: TicketStoreOptions = {}): TicketStore {
  const announce = (): void => options.onChangesCommitted?.();
  const now = options.now ?? Date.now;
  const defaultSettings = defaultTeamSettings(options.slaPolicy ?? defaultSlaPolicy);
  // The team settings last read. Reads and writes that depend on them refresh first (one small query), so
  // a lead's change made through another service node applies here too.
  let settings = defaultSettings;
  const refreshSettings = async (): Promise<TeamSettingsValues> => {
    settings = await readTeamSettings(database, defaultSettings);
    return settings;
  };
  const slaContext = (): SlaReadContext => ({
    policy: settings.slaPolicy,
    checklistRules: settings.checklistRules,
    calendars: settings.teamCalendars,
    now: now(),
  });
  async function write<T>(work: (transaction: SqlExecutor) => Promise<T>): Promise<T> {
    const result = await database.transaction(work);
    announce();
    return result;
  }
  // Group commit: intakes arriving while one is being written are stored together in the next transaction.
  const submitIntake = createGroupCommit<NewTicket, CreatedTicket>({
    maxItems: intakeGroupMaxTickets,
    maxWeight: intakeGroupMaxAttachmentBytes,
    weightOf: (ticket) => ticket.attachments.reduce((sum, attachment) => sum + attachment.data.byteLength, 0),
    // A ticket with a long text is written alone, after the short ones queued with it (storage/group-commit.ts).
    isLarge: (ticket) => ticket.subject.length + ticket.body.length > largeIntakeTextLength,
    write: (tickets) =>
      intakeNeedsTransaction(tickets)
        ? database.transaction((transaction) => insertTickets(transaction, tickets))
        : insertTickets(database, tickets),
    onCommitted: announce,
  });
  return {
    createTicket: submitIntake,
    listTickets: async (filter) => {
      await refreshSettings();
      return listTickets(database, filter, slaContext());
    },
    getTicket: async (idOrNumber) => {
      await refreshSettings();
      return getTicketDetail(database, idOrNumber, slaContext());
    },
    updateTicket: async (ticketId, update, actor) => {
      await refreshSettings();
      const outcome = await database.transaction((transaction) =>
        updateTicket(transaction, ticketId, update, actor, slaContext()),
      );
      if ('ticket' in outcome) {
        announce();
        if (update.category !== undefined || update.status !== undefined) {
          options.onTicketsEdited?.(editsOf([outcome.ticket]));
        }
      }
      return outcome;
    },
    addMessage: async (ticketId, message, author) => {
      const outcome = await database.transaction(async (transaction) => {
        const added = await addMessage(transaction, ticketId, message.body, {
          kind: message.kind,
          agent: author,
        });
        if (added !== null && added.message.kind === 'reply') {
          await options.onAgentReply?.(transaction, ticketId, added.message);
        }
        return added;
      });
      if (outcome !== null) {
        announce();
      }
      return outcome?.message ?? null;
    },
    addAgentMessage: async (ticketId, message, author, expectedVersion, idempotency) => {
      const outcome = await database.transaction(async (transaction) => {
        const added = await addAgentMessage(
          transaction,
          ticketId,
          message,
          author,
          expectedVersion,
          idempotency,
        );
        // A replayed idempotent answer was mailed when it was first stored (the queue is unique per message).
        if ('message' in added && added.message.kind === 'reply') {
          await options.onAgentReply?.(transaction, ticketId, added.message);
        }
        return added;
      });
      if ('message' in outcome) {
        announce();
      }
      return outcome;
    },
    bulkReferenceRefusal: (changes) => bulkReferenceRefusal(database, changes),
    bulkUpdate: async (bulk, actor, idempotency) => {
      await refreshSettings();
      const outcome = await applyBulkUpdate(database, bulk, actor, slaContext(), announce, idempotency);
      if (
        (bulk.changes.category !== undefined || bulk.changes.status !== undefined) &&
        outcome.updated.length > 0
      ) {
        options.onTicketsEdited?.(editsOf(outcome.updated));
      }
      return outcome;
    },
    agentPreferences: (agentId) => readAgentPreferences(database, agentId),
    saveAgentPreferences: async (agentId, preferences) => {
      await saveAgentPreferences(database, agentId, preferences);
      announce();
    },
    saveAgentView: async (agentId, view) => {
      const saved = await saveAgentView(database, agentId, view);
      if (saved !== null) {
        announce();
      }
      return saved;
    },
    deleteAgentView: async (agentId, viewId) => {
      const preferences = await deleteAgentView(database, agentId, viewId);
      announce();
      return preferences;
    },
    patchAgentPreferences: async (agentId, patch) => {
      const preferences = await patchAgentPreferences(database, agentId, patch);
      announce();
      return preferences;
    },
    changeAgentIds: (seqs) => readChangeAgentIds(database, seqs),
    addCustomerMessage: async (ticketId, body, authorName) => {
      const outcome = await database.transaction((transaction) =>
        addMessage(transaction, ticketId, body, { kind: 'customer', name: authorName }),
      );
      if (outcome !== null) {
        announce();
      }
      return outcome?.message ?? null;
    },
    importTickets: async (tickets, batchSize = 500) => {
      let imported = 0;
      for (let start = 0; start < tickets.length; start += batchSize) {
        const batch = tickets.slice(start, start + batchSize);
        const inserted = await write(async (transaction) => {
          await ensureCategories(transaction, categoriesOf(batch));
          return insertTicketBatch(transaction, batch);
        });
        imported += inserted.size;
      }
      return { imported, skipped: tickets.length - imported };
    },
    getAttachment: (id) => getAttachment(database, id),
    countTickets: () => countTickets(database),
    changesSince: (since, limit) => readChangesSince(database, since, limit),
    latestChangeSeq: () => latestChangeSeq(database),
    listSyncPage: async (request) => {
      await refreshSettings();
      return listSyncPage(database, request, slaContext());
    },
    countSyncTickets: (scope) => countSyncTickets(database, scope),
    listCategories: () => listCategories(database),
    createCategory: (name, key) => {
      const categoryKey = key ?? categoryKeyFor(name);
      if (categoryKey === null) {
        throw new Error('a category name needs at least one letter or digit');
      }
      return createCategory(database, categoryKey, name);
    },
    listAgents: () => listAgents(database),
    findAgentById: (id) => findAgentById(database, id),
    findAgentByEmail: (email) => findAgentByEmail(database, email),
    createAgent: (agent) => createAgent(database, agent),
    verifyCredentials: (email, password) => verifyCredentials(database, email, password),
    issueToken: (agentId, label, issueOptions) =>
      database.transaction(async (transaction) => {
        if (issueOptions?.replaceLabelled) {
          await revokeTokens(transaction, agentId, label);
        }
        // The desktop shell's local agent signs in without a password: its token does not end by time.
        const issued = await issueSessionToken(transaction, agentId, label, now(), {
          expires: label !== 'desktop',
        });
        return issued.token;
      }),
    findAgentByToken: async (token) => (await findSession(database, token, now()))?.agent ?? null,
    systemAdmin: async () => {
      const admin = await findAgentByEmail(database, systemAdminEmail);
      if (admin === null) {
        throw new Error('the system admin agent is missing: has migration 0001 run?');
      }
      return admin;
    },
    isCustomerToken: (ticketId, token) => isCustomerToken(database, ticketId, token),
    customerTicket: (ticketId) => readCustomerTicket(database, ticketId),
    addCustomerThreadMessage: async (ticketId, message, within) => {
      const { checklistRules } = await refreshSettings();
      const outcome = await database.transaction(async (transaction) => {
        // A ticket merged into another: the message lands on the target, remembering where it was sent.
        const destination = await customerMessageDestination(transaction, ticketId);
        const added = await addCustomerThreadMessage(
          transaction,
          destination.ticketId,
          message,
          checklistRules,
        );
        if ('messageId' in added && destination.mergeId !== null) {
          await markRoutedMessage(transaction, added.messageId, {
            sourceId: ticketId,
            mergeId: destination.mergeId,
          });
        }
        await within?.(transaction, added);
        return added;
      });
      if ('messageId' in outcome) {
        announce();
      }
      return outcome;
    },
    teamSettings: refreshSettings,
    updateTeamSetting: async (change, agentId) => {
      const outcome = await database.transaction((transaction) =>
        writeTeamSetting(transaction, change, agentId),
      );
      if ('refusal' in outcome) {
        return outcome;
      }
      announce();
      return { settings: await refreshSettings() };
    },
    readSetting: (key) => readSetting(database, key),
    writeSetting: (key, value) => writeSetting(database, key, value),
    loadInTransaction: (load) => write(load),
    merges: createMergeStore(database, {
      now,
      undoWindowMs: options.mergeUndoWindowMs ?? defaultMergeUndoWindowMs,
      slaContext: async () => {
        await refreshSettings();
        return slaContext();
      },
      announce,
      ...(options.onTicketsEdited ? { onTicketsEdited: options.onTicketsEdited } : {}),
    }),
    dismissDuplicate: async (ticketId, duplicateId, agentId) => {
      await refreshSettings();
      const outcome = await database.transaction((transaction) =>
        dismissDuplicate(transaction, ticketId, duplicateId, agentId, slaContext()),
      );
      if ('ticket' in outcome) {
        announce();
      }
      return outcome;
    },
    readMetrics: async (request) => {
      const current = await refreshSettings();
      return readMetricsAt(database, request, now(), current.slaPolicy, current.teamCalendars);
    },
  };
}

function categoriesOf(tickets: readonly BulkTicket[]): { key: string; name: string }[] {
  const categories = new Map<string, string>();
  for (const ticket of tickets) {
    if (ticket.category !== null && !categories.has(ticket.category)) {
      categories.set(ticket.category, ticket.requestedCategory ?? ticket.category);
    }
  }
  return [...categories].map(([key, name]) => ({ key, name }));
}

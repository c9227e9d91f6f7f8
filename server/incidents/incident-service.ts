import type { Agent } from '../../shared/domain/schemas';
import type { DuplicateDocument } from '../../shared/duplicates/features';
import type {
  Announcement,
  Incident,
  IncidentCreate,
  IncidentLinkResult,
  IncidentPatch,
  IncidentTickets,
  IncidentUpdateCreate,
  IncidentUpdateResult,
  TicketIncident,
} from '../../shared/incidents/incident-schemas';
import {
  matchIncidents,
  profileIncident,
  type IncidentMatch,
  type IncidentProfile,
} from '../../shared/incidents/match';
import type { SqlDatabase } from '../storage/database';
import { runIdempotent, type IdempotentWrite } from '../storage/idempotency';
import {
  incidentsOfTicket,
  insertIncident,
  linkedTickets,
  linkTickets,
  listIncidents,
  liveIncidentContents,
  patchIncident,
  readIncident,
  recordDeflection,
  type IncidentContent,
} from './incident-store';
import { suggestTickets } from './incident-suggestions';
import { postIncidentUpdate, type IncidentUpdateOutcome } from './incident-updates';

function updateResult(outcome: IncidentUpdateOutcome, incident: Incident): IncidentUpdateResult {
  return {
    update_id: outcome.updateId,
    replied: outcome.replied,
    skipped_closed: outcome.skippedClosed,
    status_changed: outcome.statusChanged,
    incident,
  };
}

/** How long the live incidents read for matching are trusted before reading again (other nodes write too). */
const liveCacheMs = 5_000;
/** The most linked tickets the incident page lists. */
const linkedListLimit = 1_000;

/** A live incident as matching sees it. */
interface LiveIncident {
  content: IncidentContent;
  profile: IncidentProfile;
}

/**
 * Incidents (docs/incidents.md): leads' announcements, their linked tickets and the updates posted to all
 * of them at once. Keeps the live incidents' matching profiles in memory, so the intake preview and intake
 * match without a query; every write here refreshes them, and they are read again after 5 seconds (an
 * incident created through another service node).
 */
export interface IncidentService {
  create(input: IncidentCreate, agent: Agent): Promise<Incident>;
  list(): Promise<Incident[]>;
  get(id: string): Promise<Incident | null>;
  patch(id: string, patch: IncidentPatch, agent: Agent): Promise<Incident | null>;
  /** Links tickets (ids or numbers); null when the incident does not exist. */
  link(
    id: string,
    references: readonly (string | number)[],
    agent: Agent,
  ): Promise<IncidentLinkResult | null>;
  /** The linked tickets and suggestions; null when the incident does not exist. */
  tickets(id: string): Promise<IncidentTickets | null>;
  /**
   * Posts an update to every linked ticket (see `postIncidentUpdate`), under `idempotency` when given:
   * a retry with the same key answers the first answer and posts nothing. Null when there is no incident.
   */
  postUpdate(
    id: string,
    update: IncidentUpdateCreate,
    agent: Agent,
    idempotency?: IdempotentWrite<IncidentUpdateResult | null>,
  ): Promise<IncidentUpdateResult | null>;
  /** The incidents a ticket is linked to (the console's banner, the acknowledgement's announcement). */
  ofTicket(ticketId: string): Promise<TicketIncident[]>;
  /** The live incidents, public (`GET /api/announcements`). */
  announcements(): Promise<Announcement[]>;
  /** Counts a deflection on a live announcement; false when there is none. */
  recordDeflection(id: string): Promise<boolean>;
  /** The live incidents `document` may be about, best first (from memory, refreshed when stale). */
  match(document: DuplicateDocument): Promise<{ match: IncidentMatch; content: IncidentContent }[]>;
  /**
   * Links a new ticket to the best live incident it strongly matches, if any; resolves with that incident.
   * Never throws: a failure is logged and the ticket stays unlinked.
   */
  linkNewTicket(ticketId: string, document: DuplicateDocument): Promise<IncidentContent | null>;
}

/** Options of `createIncidentService`. */
export interface IncidentServiceOptions {
  database: SqlDatabase;
  /** The change broadcaster's doorbell, after a commit that appended changes. */
  onChangesCommitted: () => void;
  log: (line: string) => void;
  /** The clock for the cache's age; `Date.now` by default. */
  now?: () => number;
}

/** An incident service over `database` (already migrated). */
export function createIncidentService(options: IncidentServiceOptions): IncidentService {
  const { database } = options;
  const now = options.now ?? Date.now;
  let live: LiveIncident[] = [];
  let readAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<LiveIncident[]> | null = null;

  function readLive(): Promise<LiveIncident[]> {
    reading ??= liveIncidentContents(database)
      .then((contents) => {
        live = contents.map((content) => ({ content, profile: profileIncident(content) }));
        readAt = now();
        return live;
      })
      .finally(() => {
        reading = null;
      });
    return reading;
  }

  async function liveIncidents(): Promise<LiveIncident[]> {
    return now() - readAt < liveCacheMs ? live : readLive();
  }

  async function write<T>(work: Parameters<SqlDatabase['transaction']>[0]): Promise<T> {
    const result = (await database.transaction(work)) as T;
    options.onChangesCommitted();
    readAt = Number.NEGATIVE_INFINITY;
    return result;
  }

  return {
    create: (input, agent) => write((transaction) => insertIncident(transaction, input, agent.id)),
    list: () => listIncidents(database, { liveOnly: false }),
    get: (id) => readIncident(database, id),
    patch: (id, patch) => write((transaction) => patchIncident(transaction, id, patch)),
    link: async (id, references, agent) => {
      if ((await readIncident(database, id)) === null) {
        return null;
      }
      return write((transaction) => linkTickets(transaction, id, references, 'lead', agent.id));
    },
    tickets: async (id) => {
      const incident = await readIncident(database, id);
      if (incident === null) {
        return null;
      }
      const [linked, suggested] = await Promise.all([
        linkedTickets(database, id, linkedListLimit),
        suggestTickets(database, incident),
      ]);
      return { linked, suggested };
    },
    postUpdate: (id, update, agent, idempotency) =>
      write((transaction) =>
        runIdempotent(transaction, idempotency, async () => {
          const outcome = await postIncidentUpdate(transaction, id, update, agent);
          const incident = outcome === null ? null : await readIncident(transaction, id);
          return outcome === null || incident === null ? null : updateResult(outcome, incident);
        }),
      ),
    ofTicket: (ticketId) => incidentsOfTicket(database, ticketId),
    announcements: async () =>
      (await listIncidents(database, { liveOnly: true })).map((incident) => ({
        id: incident.id,
        title: incident.title,
        body: incident.body,
        categories: incident.categories,
        status: incident.status,
        created_at: incident.created_at,
        updated_at: incident.updated_at,
      })),
    recordDeflection: (id) => recordDeflection(database, id),
    match: async (document) => {
      const incidents = await liveIncidents();
      const byId = new Map(incidents.map((incident) => [incident.content.id, incident.content]));
      return matchIncidents(
        document,
        incidents.map((incident) => incident.profile),
      ).flatMap((match) => {
        const content = byId.get(match.id);
        return content === undefined ? [] : [{ match, content }];
      });
    },
    linkNewTicket: async (ticketId, document) => {
      try {
        const incidents = await liveIncidents();
        if (incidents.length === 0) {
          return null;
        }
        const best = matchIncidents(
          document,
          incidents.map((incident) => incident.profile),
        ).find((match) => match.strength === 'strong');
        const content = incidents.find((incident) => incident.content.id === best?.id)?.content;
        if (content === undefined) {
          return null;
        }
        await database.transaction((transaction) =>
          linkTickets(transaction, content.id, [ticketId], 'automatic', null),
        );
        options.onChangesCommitted();
        return content;
      } catch (error) {
        options.log(`incidents: linking ticket ${ticketId} failed: ${String(error)}`);
        return null;
      }
    },
  };
}

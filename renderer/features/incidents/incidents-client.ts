import {
  incidentLinkResultSchema,
  incidentListSchema,
  incidentSchema,
  incidentTicketsSchema,
  incidentUpdateResultSchema,
  ticketIncidentsSchema,
  type Incident,
  type IncidentLinkResult,
  type IncidentStatus,
  type IncidentTickets,
  type IncidentUpdateResult,
  type LocalizedText,
  type TicketIncident,
} from '../../../shared/incidents/incident-schemas';
import { requestJson } from '../../api/api-client';

/** Where and as whom the console calls the service. */
export interface IncidentConnection {
  serviceUrl: string;
  token: string;
}

/** What a lead writes for a new incident or a change. */
export interface IncidentDraft {
  title: LocalizedText;
  body: LocalizedText;
  categories: string[];
  status: IncidentStatus;
}

/** What a lead posts to every linked ticket. */
export interface IncidentUpdateDraft {
  body: LocalizedText;
  status?: IncidentStatus;
  set_ticket_status?: 'open' | 'awaiting_customer' | 'on_hold' | 'solved';
}

/** Leaves out empty languages (the service wants at least one, and none empty). */
export function filledLanguages(text: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => value.trim() !== ''));
}

/** The console's calls of docs/api.md "Incidents", each answer parsed with the wire schema. */
export const incidentsClient = {
  list: async (connection: IncidentConnection): Promise<Incident[]> =>
    (
      await requestJson(connection.serviceUrl, '/api/incidents', incidentListSchema, {
        token: connection.token,
      })
    ).incidents,
  create: (connection: IncidentConnection, draft: IncidentDraft): Promise<Incident> =>
    requestJson(connection.serviceUrl, '/api/incidents', incidentSchema, {
      token: connection.token,
      method: 'POST',
      body: { ...draft, title: filledLanguages(draft.title), body: filledLanguages(draft.body) },
    }),
  setStatus: (connection: IncidentConnection, id: string, status: IncidentStatus): Promise<Incident> =>
    requestJson(connection.serviceUrl, `/api/incidents/${id}`, incidentSchema, {
      token: connection.token,
      method: 'PATCH',
      body: { status },
    }),
  tickets: (connection: IncidentConnection, id: string): Promise<IncidentTickets> =>
    requestJson(connection.serviceUrl, `/api/incidents/${id}/tickets`, incidentTicketsSchema, {
      token: connection.token,
    }),
  link: (
    connection: IncidentConnection,
    id: string,
    ticketIds: readonly string[],
  ): Promise<IncidentLinkResult> =>
    requestJson(connection.serviceUrl, `/api/incidents/${id}/tickets`, incidentLinkResultSchema, {
      token: connection.token,
      method: 'POST',
      body: { ticket_ids: ticketIds },
    }),
  /** Posts an update once: `idempotencyKey` is made once per update the lead writes, so a retry never doubles it. */
  postUpdate: (
    connection: IncidentConnection,
    id: string,
    draft: IncidentUpdateDraft,
    idempotencyKey: string,
  ): Promise<IncidentUpdateResult> =>
    requestJson(connection.serviceUrl, `/api/incidents/${id}/updates`, incidentUpdateResultSchema, {
      token: connection.token,
      method: 'POST',
      body: { ...draft, body: filledLanguages(draft.body) },
      headers: { 'idempotency-key': idempotencyKey },
    }),
  ofTicket: async (connection: IncidentConnection, ticketId: string): Promise<TicketIncident[]> =>
    (
      await requestJson(connection.serviceUrl, `/api/tickets/${ticketId}/incidents`, ticketIncidentsSchema, {
        token: connection.token,
      })
    ).incidents,
};

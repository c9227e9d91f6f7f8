import { z } from 'zod';
import {
  agentSchema,
  categorySchema,
  incomingChangeListSchema,
  readableChanges,
  loginResponseSchema,
  messageSchema,
  ticketDetailSchema,
  ticketListSchema,
  ticketSchema,
  type Agent,
  type Category,
  type ChangeList,
  type LoginResponse,
  type Message,
  type MessageCreate,
  type Ticket,
  type TicketDetail,
  type TicketList,
  type TicketUpdate,
} from '../../shared/domain/schemas';
import type { TicketStatus } from '../../shared/domain/vocabulary';
import {
  agentPreferencesSchema,
  bulkUpdateResultSchema,
  teamSettingsSchema,
  type AgentPreferences,
  type AgentPreferencesPatch,
  type SavedView,
  type BulkUpdate,
  type BulkUpdateResult,
  type ChecklistRules,
  type SlaPolicyWire,
  type TeamSettings,
} from '../../shared/domain/workflow-schemas';
import {
  faqImportResultSchema,
  faqLibrarySchema,
  faqReplySchema,
  type FaqImportResult,
  type FaqReply,
  type FaqReplyInput,
} from '../../shared/domain/faq-schemas';
import {
  mergeListSchema,
  mergePreviewSchema,
  mergeResultSchema,
  mergeUndoResultSchema,
  type MergePreview,
  type MergeRecord,
  type MergeRequest,
  type MergeResult,
  type MergeUndoResult,
} from '../../shared/domain/merge-schemas';
import {
  auditListSchema,
  routingConfigurationSchema,
  routingPreviewSchema,
  type AgentRoutingProfileInput,
  type AuditEntry,
  type RoutingConfiguration,
  type RoutingPreview,
  type RoutingPreviewRequest,
  type RoutingRulesInput,
  type RoutingTeamInput,
} from '../../shared/domain/routing-schemas';
import {
  holidayPresetSchema,
  type HolidayPreset,
  type HolidayPresetCountry,
} from '../../shared/domain/calendar-schemas';
import { officialDomainsSchema, type OfficialDomains } from '../../shared/domain/safety-schemas';
import { teamScopeSettingSchema, type TeamScopeSetting } from '../../shared/access/team-scope-schemas';
import { ApiError, apiErrorFromResponse, clientErrorCodes } from './api-error';
import {
  originalMailSchema,
  ticketMailSchema,
  type OriginalMail,
  type TicketMail,
} from '../../shared/mail/wire-schemas';

/** Query of `GET /api/tickets` as the console sends it. */
export interface TicketListParameters {
  status?: TicketStatus;
  category?: string;
  assignee?: string;
  customer_id?: string;
  q?: string;
  /** Comma-separated ticket ids (at most 100): those tickets' list form. */
  ids?: string;
  limit?: number;
  cursor?: string;
}

/** The typed client of the ticket service (CONTRACT.md). Every answer is validated with its zod schema. */
export interface ApiClient {
  readonly baseUrl: string;
  me: () => Promise<Agent>;
  agents: () => Promise<Agent[]>;
  categories: () => Promise<Category[]>;
  listTickets: (parameters: TicketListParameters) => Promise<TicketList>;
  getTicket: (id: string) => Promise<TicketDetail>;
  updateTicket: (id: string, update: TicketUpdate) => Promise<Ticket>;
  /**
   * Adds a reply or note. With `expectedVersion` the service refuses (409 `version_conflict`) when the
   * ticket changed since that version: the stale-reply guard.
   */
  postMessage: (id: string, message: MessageCreate, expectedVersion?: number) => Promise<Message>;
  bulkUpdate: (bulk: BulkUpdate) => Promise<BulkUpdateResult>;
  changes: (since: number, limit: number) => Promise<ChangeList>;
  settings: () => Promise<TeamSettings>;
  saveSlaPolicy: (policy: SlaPolicyWire) => Promise<TeamSettings>;
  saveChecklistRules: (rules: ChecklistRules) => Promise<TeamSettings>;
  preferences: () => Promise<AgentPreferences>;
  savePreferences: (preferences: AgentPreferences) => Promise<AgentPreferences>;
  /** Sets the preferences `patch` names (`null` removes one), the rest kept as stored, saved views included. */
  patchPreferences: (patch: AgentPreferencesPatch) => Promise<AgentPreferences>;
  /** Adds or replaces one saved view, the other preferences kept (when the console has no outbox). */
  saveView: (view: SavedView) => Promise<AgentPreferences>;
  /** Deletes one saved view, the other preferences kept; a view already gone is not an error. */
  deleteView: (viewId: string) => Promise<AgentPreferences>;
  /** `GET /api/faq`: every canned reply, retired ones included (flagged). */
  faqLibrary: () => Promise<FaqReply[]>;
  /** `POST /api/faq` (lead). */
  createFaqReply: (input: FaqReplyInput) => Promise<FaqReply>;
  /** `PUT /api/faq/:id` (lead); refused with 409 when the reply changed since `expectedVersion`. */
  updateFaqReply: (id: string, input: FaqReplyInput, expectedVersion: number) => Promise<FaqReply>;
  /** `DELETE /api/faq/:id` (lead): the service retires the reply (its usage history stays); answers the reply. */
  deleteFaqReply: (id: string) => Promise<FaqReply>;
  /** `PUT /api/faq/:id/public` (lead): publishes the reply as a help-center article, or withdraws it. */
  setFaqPublic: (id: string, isPublic: boolean) => Promise<void>;
  /** `POST /api/faq/:id/usage`: the agent inserted this reply into a message on `ticketId`. */
  recordFaqUsage: (id: string, ticketId: string) => Promise<void>;
  /** `GET /api/faq/export?format=` (lead): the library as a JSON or CSV file's text. */
  exportFaq: (format: FaqExportFormat) => Promise<string>;
  /** `POST /api/faq/import` (lead): a JSON array of replies, or CSV text. */
  importFaq: (content: string, format: FaqExportFormat) => Promise<FaqImportResult>;
  /** `POST /api/tickets/:id/merge/preview`: what folding `request.source_ids` into `targetId` would give. */
  previewMerge: (targetId: string, request: MergeRequest) => Promise<MergePreview>;
  /** `POST /api/tickets/:id/merge`: folds the sources into `targetId` (docs/merging.md). */
  mergeTickets: (targetId: string, request: MergeRequest) => Promise<MergeResult>;
  /** `POST /api/tickets/:id/duplicates/:duplicate_id/dismiss`: "not a duplicate"; answers the ticket without it. */
  dismissDuplicate: (ticketId: string, duplicateId: string) => Promise<Ticket>;
  /** `POST /api/merges/:id/undo`: 409 `undo_expired` after the window. */
  undoMerge: (mergeId: string) => Promise<MergeUndoResult>;
  /** `GET /api/tickets/:id/merges`: merges the ticket took part in, newest first. */
  ticketMerges: (ticketId: string) => Promise<MergeRecord[]>;
  /** `GET /api/routing`: teams, agent profiles, priority rules (docs/routing.md). */
  routing: () => Promise<RoutingConfiguration>;
  /** `POST /api/routing/teams` (teamId null) or `PUT /api/routing/teams/:id` (lead). */
  saveRoutingTeam: (teamId: string | null, input: RoutingTeamInput) => Promise<RoutingConfiguration>;
  /** `GET /api/routing/holiday-presets` (lead): a country's public holidays for a business calendar. */
  holidayPresets: (query: {
    country: HolidayPresetCountry;
    from: number;
    to: number;
    language: 'en' | 'ko' | 'zh';
  }) => Promise<HolidayPreset>;
  /** `PUT /api/routing/agents/:id` (lead). */
  saveAgentRouting: (agentId: string, input: AgentRoutingProfileInput) => Promise<RoutingConfiguration>;
  /** `PUT /api/routing/rules` (lead). */
  saveRoutingRules: (input: RoutingRulesInput) => Promise<RoutingConfiguration>;
  /** `POST /api/routing/preview`: where a ticket draft would go and why. */
  previewRouting: (draft: RoutingPreviewRequest) => Promise<RoutingPreview>;
  /**
   * `GET /api/audit?limit=&scope=` (lead): the newest audit entries; `security` for the changes of read
   * limits and sessions, `routing` for the rest.
   */
  audit: (limit: number, scope?: 'all' | 'security' | 'routing') => Promise<AuditEntry[]>;
  /** `GET /api/tickets/:id/mail`: the ticket's e-mail side (docs/email.md). */
  ticketMail: (ticketId: string) => Promise<TicketMail>;
  /** `GET /api/mail/inbound/:id/original`: a received mail as it came. */
  originalMail: (inboundId: string) => Promise<OriginalMail>;
  /** `POST /api/mail/outbound/:id/retry`: sends a mail that was not delivered again. */
  retryMail: (outboundId: string) => Promise<void>;
  /** `GET /api/settings/official-domains` (docs/security.md); optional so test doubles may leave it out. */
  officialDomains?: () => Promise<OfficialDomains>;
  /** `PUT /api/settings/official-domains` (lead): replaces the lead's list. */
  saveOfficialDomains?: (domains: readonly string[]) => Promise<OfficialDomains>;
  /** `GET /api/settings/team-scope` (lead, docs/security.md "Team scope"); optional so test doubles may omit it. */
  teamScope?: () => Promise<TeamScopeSetting>;
  /** `PUT /api/settings/team-scope` (lead): turns team scope on or off. */
  saveTeamScope?: (setting: TeamScopeSetting) => Promise<TeamScopeSetting>;
}

/** The file formats of the FAQ library's import and export. */
export type FaqExportFormat = 'json' | 'csv';

const requestTimeoutMs = 30_000;

/** `http://host:port/` → `http://host:port`: the base every path is appended to. */
export function normalizeServiceUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A body sent as is (e.g. CSV text) instead of JSON. */
  rawBody?: { contentType: string; text: string };
  /** What the answer is: JSON parsed with the schema (the default), or text returned as it came. */
  expect?: 'json' | 'text' | 'nothing';
  token?: string | null;
  /** Sent as `If-Match` (the ticket version a change is based on). */
  ifMatch?: number;
  /** More headers (e.g. `Idempotency-Key`). */
  headers?: Readonly<Record<string, string>>;
  fetchImplementation?: typeof fetch;
}

/**
 * Sends one request and parses the answer with `schema`. Failures become an ApiError: the service's error
 * body when it sent one, `network_error` when it could not be reached, `invalid_response` when the answer
 * does not match the contract.
 */
export async function requestJson<T>(
  baseUrl: string,
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept: options.expect === 'text' ? '*/*' : 'application/json',
  };
  if (options.rawBody !== undefined) {
    headers['content-type'] = options.rawBody.contentType;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (options.token) {
    headers.authorization = `Bearer ${options.token}`;
  }
  if (options.ifMatch !== undefined) {
    headers['if-match'] = `"${options.ifMatch}"`;
  }
  const fetchImplementation = options.fetchImplementation ?? fetch;
  let response: Response;
  try {
    response = await fetchImplementation(`${normalizeServiceUrl(baseUrl)}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body:
        options.rawBody !== undefined
          ? options.rawBody.text
          : options.body === undefined
            ? null
            : JSON.stringify(options.body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
  } catch (error) {
    throw new ApiError({
      status: 0,
      code: clientErrorCodes.network,
      message: error instanceof Error ? error.message : 'The service could not be reached.',
    });
  }
  const text = await response.text();
  if (!response.ok) {
    throw apiErrorFromResponse(response.status, text);
  }
  if (options.expect === 'text' || options.expect === 'nothing') {
    // The caller asked for the text itself (a CSV download) or for no answer (a deletion).
    return schema.parse(options.expect === 'text' ? text : undefined);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError({
      status: response.status,
      code: clientErrorCodes.invalidResponse,
      message: 'The service answered with something other than JSON.',
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError({
      status: response.status,
      code: clientErrorCodes.invalidResponse,
      message: `Unexpected answer from ${path}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}`,
    });
  }
  return parsed.data;
}

/** `POST /api/login`: exchanges an agent's credentials for a token. A 401 means wrong credentials. */
export function logIn(
  baseUrl: string,
  credentials: { email: string; password: string },
  fetchImplementation?: typeof fetch,
): Promise<LoginResponse> {
  return requestJson(baseUrl, '/api/login', loginResponseSchema, {
    method: 'POST',
    body: credentials,
    ...(fetchImplementation ? { fetchImplementation } : {}),
  });
}

const faqPath = (id: string): string => `/api/faq/${encodeURIComponent(id)}`;
const savedViewPath = (id: string): string => `/api/me/preferences/saved-views/${encodeURIComponent(id)}`;

const agentListSchema = z.object({ agents: z.array(agentSchema) });
const categoryListSchema = z.object({ categories: z.array(categorySchema) });

/** Builds the query string of `GET /api/tickets`, leaving out empty parameters. */
export function ticketListQuery(parameters: TicketListParameters): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}

/** Creates the client for one service and token. */
export function createApiClient(options: {
  baseUrl: string;
  token: string;
  fetchImplementation?: typeof fetch;
}): ApiClient {
  const baseUrl = normalizeServiceUrl(options.baseUrl);
  const common = {
    token: options.token,
    ...(options.fetchImplementation ? { fetchImplementation: options.fetchImplementation } : {}),
  };
  const ticketPath = (id: string): string => `/api/tickets/${encodeURIComponent(id)}`;
  return {
    baseUrl,
    me: () => requestJson(baseUrl, '/api/me', agentSchema, common),
    agents: async () => (await requestJson(baseUrl, '/api/agents', agentListSchema, common)).agents,
    categories: async () =>
      (await requestJson(baseUrl, '/api/categories', categoryListSchema, common)).categories,
    listTickets: (parameters) =>
      requestJson(baseUrl, `/api/tickets${ticketListQuery(parameters)}`, ticketListSchema, common),
    getTicket: (id) => requestJson(baseUrl, ticketPath(id), ticketDetailSchema, common),
    updateTicket: (id, update) =>
      requestJson(baseUrl, ticketPath(id), ticketSchema, { ...common, method: 'PATCH', body: update }),
    postMessage: (id, message, expectedVersion) =>
      requestJson(baseUrl, `${ticketPath(id)}/messages`, messageSchema, {
        ...common,
        method: 'POST',
        body: message,
        ...(expectedVersion === undefined ? {} : { ifMatch: expectedVersion }),
      }),
    bulkUpdate: (bulk) =>
      requestJson(baseUrl, '/api/tickets/bulk', bulkUpdateResultSchema, {
        ...common,
        method: 'POST',
        body: bulk,
      }),
    settings: () => requestJson(baseUrl, '/api/settings', teamSettingsSchema, common),
    saveSlaPolicy: (policy) =>
      requestJson(baseUrl, '/api/settings/sla-policy', teamSettingsSchema, {
        ...common,
        method: 'PUT',
        body: policy,
      }),
    saveChecklistRules: (rules) =>
      requestJson(baseUrl, '/api/settings/checklist-rules', teamSettingsSchema, {
        ...common,
        method: 'PUT',
        body: rules,
      }),
    preferences: () => requestJson(baseUrl, '/api/me/preferences', agentPreferencesSchema, common),
    savePreferences: (preferences) =>
      requestJson(baseUrl, '/api/me/preferences', agentPreferencesSchema, {
        ...common,
        method: 'PUT',
        body: preferences,
      }),
    patchPreferences: (patch) =>
      requestJson(baseUrl, '/api/me/preferences', agentPreferencesSchema, {
        ...common,
        method: 'PATCH',
        body: patch,
      }),
    saveView: (view) =>
      requestJson(baseUrl, savedViewPath(view.id), agentPreferencesSchema, {
        ...common,
        method: 'PUT',
        body: view,
      }),
    deleteView: (viewId) =>
      requestJson(baseUrl, savedViewPath(viewId), agentPreferencesSchema, {
        ...common,
        method: 'DELETE',
        body: {},
      }),
    faqLibrary: async () => (await requestJson(baseUrl, '/api/faq', faqLibrarySchema, common)).replies,
    createFaqReply: (input) =>
      requestJson(baseUrl, '/api/faq', faqReplySchema, { ...common, method: 'POST', body: input }),
    updateFaqReply: (id, input, expectedVersion) =>
      requestJson(baseUrl, faqPath(id), faqReplySchema, {
        ...common,
        method: 'PUT',
        body: input,
        ifMatch: expectedVersion,
      }),
    deleteFaqReply: (id) =>
      requestJson(baseUrl, faqPath(id), faqReplySchema, { ...common, method: 'DELETE' }),
    setFaqPublic: async (id, isPublic) => {
      await requestJson(baseUrl, `${faqPath(id)}/public`, z.object({ public: z.boolean() }), {
        ...common,
        method: 'PUT',
        body: { public: isPublic },
      });
    },
    recordFaqUsage: (id, ticketId) =>
      requestJson(baseUrl, `${faqPath(id)}/usage`, z.undefined(), {
        ...common,
        method: 'POST',
        body: { ticket_id: ticketId },
        expect: 'nothing',
      }),
    exportFaq: (format) =>
      requestJson(baseUrl, `/api/faq/export?format=${format}`, z.string(), { ...common, expect: 'text' }),
    importFaq: (content, format) =>
      requestJson(baseUrl, '/api/faq/import', faqImportResultSchema, {
        ...common,
        method: 'POST',
        rawBody: {
          contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
          text: content,
        },
      }),
    previewMerge: (targetId, request) =>
      requestJson(baseUrl, `${ticketPath(targetId)}/merge/preview`, mergePreviewSchema, {
        ...common,
        method: 'POST',
        body: request,
      }),
    mergeTickets: (targetId, request) =>
      requestJson(baseUrl, `${ticketPath(targetId)}/merge`, mergeResultSchema, {
        ...common,
        method: 'POST',
        body: request,
      }),
    dismissDuplicate: (ticketId, duplicateId) =>
      requestJson(
        baseUrl,
        `${ticketPath(ticketId)}/duplicates/${encodeURIComponent(duplicateId)}/dismiss`,
        ticketSchema,
        { ...common, method: 'POST' },
      ),
    undoMerge: (mergeId) =>
      requestJson(baseUrl, `/api/merges/${encodeURIComponent(mergeId)}/undo`, mergeUndoResultSchema, {
        ...common,
        method: 'POST',
      }),
    ticketMerges: async (ticketId) =>
      (await requestJson(baseUrl, `${ticketPath(ticketId)}/merges`, mergeListSchema, common)).merges,
    routing: () => requestJson(baseUrl, '/api/routing', routingConfigurationSchema, common),
    saveRoutingTeam: (teamId, input) =>
      requestJson(
        baseUrl,
        teamId === null ? '/api/routing/teams' : `/api/routing/teams/${encodeURIComponent(teamId)}`,
        routingConfigurationSchema,
        { ...common, method: teamId === null ? 'POST' : 'PUT', body: input },
      ),
    holidayPresets: (query) =>
      requestJson(
        baseUrl,
        `/api/routing/holiday-presets?${new URLSearchParams({
          country: query.country,
          from: String(query.from),
          to: String(query.to),
          language: query.language,
        }).toString()}`,
        holidayPresetSchema,
        common,
      ),
    saveAgentRouting: (agentId, input) =>
      requestJson(baseUrl, `/api/routing/agents/${encodeURIComponent(agentId)}`, routingConfigurationSchema, {
        ...common,
        method: 'PUT',
        body: input,
      }),
    saveRoutingRules: (input) =>
      requestJson(baseUrl, '/api/routing/rules', routingConfigurationSchema, {
        ...common,
        method: 'PUT',
        body: input,
      }),
    previewRouting: (draft) =>
      requestJson(baseUrl, '/api/routing/preview', routingPreviewSchema, {
        ...common,
        method: 'POST',
        body: draft,
      }),
    audit: async (limit, scope = 'all') =>
      (await requestJson(baseUrl, `/api/audit?limit=${limit}&scope=${scope}`, auditListSchema, common))
        .entries,
    // Changes of types this console does not know (a newer service's) are skipped, never a failed sync.
    changes: async (since, limit) =>
      readableChanges(
        await requestJson(
          baseUrl,
          `/api/changes?since=${encodeURIComponent(String(since))}&limit=${limit}`,
          incomingChangeListSchema,
          common,
        ),
      ),
    ticketMail: (ticketId) => requestJson(baseUrl, `${ticketPath(ticketId)}/mail`, ticketMailSchema, common),
    originalMail: (inboundId) =>
      requestJson(
        baseUrl,
        `/api/mail/inbound/${encodeURIComponent(inboundId)}/original`,
        originalMailSchema,
        common,
      ),
    retryMail: async (outboundId) => {
      await requestJson(baseUrl, `/api/mail/outbound/${encodeURIComponent(outboundId)}/retry`, z.unknown(), {
        ...common,
        method: 'POST',
      });
    },
    officialDomains: () =>
      requestJson(baseUrl, '/api/settings/official-domains', officialDomainsSchema, common),
    saveOfficialDomains: (domains) =>
      requestJson(baseUrl, '/api/settings/official-domains', officialDomainsSchema, {
        ...common,
        method: 'PUT',
        body: { domains },
      }),
    teamScope: () => requestJson(baseUrl, '/api/settings/team-scope', teamScopeSettingSchema, common),
    saveTeamScope: (setting) =>
      requestJson(baseUrl, '/api/settings/team-scope', teamScopeSettingSchema, {
        ...common,
        method: 'PUT',
        body: setting,
      }),
  };
}

import type { z } from 'zod';
import { ApiError, apiErrorFromResponse, clientErrorCodes } from '../../renderer/api/api-error';
import type { IntakeRequest } from '../../shared/domain/schemas';
import {
  customerMessageReceiptSchema,
  intakeReceiptSchema,
  type CustomerMessageCreate,
  type CustomerMessageReceipt,
  type IntakeReceipt,
} from '../../shared/domain/workflow-schemas';
import {
  announcementListSchema,
  helpArticleListSchema,
  helpTicketSchema,
  intakePreviewSchema,
  type Announcement,
  type ExistingTicketMessage,
  type HelpArticle,
  type HelpTicket,
  type IntakePreview,
  type IntakePreviewRequest,
} from '../../shared/incidents/incident-schemas';

const assertionKey = 'help.customer-assertion';

/**
 * The exchange's site may hand a logged-in customer's `X-Customer-Assertion` in the URL fragment
 * (`/help#assertion=<jwt>`): fragments never reach servers or referrers. It is moved to this tab's
 * sessionStorage and removed from the address bar.
 */
export function adoptAssertionFromUrl(): void {
  const match = /(?:^#|&)assertion=([^&]+)/.exec(window.location.hash);
  if (match?.[1] === undefined) {
    return;
  }
  try {
    window.sessionStorage.setItem(assertionKey, decodeURIComponent(match[1]));
  } catch {
    // Without storage the customer is simply not verified.
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

function assertionHeader(): Record<string, string> {
  try {
    const assertion = window.sessionStorage.getItem(assertionKey);
    return assertion === null ? {} : { 'x-customer-assertion': assertion };
  } catch {
    return {};
  }
}

async function send<Schema extends z.ZodType>(
  schema: Schema,
  path: string,
  options: { method?: string; body?: unknown; token?: string; signal?: AbortSignal } = {},
): Promise<z.infer<Schema>> {
  const headers: Record<string, string> = { ...assertionHeader() };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (options.token !== undefined) {
    headers.authorization = `Bearer ${options.token}`;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError({ status: 0, code: clientErrorCodes.network, message: 'network error' });
  }
  const text = await response.text();
  if (!response.ok) {
    throw apiErrorFromResponse(response.status, text);
  }
  const parsed = schema.safeParse(text === '' ? null : JSON.parse(text));
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: clientErrorCodes.invalidResponse,
      message: 'bad answer',
    });
  }
  return parsed.data;
}

/** The service's public help-center calls (docs/api.md "Help center"), same origin. */
export const helpApi = {
  announcements: async (): Promise<Announcement[]> =>
    (await send(announcementListSchema, '/api/announcements')).announcements,
  articles: async (): Promise<HelpArticle[]> =>
    (await send(helpArticleListSchema, '/api/help/articles')).articles,
  preview: (form: IntakePreviewRequest, signal: AbortSignal): Promise<IntakePreview> =>
    send(intakePreviewSchema, '/api/intake/preview', { method: 'POST', body: form, signal }),
  deflect: async (announcementId: string): Promise<void> => {
    const response = await fetch(`/api/announcements/${encodeURIComponent(announcementId)}/deflections`, {
      method: 'POST',
    });
    if (!response.ok && response.status !== 404) {
      throw apiErrorFromResponse(response.status, await response.text());
    }
  },
  /** A verified customer's text added to their open ticket (the preview's `existing_ticket`). */
  addToExisting: (message: ExistingTicketMessage): Promise<CustomerMessageReceipt> =>
    send(customerMessageReceiptSchema, '/api/help/existing-ticket/messages', {
      method: 'POST',
      body: message,
    }),
  submit: (intake: IntakeRequest): Promise<IntakeReceipt> =>
    send(intakeReceiptSchema, '/api/tickets', { method: 'POST', body: intake }),
  ticket: (token: string): Promise<HelpTicket> => send(helpTicketSchema, '/api/help/ticket', { token }),
  reply: (token: string, ticketId: string, message: CustomerMessageCreate): Promise<CustomerMessageReceipt> =>
    send(customerMessageReceiptSchema, `/api/tickets/${encodeURIComponent(ticketId)}/customer-messages`, {
      method: 'POST',
      body: message,
      token,
    }),
  /** A file of the ticket as a blob (the access token cannot ride on a plain link). */
  attachment: async (token: string, attachmentId: string): Promise<Blob> => {
    const response = await fetch(`/api/help/ticket/attachments/${encodeURIComponent(attachmentId)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw apiErrorFromResponse(response.status, await response.text());
    }
    return response.blob();
  },
};

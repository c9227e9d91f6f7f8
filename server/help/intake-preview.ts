import { customerTexts, evaluateChecklist } from '../../shared/checklist/evaluate';
import type { RequiredItemRules } from '../../shared/checklist/items';
import { describeTicket } from '../../shared/duplicates/features';
import type { IntakePreview, IntakePreviewRequest } from '../../shared/incidents/incident-schemas';
import type { DuplicateService } from '../duplicates/duplicate-service';
import type { IncidentService } from '../incidents/incident-service';
import { emailKey } from '../storage/agent-store';
import { categoryKeyFor } from '../storage/categories';
import type { SqlExecutor } from '../storage/database';
import type { VerifiedCustomer } from './customer-assertion';

/** The most announcements a preview offers. */
const announcementLimit = 3;

/** What the preview reads besides the form. */
export interface PreviewContext {
  rules: RequiredItemRules;
  incidents: IncidentService;
  duplicates: DuplicateService | null;
  database: SqlExecutor;
  /** The customer the request's `X-Customer-Assertion` vouches for, or null. */
  customer: VerifiedCustomer | null;
  receivedAt: Date;
}

/**
 * The help center form's guidance (`POST /api/intake/preview`): the category's required checklist items the
 * text does not give yet, the live announcements the text (or the chosen category) may be about, and, only
 * for a verified customer, their open ticket about the same problem. Never reads the form's own e-mail
 * against stored tickets, so it tells nothing about anyone else's; the checklist runs on the text as typed
 * (one `evaluateChecklist`), the announcements from memory, the ticket from the in-memory duplicate index
 * plus one indexed query.
 */
export async function previewIntake(
  request: IntakePreviewRequest,
  context: PreviewContext,
): Promise<IntakePreview> {
  const category = request.category ? categoryKeyFor(request.category) : null;
  const hasText = request.subject.trim() !== '' || request.body.trim() !== '';
  const checklist = evaluateChecklist({
    category,
    rules: context.rules,
    texts: customerTexts(request.subject, request.body, []),
    attachments: request.attachments ?? [],
    requester: { email: request.requester?.email ?? '', locale: request.requester?.locale ?? null },
    referenceTime: context.receivedAt,
    provided: { occurredAt: request.occurred_at ?? null, device: request.device ?? null },
  });
  const missing = checklist.items.filter((item) => item.required && !item.present).map((item) => item.key);
  if (!hasText && category === null) {
    return { missing, announcements: [], existing_ticket: null };
  }
  const customerKey = context.customer === null ? '' : emailKey(context.customer.email);
  const document = describeTicket({
    subject: request.subject,
    body: request.body,
    category,
    createdAtMs: context.receivedAt.getTime(),
    customerKey,
  });
  const matches = await context.incidents.match(document);
  const announcements = matches
    .slice(0, announcementLimit)
    .map(({ content }) => ({ id: content.id, title: content.title }));
  return { missing, announcements, existing_ticket: await existingTicket(context, document, hasText) };
}

async function existingTicket(
  context: PreviewContext,
  document: ReturnType<typeof describeTicket>,
  hasText: boolean,
): Promise<IntakePreview['existing_ticket']> {
  if (context.customer === null || context.duplicates === null || !hasText) {
    return null;
  }
  const candidates = (await context.duplicates.lookup(document)).possibleDuplicates.map((match) => match.id);
  if (candidates.length === 0) {
    return null;
  }
  // The index keys customers by e-mail; the ticket must also be theirs by that e-mail and still open.
  const rows = await context.database.query<{ number: number | string }>(
    `select t.number from tickets t join customers c on c.id = t.customer_id
     where t.id = any($1::uuid[]) and c.email_key = $2 and t.status not in ('solved', 'closed')
     order by array_position($1::uuid[], t.id) limit 1`,
    [candidates, emailKey(context.customer.email)],
  );
  const row = rows[0];
  return row === undefined ? null : { number: Number(row.number) };
}

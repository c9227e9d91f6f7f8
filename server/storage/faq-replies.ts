import type { z } from 'zod';
import type { FaqReply, faqReplyInputSchema } from '../../shared/domain/faq-schemas';
import { appendChanges } from './change-log';
import type { SqlExecutor } from './database';
import { isoTime, type TimestampValue } from './rows';
import { firstRow, isUuid, queryJsonRows } from './sql-helpers';

/**
 * Rows of `faq_replies` (migration 0007). Every function takes the executor of the caller's transaction;
 * writes end with `faq.updated` (no ticket) so every console refetches the library.
 */

/** A reply as a lead wrote it, validated and with defaults applied. */
export type FaqReplyContent = z.output<typeof faqReplyInputSchema>;

type FaqReplyJson = Omit<FaqReply, 'created_at' | 'updated_at'> & {
  created_at: TimestampValue;
  updated_at: TimestampValue;
};

// As JSON, so titles and bodies come back exactly as stored (see queryJsonRows).
const replyJson = `json_build_object(
  'id', id, 'folder', folder, 'keywords', keywords, 'categories', categories, 'variants', variants,
  'prompts', prompts, 'actions', actions, 'retired', retired, 'public', is_public, 'usage_count', usage_count,
  'usage_by_category', usage_by_category, 'created_at', created_at, 'updated_at', updated_at,
  'version', version) as json_row`;

function replyFromJson(row: FaqReplyJson): FaqReply {
  return { ...row, created_at: isoTime(row.created_at), updated_at: isoTime(row.updated_at) };
}

/** Every reply, retired ones included, by folder then creation. */
export async function listFaqReplies(executor: SqlExecutor): Promise<FaqReply[]> {
  const rows = await queryJsonRows<FaqReplyJson>(
    executor,
    `select ${replyJson} from faq_replies order by folder, created_at, id`,
  );
  return rows.map(replyFromJson);
}

/** The reply `id`, or null (also for an id that is not a UUID). */
export async function readFaqReply(
  executor: SqlExecutor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<FaqReply | null> {
  if (!isUuid(id)) {
    return null;
  }
  const rows = await queryJsonRows<FaqReplyJson>(
    executor,
    `select ${replyJson} from faq_replies where id = $1${options.forUpdate ? ' for update' : ''}`,
    [id],
  );
  return rows[0] ? replyFromJson(rows[0]) : null;
}

function contentParameters(content: FaqReplyContent): (string | boolean)[] {
  return [
    content.folder,
    JSON.stringify(content.keywords),
    JSON.stringify(content.categories),
    JSON.stringify(content.variants),
    JSON.stringify(content.prompts),
    JSON.stringify(content.actions),
    content.retired,
  ];
}

/** Inserts a reply (with `id` when given, e.g. an import restoring a library) and resolves with it. */
export async function insertFaqReply(
  transaction: SqlExecutor,
  content: FaqReplyContent,
  id: string | null = null,
): Promise<FaqReply> {
  const rows = await queryJsonRows<FaqReplyJson>(
    transaction,
    `insert into faq_replies (id, folder, keywords, categories, variants, prompts, actions, retired)
     values (coalesce($1::uuid, gen_random_uuid()), $2, $3::jsonb, $4::jsonb, $5::jsonb, $6::jsonb, $7::jsonb, $8)
     returning ${replyJson}`,
    [id, ...contentParameters(content)],
  );
  return replyFromJson(firstRow(rows));
}

/** Replaces the content of reply `id` (usage counts stay), bumping its version; resolves with it. */
export async function replaceFaqReply(
  transaction: SqlExecutor,
  id: string,
  content: FaqReplyContent,
): Promise<FaqReply> {
  const rows = await queryJsonRows<FaqReplyJson>(
    transaction,
    `update faq_replies set folder = $2, keywords = $3::jsonb, categories = $4::jsonb, variants = $5::jsonb,
       prompts = $6::jsonb, actions = $7::jsonb, retired = $8, updated_at = now(), version = version + 1
     where id = $1 returning ${replyJson}`,
    [id, ...contentParameters(content)],
  );
  return replyFromJson(firstRow(rows));
}

/**
 * Counts one insertion of reply `id` on a ticket of `category` (null: only the total). Not an edit: the
 * version stays, so a lead editing the reply meanwhile gets no conflict. Resolves with the reply, or null.
 */
export async function recordFaqUsage(
  transaction: SqlExecutor,
  id: string,
  category: string | null,
): Promise<FaqReply | null> {
  if (!isUuid(id)) {
    return null;
  }
  const rows = await queryJsonRows<FaqReplyJson>(
    transaction,
    `update faq_replies set usage_count = usage_count + 1,
       usage_by_category = case when $2::text is null then usage_by_category
         else jsonb_set(usage_by_category, array[$2::text],
           to_jsonb(coalesce((usage_by_category ->> $2::text)::integer, 0) + 1)) end
     where id = $1 returning ${replyJson}`,
    [id, category],
  );
  return rows[0] ? replyFromJson(rows[0]) : null;
}

/** Records that the library changed (call last in the transaction: it takes the change-log lock). */
export async function announceFaqChange(transaction: SqlExecutor, agentId: string | null): Promise<void> {
  await appendChanges(transaction, [{ type: 'faq.updated', ticketId: null, agentId }]);
}

/** The category of ticket `id` (a UUID), `undefined` when there is no such ticket. */
export async function ticketCategory(executor: SqlExecutor, id: string): Promise<string | null | undefined> {
  if (!isUuid(id)) {
    return undefined;
  }
  const rows = await executor.query<{ category: string | null }>(
    'select category from tickets where id = $1',
    [id],
  );
  return rows[0] === undefined ? undefined : rows[0].category;
}

/** The keys of every category. */
export async function categoryKeys(executor: SqlExecutor): Promise<Set<string>> {
  const rows = await executor.query<{ key: string }>('select key from categories');
  return new Set(rows.map((row) => row.key));
}

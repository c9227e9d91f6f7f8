import type { FaqImportResult, FaqReply } from '../../shared/domain/faq-schemas';
import type { SqlExecutor } from '../storage/database';
import {
  announceFaqChange,
  categoryKeys,
  insertFaqReply,
  listFaqReplies,
  readFaqReply,
  recordFaqUsage,
  replaceFaqReply,
  ticketCategory,
  type FaqReplyContent,
} from '../storage/faq-replies';
import { isUuid } from '../storage/sql-helpers';
import type { ImportEntry } from './exchange';
import { canonicalJson, contentOf, faqContentProblem, parseImportItem, type FaqProblem } from './validation';

/**
 * The FAQ library's operations over one transaction each. The routes reach the database through the ticket
 * store's `loadInTransaction` (the store announces committed changes to the live broadcaster), so the library
 * needs no handle of its own in the service's context.
 */
export type RunInTransaction = <T>(work: (transaction: SqlExecutor) => Promise<T>) => Promise<T>;

/** Why a write was refused. */
export type FaqRefusal =
  | { refusal: 'invalid'; problem: FaqProblem }
  | { refusal: 'not_found' }
  | { refusal: 'version_conflict'; current: number }
  | { refusal: 'unknown_ticket' };

export interface FaqLibraryOperations {
  list(): Promise<FaqReply[]>;
  create(content: FaqReplyContent, agentId: string): Promise<FaqReply | FaqRefusal>;
  replace(
    id: string,
    content: FaqReplyContent,
    expectedVersion: number | null,
    agentId: string,
  ): Promise<FaqReply | FaqRefusal>;
  retire(id: string, agentId: string): Promise<FaqReply | FaqRefusal>;
  recordUsage(id: string, ticketId: string): Promise<FaqReply | FaqRefusal>;
  importEntries(entries: readonly ImportEntry[], agentId: string): Promise<FaqImportResult>;
}

/** Folder and first title, the identity of a reply imported without an id. */
function naturalKey(content: FaqReplyContent): string {
  return `${content.folder.trim().toLowerCase()}\u0000${content.variants[0]?.title.trim().toLowerCase() ?? ''}`;
}

export function isFaqRefusal(outcome: FaqReply | FaqRefusal): outcome is FaqRefusal {
  return 'refusal' in outcome;
}

export function faqLibraryOperations(run: RunInTransaction): FaqLibraryOperations {
  return {
    list: () => run((transaction) => listFaqReplies(transaction)),

    create: (content, agentId) =>
      run(async (transaction) => {
        const problem = faqContentProblem(content, await categoryKeys(transaction));
        if (problem !== null) {
          return { refusal: 'invalid', problem };
        }
        const reply = await insertFaqReply(transaction, content);
        await announceFaqChange(transaction, agentId);
        return reply;
      }),

    replace: (id, content, expectedVersion, agentId) =>
      run(async (transaction) => {
        const current = await readFaqReply(transaction, id, { forUpdate: true });
        if (current === null) {
          return { refusal: 'not_found' };
        }
        if (expectedVersion !== null && expectedVersion !== current.version) {
          return { refusal: 'version_conflict', current: current.version };
        }
        const problem = faqContentProblem(content, await categoryKeys(transaction));
        if (problem !== null) {
          return { refusal: 'invalid', problem };
        }
        const reply = await replaceFaqReply(transaction, id, content);
        await announceFaqChange(transaction, agentId);
        return reply;
      }),

    retire: (id, agentId) =>
      run(async (transaction) => {
        const current = await readFaqReply(transaction, id, { forUpdate: true });
        if (current === null) {
          return { refusal: 'not_found' };
        }
        if (current.retired) {
          return current;
        }
        const reply = await replaceFaqReply(transaction, id, { ...contentOf(current), retired: true });
        await announceFaqChange(transaction, agentId);
        return reply;
      }),

    recordUsage: (id, ticketId) =>
      run(async (transaction) => {
        const category = await ticketCategory(transaction, ticketId);
        if (category === undefined) {
          return { refusal: 'unknown_ticket' };
        }
        return (await recordFaqUsage(transaction, id, category)) ?? { refusal: 'not_found' };
      }),

    importEntries: (entries, agentId) =>
      run(async (transaction) => {
        const known = await categoryKeys(transaction);
        const existing = await listFaqReplies(transaction);
        const byId = new Map(existing.map((reply) => [reply.id, reply]));
        const byKey = new Map(existing.map((reply) => [naturalKey(reply), reply]));
        const result: FaqImportResult = { imported: 0, updated: 0, errors: [] };
        for (const entry of entries) {
          if ('error' in entry) {
            result.errors.push({ index: entry.index, message: entry.error });
            continue;
          }
          const parsed = parseImportItem(entry.input);
          if ('problem' in parsed) {
            result.errors.push({ index: entry.index, message: parsed.problem.message });
            continue;
          }
          const { id, ...content } = parsed.item;
          if (id !== undefined && !isUuid(id)) {
            result.errors.push({ index: entry.index, message: `id: ${id} is not a reply id (a UUID)` });
            continue;
          }
          const problem = faqContentProblem(content, known);
          if (problem !== null) {
            result.errors.push({ index: entry.index, message: problem.message });
            continue;
          }
          const match = id === undefined ? byKey.get(naturalKey(content)) : byId.get(id.toLowerCase());
          let stored: FaqReply;
          if (match === undefined) {
            stored = await insertFaqReply(transaction, content, id ?? null);
            result.imported += 1;
          } else if (canonicalJson(contentOf(match)) !== canonicalJson(contentOf(content))) {
            stored = await replaceFaqReply(transaction, match.id, content);
            result.updated += 1;
          } else {
            // The same content again: nothing to write, so a repeated import changes nothing.
            continue;
          }
          byId.set(stored.id, stored);
          byKey.set(naturalKey(stored), stored);
        }
        if (result.imported + result.updated > 0) {
          await announceFaqChange(transaction, agentId);
        }
        return result;
      }),
  };
}

import { z } from 'zod';
import { faqReplySchema, type FaqReply } from '../../../shared/domain/faq-schemas';

/**
 * Where the console keeps its offline copy of the FAQ library. An interface so the offline cache (Dexie)
 * can replace the localStorage implementation without touching the store or the picker.
 */
export interface FaqLibraryRepository {
  /** The cached library, or null when nothing (readable) was cached. */
  read: () => Promise<FaqReply[] | null>;
  write: (replies: readonly FaqReply[]) => Promise<void>;
}

const cachedLibrarySchema = z.object({ replies: z.array(faqReplySchema) });

/** The localStorage key of one service's cached library (two services never share a cache). */
export function faqCacheKey(serviceUrl: string): string {
  return `support-console.faq-library:${serviceUrl}`;
}

/**
 * The library in localStorage, validated on the way out: a cache written by an older console, or damaged,
 * reads as empty instead of breaking the picker.
 */
export function createLocalStorageFaqRepository(
  serviceUrl: string,
  storage: Storage = localStorage,
): FaqLibraryRepository {
  const key = faqCacheKey(serviceUrl);
  return {
    read: () => {
      try {
        const text = storage.getItem(key);
        if (text === null) {
          return Promise.resolve(null);
        }
        const parsed = cachedLibrarySchema.safeParse(JSON.parse(text));
        return Promise.resolve(parsed.success ? parsed.data.replies : null);
      } catch {
        return Promise.resolve(null);
      }
    },
    write: (replies) => {
      try {
        storage.setItem(key, JSON.stringify({ replies }));
      } catch {
        // A full or disabled storage only costs the offline copy; the library in memory still works.
      }
      return Promise.resolve();
    },
  };
}

/** A repository that keeps nothing (tests, or a browser without storage). */
export function createMemoryFaqRepository(initial: readonly FaqReply[] | null = null): FaqLibraryRepository {
  let replies = initial === null ? null : [...initial];
  return {
    read: () => Promise.resolve(replies === null ? null : [...replies]),
    write: (next) => {
      replies = [...next];
      return Promise.resolve();
    },
  };
}

import { z } from 'zod';
import { agentSchema, categorySchema, type Agent, type Category } from '../../shared/domain/schemas';
import type { CacheDatabase } from './cache-database';

/** The team's agents and the categories, as the queue's lookups need them. */
export interface Directory {
  agents: readonly Agent[];
  categories: readonly Category[];
}

const directoryKey = 'directory';
const storedDirectorySchema = z.object({
  agents: z.array(agentSchema),
  categories: z.array(categorySchema),
});

/**
 * The agents and categories the service last gave, so a console started offline shows assignees and
 * categories by name. Null when none was kept, or when the kept copy no longer reads as one (an older
 * console's shape): the names then wait for the service, as before.
 */
export async function readCachedDirectory(database: CacheDatabase): Promise<Directory | null> {
  const row = await database.sync_state.get(directoryKey);
  const parsed = storedDirectorySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Keeps the directory the service just gave (it replaces the previous copy whole). */
export async function writeCachedDirectory(database: CacheDatabase, directory: Directory): Promise<void> {
  await database.sync_state.put({
    key: directoryKey,
    value: { agents: [...directory.agents], categories: [...directory.categories] },
  });
}

import type { TFunction } from 'i18next';
import type { Agent, Category } from '../../../shared/domain/schemas';
import { defaultCategories } from '../../../shared/domain/vocabulary';
import type { QueueLookups } from './queue-model';

/**
 * Names for ids, as the queue shows and sorts them: agents by name; default categories in the UI language,
 * categories a lead added by the name the service gives them.
 */
export function createQueueLookups(
  agents: readonly Agent[],
  categories: readonly Category[],
  t: TFunction,
): QueueLookups {
  const agentNames = new Map(agents.map((agent) => [agent.id, agent.name]));
  const categoryNames = new Map<string, string>(categories.map((category) => [category.key, category.name]));
  for (const key of defaultCategories) {
    categoryNames.set(key, t(`category.${key}`));
  }
  return {
    agentName: (id) => agentNames.get(id) ?? null,
    categoryName: (key) => categoryNames.get(key) ?? key,
  };
}

/** The category filter's options: every known category (service list plus any seen on tickets), by name. */
export function categoryOptions(
  categories: readonly Category[],
  lookups: QueueLookups,
): { key: string; name: string }[] {
  const keys = new Set<string>(defaultCategories);
  for (const category of categories) {
    keys.add(category.key);
  }
  return Array.from(keys, (key) => ({ key, name: lookups.categoryName(key) })).sort((left, right) =>
    left.name.localeCompare(right.name),
  );
}

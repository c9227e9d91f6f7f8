import type { Category } from '../../shared/domain/schemas';
import type { SqlExecutor } from './database';
import { queryJsonRows } from './sql-helpers';

const categoryJson = "json_build_object('key', key, 'name', name, 'is_default', is_default) as json_row";

/** Every category, the defaults first, then the others by key. */
export async function listCategories(executor: SqlExecutor): Promise<Category[]> {
  return queryJsonRows<Category>(
    executor,
    `select ${categoryJson} from categories order by is_default desc, key`,
  );
}

/** Creates a category (a no-op when the key exists) and resolves with it as stored. */
export async function createCategory(executor: SqlExecutor, key: string, name: string): Promise<Category> {
  await executor.query('insert into categories (key, name) values ($1, $2) on conflict (key) do nothing', [
    key,
    name,
  ]);
  const rows = await queryJsonRows<Category>(
    executor,
    `select ${categoryJson} from categories where key = $1`,
    [key],
  );
  const category = rows[0];
  if (category === undefined) {
    throw new Error(`category ${key} vanished`);
  }
  return category;
}

/**
 * The category key a free-text category names: lower case, runs of other characters turned into one
 * underscore (`"Deposit / Withdrawal"` → `deposit_withdrawal`); null when nothing usable is left.
 */
export function categoryKeyFor(text: string): string | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+|_+$/g, '')
    .slice(0, 63)
    .replace(/_+$/g, '');
  return key === '' ? null : key;
}

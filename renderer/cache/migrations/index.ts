import type { CacheMigration } from './migration';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

/** Every schema version in order; a new version is a new file appended here. */
export const cacheMigrations: readonly CacheMigration[] = [v1, v2, v3];

import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateToken } from '../storage/credentials';

/** The admin token the service uses, and whether it was just made (then it is shown once). */
export interface AdminToken {
  token: string;
  isNew: boolean;
}

/** Name of the file in the data folder that keeps a generated admin token. */
export const adminTokenFileName = 'admin-token';

/**
 * The admin token: `explicit` when given; else the one kept in `<dataDir>/admin-token`; else a new one,
 * written there (mode 600) when there is a data folder.
 */
export function resolveAdminToken(explicit: string | undefined, dataDir: string | null): AdminToken {
  if (explicit !== undefined && explicit !== '') {
    return { token: explicit, isNew: false };
  }
  if (dataDir === null) {
    return { token: generateToken(), isNew: true };
  }
  const file = join(dataDir, adminTokenFileName);
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept !== '') {
      return { token: kept, isNew: false };
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const token = generateToken();
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, isNew: true };
}

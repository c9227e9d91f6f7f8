import { localStorageOrNull } from './local-storage';

/**
 * Small per-agent settings of this screen (the reply box's height, the checklist folded): kept in
 * localStorage, where a refused or full storage only costs remembering them.
 */

/** The key of setting `name` for one agent. */
export function rememberedKey(name: string, agentId: string): string {
  return `support-console.${name}:${encodeURIComponent(agentId)}`;
}

/** The stored text of a setting, or null. */
export function readRemembered(
  name: string,
  agentId: string,
  storage: Storage | null = localStorageOrNull(),
): string | null {
  try {
    return storage?.getItem(rememberedKey(name, agentId)) ?? null;
  } catch {
    return null;
  }
}

/** Stores a setting's text; failures are ignored (nothing is lost but the setting). */
export function writeRemembered(
  name: string,
  agentId: string,
  value: string,
  storage: Storage | null = localStorageOrNull(),
): void {
  try {
    storage?.setItem(rememberedKey(name, agentId), value);
  } catch {
    // A full or refused storage only costs remembering the setting.
  }
}

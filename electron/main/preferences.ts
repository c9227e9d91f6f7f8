import { z } from 'zod';
import type { DesktopPreferences, DesktopPreferencesUpdate, IpcResult } from '../../shared/ipc';
import { normaliseServiceUrl } from './settings';

/**
 * The desktop settings the agent edits in the console (Settings → Desktop), kept in the same
 * `settings.json` as the service connection: `{ serviceUrl, mutedNotifications, updateFeedUrl }`. Reading
 * is lenient (a hand-edited file with a bad value loses that value, not the others); writing validates.
 */

/** Settings of a fresh installation: the embedded service, every notification on, the built-in feed. */
export const defaultPreferences: DesktopPreferences = {
  serviceUrl: null,
  mutedNotifications: { assignment: false, customerReply: false, slaAtRisk: false },
  updateFeedUrl: null,
};

const fileSchema = z.looseObject({
  serviceUrl: z.string().nullable().optional().catch(undefined),
  mutedNotifications: z
    .object({
      assignment: z.boolean().optional().catch(undefined),
      customerReply: z.boolean().optional().catch(undefined),
      slaAtRisk: z.boolean().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  updateFeedUrl: z.string().nullable().optional().catch(undefined),
});

/** The settings in a `settings.json` text (null: no file). Never throws. */
export function parsePreferences(fileText: string | null): DesktopPreferences {
  if (fileText === null) {
    return defaultPreferences;
  }
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return defaultPreferences;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    return defaultPreferences;
  }
  const muted = parsed.data.mutedNotifications ?? {};
  return {
    serviceUrl: validOrNull(parsed.data.serviceUrl, normaliseServiceUrl),
    mutedNotifications: {
      assignment: muted.assignment ?? false,
      customerReply: muted.customerReply ?? false,
      slaAtRisk: muted.slaAtRisk ?? false,
    },
    updateFeedUrl: validOrNull(parsed.data.updateFeedUrl, normaliseUpdateFeedUrl),
  };
}

/** The file text for these settings (other keys already in the file are kept). */
export function serialisePreferences(preferences: DesktopPreferences, fileText: string | null): string {
  let existing: Record<string, unknown> = {};
  try {
    const json: unknown = fileText === null ? {} : JSON.parse(fileText);
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      existing = json as Record<string, unknown>;
    }
  } catch {
    // A broken file is replaced by a valid one.
  }
  return `${JSON.stringify({ ...existing, ...preferences }, null, 2)}\n`;
}

/**
 * Applies a change from the console: checks each value (a service URL by the same rules as the settings
 * file, an update feed over https only) and reports the first bad field instead of saving half of it.
 */
export function applyPreferencesUpdate(
  current: DesktopPreferences,
  update: DesktopPreferencesUpdate,
): IpcResult<'preferences:update'> {
  const next: DesktopPreferences = {
    ...current,
    mutedNotifications: { ...current.mutedNotifications, ...definedOnly(update.mutedNotifications ?? {}) },
  };
  if (update.serviceUrl !== undefined) {
    const checked = check(update.serviceUrl, normaliseServiceUrl);
    if (!checked.ok) {
      return { ok: false, field: 'serviceUrl', message: checked.message };
    }
    next.serviceUrl = checked.value;
  }
  if (update.updateFeedUrl !== undefined) {
    const checked = check(update.updateFeedUrl, normaliseUpdateFeedUrl);
    if (!checked.ok) {
      return { ok: false, field: 'updateFeedUrl', message: checked.message };
    }
    next.updateFeedUrl = checked.value;
  }
  return { ok: true, preferences: next, restartRequired: next.serviceUrl !== current.serviceUrl };
}

/** An update feed must be https (updates are code: they must not be swapped on the way). */
export function normaliseUpdateFeedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`"${value.slice(0, 100)}" is not a URL`);
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) {
    throw new Error('the update feed must be an https:// URL without credentials, query or fragment');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

type Checked = { ok: true; value: string | null } | { ok: false; message: string };

/** Empty text and null both mean "not set". */
function check(value: string | null, normalise: (value: string) => string): Checked {
  if (value === null || value.trim() === '') {
    return { ok: true, value: null };
  }
  try {
    return { ok: true, value: normalise(value) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function validOrNull(value: string | null | undefined, normalise: (value: string) => string): string | null {
  const checked = check(value ?? null, normalise);
  return checked.ok ? checked.value : null;
}

function definedOnly<T extends object>(value: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}

import { z } from 'zod';

/** Name of the desktop settings file in the app's user-data folder. */
export const settingsFileName = 'settings.json';

/** Environment variable that overrides the settings file's `serviceUrl` (handy for testing a team service). */
export const serviceUrlVariable = 'SUPPORT_CONSOLE_SERVICE_URL';

/** The desktop shell's own settings: `{ "serviceUrl": "https://support.example.com" }`, all optional. */
export interface DesktopSettings {
  /** The team ticket service; null means "embed a local service". */
  serviceUrl: string | null;
}

/** Settings read from disk, and what was wrong with them (the app then falls back to the embedded service). */
export interface SettingsReading {
  settings: DesktopSettings;
  problem: string | null;
}

const settingsFileSchema = z.looseObject({ serviceUrl: z.string().nullable().optional() });

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a team service URL and returns it normalised (no trailing slash). Accepts https anywhere and
 * plain http only on this machine (agent tokens must not cross a network in clear). Throws a readable
 * error otherwise.
 */
export function normaliseServiceUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`"${value.slice(0, 100)}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('the service URL must start with https://');
  }
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    throw new Error('plain http is only allowed for a service on this machine; use https://');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error('the service URL must not contain credentials, a query or a fragment');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Reads the settings file's text (null when there is none) and the environment override. Never throws:
 * a broken file is reported as `problem` and ignored.
 */
export function readSettings(fileText: string | null, environmentUrl: string | undefined): SettingsReading {
  if (environmentUrl && environmentUrl.trim() !== '') {
    try {
      return { settings: { serviceUrl: normaliseServiceUrl(environmentUrl) }, problem: null };
    } catch (error) {
      return { settings: { serviceUrl: null }, problem: `${serviceUrlVariable}: ${messageOf(error)}` };
    }
  }
  if (fileText === null || fileText.trim() === '') {
    return { settings: { serviceUrl: null }, problem: null };
  }
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { settings: { serviceUrl: null }, problem: `${settingsFileName} is not valid JSON` };
  }
  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) {
    return { settings: { serviceUrl: null }, problem: `${settingsFileName}: "serviceUrl" must be a string` };
  }
  const serviceUrl = parsed.data.serviceUrl;
  if (serviceUrl === undefined || serviceUrl === null || serviceUrl.trim() === '') {
    return { settings: { serviceUrl: null }, problem: null };
  }
  try {
    return { settings: { serviceUrl: normaliseServiceUrl(serviceUrl) }, problem: null };
  } catch (error) {
    return { settings: { serviceUrl: null }, problem: `${settingsFileName}: ${messageOf(error)}` };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

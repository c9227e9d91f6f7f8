import { z } from 'zod';
import { supportedLanguages } from './domain/vocabulary';

/**
 * The one IPC contract between the Electron main process and the console (CONVENTIONS.md §3-4).
 * Channels are named `area:verb`. Each request channel has a zod schema for its argument and result;
 * exactly two files touch raw IPC: `electron/main/ipc-handlers.ts` (typed `handle()`, checks the sender
 * frame and parses every argument) and `electron/preload.ts` (typed `invoke()`).
 * In browser mode `window.desktop` is absent; the renderer feature-detects it.
 */

/** How the console reaches its ticket service, as the desktop shell tells it. */
export const connectionInfoSchema = z.object({
  /** Base URL of the ticket service, e.g. `http://127.0.0.1:53121`. */
  serviceUrl: z.string().url(),
  /** A token for the local agent when the service is embedded; null when the agent must log in. */
  token: z.string().nullable(),
  /** Whether the service is the embedded local one or a team service. */
  mode: z.enum(['embedded', 'team']),
});
export type ConnectionInfo = z.infer<typeof connectionInfoSchema>;

/** Kinds of native notification, each of which the agent can mute. */
export const desktopNotificationKinds = ['assignment', 'customerReply', 'slaAtRisk'] as const;
export type DesktopNotificationKind = (typeof desktopNotificationKinds)[number];
/** Notifications no one mutes: a lead's security alert (an agent ran past the read budget, docs/security.md). */
export const alertNotificationKinds = ['readBudget'] as const;

/** A BCP 47 language tag such as `ko`, `zh-CN` or `en-US`. */
const languageTagSchema = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/** The desktop shell's settings the console shows and edits (Settings → Desktop). */
export const desktopPreferencesSchema = z.object({
  /** The team ticket service; null means the embedded local service. */
  serviceUrl: z.string().nullable(),
  /** Notification kinds the agent muted. */
  mutedNotifications: z.object({
    assignment: z.boolean(),
    customerReply: z.boolean(),
    slaAtRisk: z.boolean(),
  }),
  /** Where auto-update looks for new versions; null for the one built into the app. */
  updateFeedUrl: z.string().nullable(),
});
export type DesktopPreferences = z.infer<typeof desktopPreferencesSchema>;

/** A change to some desktop settings (absent keys stay as they are). */
export const desktopPreferencesUpdateSchema = z.strictObject({
  serviceUrl: z.string().max(2000).nullable().optional(),
  mutedNotifications: z
    .strictObject({
      assignment: z.boolean().optional(),
      customerReply: z.boolean().optional(),
      slaAtRisk: z.boolean().optional(),
    })
    .optional(),
  updateFeedUrl: z.string().max(2000).nullable().optional(),
});
export type DesktopPreferencesUpdate = z.infer<typeof desktopPreferencesUpdateSchema>;

/** A notification the console asks the shell to show (texts already translated). */
export const desktopNotificationSchema = z.strictObject({
  kind: z.enum([...desktopNotificationKinds, ...alertNotificationKinds]),
  /** The ticket a click opens. */
  ticketNumber: z.number().int().positive(),
  /** What makes it unique (the message id, the assignment's version): the same key is shown once. */
  key: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  body: z.string().max(500),
});
export type DesktopNotification = z.infer<typeof desktopNotificationSchema>;

/** A stored token and the service it belongs to. */
const storedTokenSchema = z.object({ token: z.string().nullable() });

/** Request channels: argument and result schemas. */
export const ipcRequests = {
  /** The service URL (and local token) the console should use. */
  'connection:get': { argument: z.void(), result: connectionInfoSchema },
  /** Platform facts the console adapts to (Cmd vs Ctrl). */
  'app:info': {
    argument: z.void(),
    result: z.object({ platform: z.enum(['darwin', 'win32', 'linux']), version: z.string() }),
  },
  /** The desktop shell's own settings (service connection, muted notifications, update feed). */
  'preferences:get': { argument: z.void(), result: desktopPreferencesSchema },
  /**
   * Changes some desktop settings and saves them. A bad value is refused with the field and a readable
   * reason; `restartRequired` says the service connection changed (applied by `app:relaunch`).
   */
  'preferences:update': {
    argument: desktopPreferencesUpdateSchema,
    result: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), preferences: desktopPreferencesSchema, restartRequired: z.boolean() }),
      z.object({ ok: z.literal(false), field: z.string(), message: z.string() }),
    ]),
  },
  /** The console's language: the tray menu and the shell's own dialogs follow it. */
  'app:set-language': { argument: z.object({ language: z.enum(supportedLanguages) }), result: z.void() },
  /** Restarts the app (to switch between the embedded and a team service without reinstalling). */
  'app:relaunch': { argument: z.void(), result: z.void() },
  /** Shows a native notification unless the agent muted its kind or it was shown already. */
  'notification:show': { argument: desktopNotificationSchema, result: z.object({ shown: z.boolean() }) },
  /** The number of the agent's open tickets needing a reply (dock badge, taskbar overlay, tray). */
  'badge:set': { argument: z.object({ count: z.number().int().min(0).max(1_000_000) }), result: z.void() },
  /** Whether a reply or note is being written: a "restart to update" prompt waits until it is not. */
  'composer:draft-state': { argument: z.object({ hasUnsentDraft: z.boolean() }), result: z.void() },
  /** The open ticket's customer language (BCP 47, null for none): the composer's spell-check language. */
  'spellcheck:set-language': {
    argument: z.object({ language: languageTagSchema.nullable() }),
    result: z.object({ languages: z.array(z.string()) }),
  },
  /** The agent's token for a team service, decrypted from the OS keychain (`safeStorage`); null if none. */
  'secrets:get-token': { argument: z.object({ serviceUrl: z.string().url() }), result: storedTokenSchema },
  /** Keeps the agent's token for a team service encrypted with `safeStorage` (never in web storage). */
  'secrets:set-token': {
    argument: z.object({ serviceUrl: z.string().url(), token: z.string().min(1).max(4096) }),
    result: z.object({ stored: z.boolean() }),
  },
  /** Forgets the stored token (sign-out, or a token the service refused). */
  'secrets:clear-token': { argument: z.void(), result: z.void() },
} as const;
export type IpcRequestChannel = keyof typeof ipcRequests;
export type IpcArgument<C extends IpcRequestChannel> = z.infer<(typeof ipcRequests)[C]['argument']>;
export type IpcResult<C extends IpcRequestChannel> = z.infer<(typeof ipcRequests)[C]['result']>;

/** Events the main process sends to the console. */
export const ipcEvents = {
  /** Open a ticket by number (deep link `support-console://ticket/<number>`). */
  'ticket:open': z.object({ number: z.number().int().positive() }),
  /** The agent paused or resumed assignments from the tray menu. */
  'assignments:paused': z.object({ paused: z.boolean() }),
} as const;
export type IpcEventChannel = keyof typeof ipcEvents;
export type IpcEventPayload<C extends IpcEventChannel> = z.infer<(typeof ipcEvents)[C]>;

/** Every event channel name, for validating a subscription. */
export const ipcEventChannelSchema = z.enum(
  Object.keys(ipcEvents) as [IpcEventChannel, ...IpcEventChannel[]],
);

/**
 * Fire-and-forget message the preload sends, with an event channel name as its only argument, right after
 * the console starts listening on that channel. Until then the main process holds the channel's events
 * back (the deep link that launched the app arrives before the console is listening) and then delivers
 * them. Generic plumbing of the bridge, not a feature: the console never sends it itself.
 */
export const ipcSubscribeChannel = 'events:subscribe';
export type IpcSubscribeChannel = typeof ipcSubscribeChannel;

/**
 * What the preload exposes as `window.desktop`. Named methods only; subscriptions return an unsubscribe.
 * The console declares it with `interface Window { readonly desktop?: import('../shared/ipc').DesktopApi }`
 * and feature-detects it: in browser mode it is absent.
 */
export interface DesktopApi {
  getConnection(): Promise<ConnectionInfo>;
  getAppInfo(): Promise<IpcResult<'app:info'>>;
  onOpenTicket(listener: (payload: IpcEventPayload<'ticket:open'>) => void): () => void;
  getPreferences(): Promise<DesktopPreferences>;
  updatePreferences(update: DesktopPreferencesUpdate): Promise<IpcResult<'preferences:update'>>;
  relaunch(): Promise<void>;
  setLanguage(language: IpcArgument<'app:set-language'>['language']): Promise<void>;
  showNotification(notification: DesktopNotification): Promise<IpcResult<'notification:show'>>;
  setBadgeCount(count: number): Promise<void>;
  setDraftState(hasUnsentDraft: boolean): Promise<void>;
  setSpellCheckLanguage(language: string | null): Promise<IpcResult<'spellcheck:set-language'>>;
  getToken(serviceUrl: string): Promise<string | null>;
  setToken(serviceUrl: string, token: string): Promise<boolean>;
  clearToken(): Promise<void>;
  onAssignmentsPaused(listener: (payload: IpcEventPayload<'assignments:paused'>) => void): () => void;
}

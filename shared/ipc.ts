import { z } from 'zod';

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

/** Request channels: argument and result schemas. */
export const ipcRequests = {
  /** The service URL (and local token) the console should use. */
  'connection:get': { argument: z.void(), result: connectionInfoSchema },
  /** Platform facts the console adapts to (Cmd vs Ctrl). */
  'app:info': {
    argument: z.void(),
    result: z.object({ platform: z.enum(['darwin', 'win32', 'linux']), version: z.string() }),
  },
} as const;
export type IpcRequestChannel = keyof typeof ipcRequests;
export type IpcArgument<C extends IpcRequestChannel> = z.infer<(typeof ipcRequests)[C]['argument']>;
export type IpcResult<C extends IpcRequestChannel> = z.infer<(typeof ipcRequests)[C]['result']>;

/** Events the main process sends to the console. */
export const ipcEvents = {
  /** Open a ticket by number (deep link `support-console://ticket/<number>`). */
  'ticket:open': z.object({ number: z.number().int().positive() }),
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
}

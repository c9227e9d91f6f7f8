import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  DesktopApi,
  IpcArgument,
  IpcEventChannel,
  IpcEventPayload,
  IpcRequestChannel,
  IpcResult,
  IpcSubscribeChannel,
} from '../shared/ipc';

/**
 * The console's bridge to the desktop shell, exposed as `window.desktop`. One of the two files that touch
 * raw IPC (the other is `electron/main/ipc-handlers.ts`, which checks the sender and parses every
 * argument). Named methods only, no logic beyond unwrapping a result; `shared/ipc.ts` is imported for
 * types only, so nothing but `electron` is required at run time (this script runs sandboxed, as CommonJS).
 */

const subscribeChannel: IpcSubscribeChannel = 'events:subscribe';

/** Calls a request channel of the contract. */
function invoke<C extends IpcRequestChannel>(
  channel: C,
  ...argument: IpcArgument<C> extends void ? [] : [IpcArgument<C>]
): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...argument) as Promise<IpcResult<C>>;
}

/** Listens on an event channel of the contract; returns the unsubscribe function. */
function subscribe<C extends IpcEventChannel>(
  channel: C,
  listener: (payload: IpcEventPayload<C>) => void,
): () => void {
  const forward = (_event: IpcRendererEvent, payload: IpcEventPayload<C>): void => listener(payload);
  ipcRenderer.on(channel, forward);
  ipcRenderer.send(subscribeChannel, channel);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const desktop = {
  getConnection: () => invoke('connection:get'),
  getAppInfo: () => invoke('app:info'),
  onOpenTicket: (listener) => subscribe('ticket:open', listener),
  getPreferences: () => invoke('preferences:get'),
  updatePreferences: (update) => invoke('preferences:update', update),
  relaunch: () => invoke('app:relaunch'),
  setLanguage: (language) => invoke('app:set-language', { language }),
  showNotification: (notification) => invoke('notification:show', notification),
  setBadgeCount: (count) => invoke('badge:set', { count }),
  setDraftState: (hasUnsentDraft) => invoke('composer:draft-state', { hasUnsentDraft }),
  setSpellCheckLanguage: (language) => invoke('spellcheck:set-language', { language }),
  getToken: async (serviceUrl) => (await invoke('secrets:get-token', { serviceUrl })).token,
  setToken: async (serviceUrl, token) => (await invoke('secrets:set-token', { serviceUrl, token })).stored,
  clearToken: () => invoke('secrets:clear-token'),
  onAssignmentsPaused: (listener) => subscribe('assignments:paused', listener),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);

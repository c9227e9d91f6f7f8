import {
  ipcEventChannelSchema,
  ipcEvents,
  ipcRequests,
  ipcSubscribeChannel,
  type IpcArgument,
  type IpcEventChannel,
  type IpcEventPayload,
  type IpcRequestChannel,
  type IpcResult,
} from '../../shared/ipc';
import type { Logger } from './logger';

/**
 * One of the two files that touch raw IPC (CONVENTIONS.md §3; the other is `electron/preload.ts`). Every
 * request is checked before its implementation runs: the sender must be the top frame of one of the
 * console's own pages, and the argument must match the channel's zod schema; the result is parsed too, so
 * nothing outside the contract leaves the main process.
 */

/** The frame an IPC message came from (Electron's `WebFrameMain`, reduced to what the check reads). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** An IPC event as the checks see it (Electron's `IpcMainInvokeEvent` / `IpcMainEvent`). */
export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: { readonly id: number };
}

/** The parts of Electron's `ipcMain` the router uses (tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
}

/** The implementation of a request channel: gets the parsed argument, returns (or resolves to) the result. */
export type IpcImplementation<C extends IpcRequestChannel> = (
  argument: IpcArgument<C>,
) => IpcResult<C> | Promise<IpcResult<C>>;

/** The typed face of `ipcMain` the rest of the main process uses. */
export interface IpcRouter {
  /** Serves a request channel declared in `shared/ipc.ts`. */
  handle<C extends IpcRequestChannel>(channel: C, implementation: IpcImplementation<C>): void;
  /** Calls `listener` when a trusted page starts listening on an event channel. */
  onSubscribe(listener: (channel: IpcEventChannel, senderId: number) => void): void;
}

/** Options of `createIpcRouter`. */
export interface IpcRouterOptions {
  ipcMain: IpcMainLike;
  /** Whether a page URL is one of the console's own pages (`app://console/…` or the dev server). */
  isTrustedPageUrl: (url: string) => boolean;
  log: Logger;
}

/** Thrown (and so rejected in the console's `invoke`) when a request is refused. */
export class IpcRequestRefused extends Error {
  override readonly name = 'IpcRequestRefused';
}

/**
 * Whether an IPC message comes from the console: a live top-level frame (not an iframe) showing one of
 * the app's own pages. A message from any other frame (a page that got navigated elsewhere, an embedded
 * frame) is refused.
 */
export function isTrustedSender(event: IpcEventLike, isTrustedPageUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedPageUrl(frame.url);
}

/** Builds the typed router over `ipcMain`. */
export function createIpcRouter(options: IpcRouterOptions): IpcRouter {
  const { ipcMain, isTrustedPageUrl, log } = options;
  return {
    handle(channel, implementation) {
      const schemas = ipcRequests[channel];
      ipcMain.handle(channel, async (event, ...args) => {
        if (!isTrustedSender(event, isTrustedPageUrl)) {
          log.warn('Refused an IPC request from an untrusted frame', {
            channel,
            url: event.senderFrame?.url.slice(0, 200) ?? null,
          });
          throw new IpcRequestRefused(`${channel}: refused (untrusted sender)`);
        }
        const argument = schemas.argument.safeParse(args.length === 0 ? undefined : args[0]);
        if (args.length > 1 || !argument.success) {
          log.warn('Refused an IPC request with an invalid argument', { channel });
          throw new IpcRequestRefused(`${channel}: invalid argument`);
        }
        const result = await implementation(argument.data as IpcArgument<typeof channel>);
        // The schema strips anything the contract does not name, so nothing extra reaches the console.
        return schemas.result.parse(result);
      });
    },
    onSubscribe(listener) {
      ipcMain.on(ipcSubscribeChannel, (event, ...args) => {
        const channel = ipcEventChannelSchema.safeParse(args[0]);
        if (!isTrustedSender(event, isTrustedPageUrl) || args.length !== 1 || !channel.success) {
          log.warn('Ignored an invalid event subscription', {
            url: event.senderFrame?.url.slice(0, 200) ?? null,
          });
          return;
        }
        listener(channel.data, event.sender.id);
      });
    },
  };
}

/** The parts of `WebContents` that can receive an event. */
export interface EventReceiver {
  send(channel: string, ...args: unknown[]): void;
}

/** Sends a main→console event, its payload checked against the channel's schema first. */
export function sendIpcEvent<C extends IpcEventChannel>(
  receiver: EventReceiver,
  channel: C,
  payload: IpcEventPayload<C>,
): void {
  receiver.send(channel, ipcEvents[channel].parse(payload));
}

import type { IpcEventChannel, IpcEventPayload } from '../../shared/ipc';

/** Delivers one event to the console's window. */
export type EventSender = <C extends IpcEventChannel>(channel: C, payload: IpcEventPayload<C>) => void;

/**
 * Holds main→console events until the console listens for them. The page subscribes after it loads (the
 * preload reports it, see `ipcSubscribeChannel`), so an event raised earlier (the deep link that launched
 * the app, a link clicked while the page reloads) would otherwise be lost.
 */
export interface EventOutbox {
  /** Delivers now if the console listens on `channel` and a window is attached; holds it otherwise. */
  post<C extends IpcEventChannel>(channel: C, payload: IpcEventPayload<C>): void;
  /** The console now listens on `channel`: delivers what was held for it, in order. */
  markSubscribed(channel: IpcEventChannel): void;
  /** A page is (re)loading: nothing listens until it subscribes again. */
  reset(): void;
  /** Attaches the window's sender (null when the window is gone); subscriptions belong to a page, so they reset. */
  attach(sender: EventSender | null): void;
  /** Number of events waiting. */
  readonly heldCount: number;
}

type HeldEvent = { [C in IpcEventChannel]: { channel: C; payload: IpcEventPayload<C> } }[IpcEventChannel];

/** Creates an outbox that holds at most `capacity` events (the oldest are dropped first). */
export function createEventOutbox(capacity = 20): EventOutbox {
  let sender: EventSender | null = null;
  const subscribed = new Set<IpcEventChannel>();
  let held: HeldEvent[] = [];

  const deliver = (event: HeldEvent): void => {
    sender?.(event.channel, event.payload);
  };

  return {
    post(channel, payload) {
      const event = { channel, payload } as HeldEvent;
      if (sender && subscribed.has(channel)) {
        deliver(event);
        return;
      }
      held.push(event);
      if (held.length > capacity) {
        held = held.slice(held.length - capacity);
      }
    },
    markSubscribed(channel) {
      subscribed.add(channel);
      if (!sender) {
        return;
      }
      const ready = held.filter((event) => event.channel === channel);
      held = held.filter((event) => event.channel !== channel);
      ready.forEach(deliver);
    },
    reset() {
      subscribed.clear();
    },
    attach(nextSender) {
      sender = nextSender;
      subscribed.clear();
    },
    get heldCount() {
      return held.length;
    },
  };
}

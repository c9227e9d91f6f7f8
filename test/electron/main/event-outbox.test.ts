import { describe, expect, it } from 'vitest';
import type { IpcEventChannel, IpcEventPayload } from '../../../shared/ipc';
import { createEventOutbox } from '../../../electron/main/event-outbox';

function recorder() {
  const sent: { channel: IpcEventChannel; payload: IpcEventPayload<IpcEventChannel> }[] = [];
  const send = <C extends IpcEventChannel>(channel: C, payload: IpcEventPayload<C>) => {
    sent.push({ channel, payload });
  };
  return { sent, send };
}

describe('event outbox', () => {
  it('holds events until a window is attached and the console subscribes, then delivers them in order', () => {
    const outbox = createEventOutbox();
    const { sent, send } = recorder();
    outbox.post('ticket:open', { number: 1 });
    outbox.attach(send);
    outbox.post('ticket:open', { number: 2 });
    expect(sent).toEqual([]);
    expect(outbox.heldCount).toBe(2);
    outbox.markSubscribed('ticket:open');
    expect(sent.map((event) => event.payload)).toEqual([{ number: 1 }, { number: 2 }]);
    expect(outbox.heldCount).toBe(0);
    outbox.post('ticket:open', { number: 3 });
    expect(sent).toHaveLength(3);
  });

  it('holds again after a reload until the new page subscribes', () => {
    const outbox = createEventOutbox();
    const { sent, send } = recorder();
    outbox.attach(send);
    outbox.markSubscribed('ticket:open');
    outbox.reset();
    outbox.post('ticket:open', { number: 4 });
    expect(sent).toEqual([]);
    outbox.markSubscribed('ticket:open');
    expect(sent).toHaveLength(1);
  });

  it('holds while no window is attached, even if a subscription arrives', () => {
    const outbox = createEventOutbox();
    outbox.markSubscribed('ticket:open');
    outbox.post('ticket:open', { number: 5 });
    expect(outbox.heldCount).toBe(1);
  });

  it('keeps only the newest events when many pile up', () => {
    const outbox = createEventOutbox(3);
    const { sent, send } = recorder();
    for (let number = 1; number <= 10; number += 1) {
      outbox.post('ticket:open', { number });
    }
    outbox.attach(send);
    outbox.markSubscribed('ticket:open');
    expect(sent.map((event) => event.payload)).toEqual([{ number: 8 }, { number: 9 }, { number: 10 }]);
  });
});

import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  presenceEvent,
  presenceSnapshotSchema,
  presenceUpdateEvent,
  type PresenceSnapshot,
} from '../../../shared/domain/workflow-schemas';
import { intakeResponseSchema } from '../../../shared/domain/schemas';
import { intakeRequest, startTestService, testAdminToken, type TestService } from '../helpers/service';

// Two stored tickets (presence accepts only real ones), labelled 1 and 2 in the assertions.
let ticketA = '';
let ticketB = '';
const madeUpTicket = '11111111-1111-4111-8111-111111111111';

/** A connected socket with every presence snapshot it received, in order. */
interface Watcher {
  socket: Socket;
  snapshots: PresenceSnapshot[];
}

function connect(url: string, token: string): Promise<Watcher> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  const snapshots: PresenceSnapshot[] = [];
  socket.on(presenceEvent, (payload: unknown) => snapshots.push(presenceSnapshotSchema.parse(payload)));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, snapshots }));
    socket.once('connect_error', reject);
  });
}

/**
 * The viewers of the latest snapshot, as `name@ticket[typing]` for short assertions, sorted: the service
 * orders them by ticket id, and the two tickets' ids are random.
 */
function latest(watcher: Watcher): string[] {
  return (watcher.snapshots.at(-1)?.viewers ?? [])
    .map(
      (viewer) =>
        `${viewer.agent_name}@${viewer.ticket_id === ticketA ? '1' : viewer.ticket_id === ticketB ? '2' : '?'}${viewer.typing ? ' typing' : ''}`,
    )
    .sort((left, right) => left.slice(left.indexOf('@')).localeCompare(right.slice(right.indexOf('@'))));
}

/** Waits for a snapshot to arrive; generous, as a loaded CI machine may take seconds, never a speed check. */
async function until(check: () => void): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

describe('presence over socket.io', () => {
  let service: TestService;
  let minjiToken: string;
  const watchers: Watcher[] = [];

  async function watcher(token: string): Promise<Watcher> {
    const connected = await connect(service.url, token);
    watchers.push(connected);
    return connected;
  }

  beforeAll(async () => {
    service = await startTestService();
    minjiToken = (await service.service.ensureLocalAgent('Minji')).token;
    const fileTicket = async (subject: string): Promise<string> => {
      const filed = await service.request('POST', '/api/tickets', {
        token: null,
        body: intakeRequest({ subject }),
      });
      return intakeResponseSchema.parse(filed.body).id;
    };
    ticketA = await fileTicket('first');
    ticketB = await fileTicket('second');
  });

  afterEach(async () => {
    for (const { socket } of watchers.splice(0)) {
      socket.close();
    }
    // The next test starts once the service has dropped the closed sockets' presence: a fresh window sees
    // nobody.
    const probe = await connect(service.url, testAdminToken);
    await until(() => expect(probe.snapshots.at(-1)).toEqual({ viewers: [] }));
    probe.socket.close();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('shows who views and who types to every agent, one entry per agent and ticket', async () => {
    const lead = await watcher(testAdminToken);
    const window1 = await watcher(minjiToken);
    await until(() => expect(window1.snapshots).toEqual([{ viewers: [] }]));
    window1.socket.emit(presenceUpdateEvent, { ticket_id: ticketA, typing: false });
    await until(() => expect(latest(lead)).toEqual(['Minji@1']));
    const window2 = await watcher(minjiToken);
    await until(() => expect(latest(window2)).toEqual(['Minji@1']));
    window2.socket.emit(presenceUpdateEvent, { ticket_id: ticketA, typing: true });
    await until(() => expect(latest(lead)).toEqual(['Minji@1 typing']));
    lead.socket.emit(presenceUpdateEvent, { ticket_id: ticketB, typing: false });
    await until(() => expect(latest(window1)).toEqual(['Minji@1 typing', 'Administrator@2']));
    window2.socket.close();
    await until(() => expect(latest(lead)).toEqual(['Minji@1', 'Administrator@2']));
    window1.socket.emit(presenceUpdateEvent, { ticket_id: null, typing: false });
    await until(() => expect(latest(lead)).toEqual(['Administrator@2']));
  });

  it('ignores malformed updates', async () => {
    const lead = await watcher(testAdminToken);
    const minji = await watcher(minjiToken);
    for (const payload of [
      null,
      'ticket',
      { ticket_id: 42, typing: false },
      { ticket_id: ticketA },
      { ticket_id: ticketA, typing: true, extra: 1 },
      // Well-formed, but no such ticket: a flood of made-up ids never reaches the other agents.
      { ticket_id: madeUpTicket, typing: false },
    ]) {
      minji.socket.emit(presenceUpdateEvent, payload);
    }
    minji.socket.emit(presenceUpdateEvent, { ticket_id: ticketB, typing: false });
    await until(() => expect(latest(lead)).toEqual(['Minji@2']));
    expect(
      lead.snapshots.flatMap((snapshot) => snapshot.viewers).every((viewer) => viewer.ticket_id === ticketB),
    ).toBe(true);
  });

  it('removes a disconnected window and coalesces bursts of typing signals', async () => {
    const lead = await watcher(testAdminToken);
    const minji = await watcher(minjiToken);
    // The first snapshot (nobody). One more may follow: the previous test's probe leaving is broadcast on a
    // timer that can reach this new socket. Only snapshots from here on count.
    await until(() => expect(lead.snapshots.length).toBeGreaterThanOrEqual(1));
    const before = lead.snapshots.length;
    for (let index = 0; index < 50; index += 1) {
      minji.socket.emit(presenceUpdateEvent, { ticket_id: ticketA, typing: index % 2 === 1 });
    }
    await until(() => expect(latest(lead)).toEqual(['Minji@1 typing']));
    minji.socket.close();
    await until(() => expect(latest(lead)).toEqual([]));
    // 50 signals sent within a few milliseconds reached the other agents as a handful of snapshots: a few for
    // the burst, and the last (Minji gone), which arrived after all of them; one each, it would be 51.
    expect(lead.snapshots.length - before).toBeLessThanOrEqual(5);
  });
});

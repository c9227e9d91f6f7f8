import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeRequest } from '../../../shared/domain/schemas';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import { acceptIntake, type AcceptedIntake } from '../../../server/tickets/accept-intake';
import { createIntakeGate, largeIntakeLength, type IntakeGate } from '../../../server/tickets/intake-gate';
import { testEngines } from '../helpers/engines';
import { until } from '../helpers/polling';

/** Lets every pending promise callback and I/O turn run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A promise's outcome so far: tests look at it without awaiting it. */
function track<T>(promise: Promise<T>): { promise: Promise<T>; isSettled: () => boolean } {
  let isSettled = false;
  void promise.then(
    () => (isSettled = true),
    () => (isSettled = true),
  );
  return { promise, isSettled: () => isSettled };
}

describe('the intake gate', () => {
  it('admits one large intake at a time, in order of arrival', async () => {
    const gate = createIntakeGate();
    const admitted: number[] = [];
    const turns = [1, 2, 3].map((index) =>
      gate.enterLarge().then((leave) => {
        admitted.push(index);
        return leave;
      }),
    );
    await settle();
    expect(admitted).toEqual([1]);
    (await turns[0])?.();
    await settle();
    expect(admitted).toEqual([1, 2]);
    // Ending a turn twice does not let two large intakes in at once.
    (await turns[0])?.();
    await settle();
    expect(admitted).toEqual([1, 2]);
    (await turns[1])?.();
    (await turns[2])?.();
    expect(admitted).toEqual([1, 2, 3]);
  });

  it('holds a large intake while small ones are in progress, and lets it go when the last one leaves', async () => {
    const gate = createIntakeGate({ largeWaitMs: 60_000 });
    const first = gate.enterSmall();
    const second = gate.enterSmall();
    const large = track(gate.enterLarge());
    await settle();
    expect(large.isSettled()).toBe(false);
    first();
    first();
    await settle();
    expect(large.isSettled()).toBe(false);
    second();
    (await large.promise)();
  });

  it('lets a large intake go after it waited its longest wait, even while small ones keep arriving', async () => {
    const gate = createIntakeGate({ largeWaitMs: 20 });
    gate.enterSmall();
    const leave = await gate.enterLarge();
    leave();
  });
});

/** An intake request of `length` characters of body. */
function request(email: string, length: number): IntakeRequest {
  const line = `Withdrawal log for ${email}: error 502 at 10:02 on app 1.45.2. `;
  return {
    requester: { email, name: email.split('@')[0] ?? 'Customer' },
    subject: `Withdrawal of ${email} not received`,
    body: line.repeat(Math.ceil(length / line.length)).slice(0, length),
  };
}

describe.each(testEngines())('intake through the gate on $name', (engine) => {
  let database: SqlDatabase;
  let store: TicketStore;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    store = createTicketStore(database);
  });

  afterAll(async () => {
    await database.close();
  });

  /** The gate, counting the large intakes that have reached it (waiting or admitted). */
  function observedGate(gate: IntakeGate): { gate: IntakeGate; largeArrived: () => number } {
    let largeArrived = 0;
    return {
      gate: {
        enterSmall: () => gate.enterSmall(),
        enterLarge: () => {
          largeArrived += 1;
          return gate.enterLarge();
        },
      },
      largeArrived: () => largeArrived,
    };
  }

  const accept = (
    context: { store: TicketStore; intakeGate: IntakeGate },
    intake: IntakeRequest,
    beforeStore?: () => Promise<void>,
  ): Promise<AcceptedIntake> =>
    acceptIntake(context, intake, [], {
      receivedAt: new Date(),
      source: 'web',
      ...(beforeStore ? { beforeStore } : {}),
    });

  /** Every stored ticket whose requester is one of `emails`: id, number and e-mail. */
  async function storedTickets(
    emails: readonly string[],
  ): Promise<{ id: string; number: number; email: string }[]> {
    const rows = await database.query<{ id: string; number: number | string; requester_email: string }>(
      'select id, number, requester_email from tickets where requester_email = any($1::text[]) order by number',
      [emails],
    );
    return rows.map((row) => ({ id: row.id, number: Number(row.number), email: row.requester_email }));
  }

  it('stores a small intake that arrives while large ones wait before them, each ticket once', async () => {
    const { gate, largeArrived } = observedGate(createIntakeGate({ largeWaitMs: 60_000 }));
    const context = { store, intakeGate: gate };
    // A small intake in progress (held by the test) keeps the large ones from being written.
    const held = gate.enterSmall();
    const largeEmails = ['large1@example.com', 'large2@example.com', 'large3@example.com'];
    const large = largeEmails.map((email) =>
      track(accept(context, request(email, largeIntakeLength + 1000))),
    );
    const arrived = await until(
      () => Promise.resolve(largeArrived()),
      (count) => count === 3,
    );
    expect(arrived).toBe(3);
    const small = await accept(context, request('small@example.com', 300));
    expect(large.map((entry) => entry.isSettled())).toEqual([false, false, false]);
    expect(await storedTickets([...largeEmails, 'small@example.com'])).toEqual([
      { id: small.id, number: small.number, email: 'small@example.com' },
    ]);
    held();
    const stored = await Promise.all(large.map((entry) => entry.promise));
    const tickets = await storedTickets([...largeEmails, 'small@example.com']);
    expect(tickets.map((ticket) => ticket.email)).toEqual(['small@example.com', ...largeEmails]);
    expect(tickets.map((ticket) => ticket.id)).toEqual([small.id, ...stored.map((ticket) => ticket.id)]);
    const body = await store.getTicket(stored[1]?.id ?? '');
    expect(body?.body).toHaveLength(largeIntakeLength + 1000);
  });

  it('lets the next large intake through when one fails before or during its write', async () => {
    const { gate, largeArrived } = observedGate(createIntakeGate({ largeWaitMs: 60_000 }));
    const context = { store, intakeGate: gate };
    const held = gate.enterSmall();
    const failing = track(
      accept(context, request('failing@example.com', largeIntakeLength + 10), () =>
        Promise.reject(new Error('the mail record could not be written')),
      ),
    );
    const next = track(accept(context, request('after-failure@example.com', largeIntakeLength + 10)));
    await until(
      () => Promise.resolve(largeArrived()),
      (count) => count === 2,
    );
    held();
    await expect(failing.promise).rejects.toThrow('the mail record could not be written');
    const stored = await next.promise;
    expect(await storedTickets(['failing@example.com', 'after-failure@example.com'])).toEqual([
      { id: stored.id, number: stored.number, email: 'after-failure@example.com' },
    ]);
  });
});

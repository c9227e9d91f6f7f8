import { intakeResponseSchema } from '../../shared/domain/schemas';
import { intakeRequest, sendRequest } from '../server/helpers/service';
import { inBatches } from './agent-sockets';

// The changes the several-nodes bench times (several-nodes.ts): made through one node at a steady rate.

/** One change the bench made: the ticket, when its request left and when its answer came. */
export interface MadeChange {
  ticketId: string;
  sentAt: number;
  answeredAt: number;
}

/** The change the delivery is timed with: a ticket taken in, or an edit of a ticket. */
export type ChangeKind = 'intake' | 'edit';

/** Makes change `index` through the node and resolves with the ticket it changed. */
export type ChangeMaker = (index: number) => Promise<string>;

/** Takes a ticket in through `url` (admin token: the public intake budget is 60 a minute per address). */
async function takeIn(url: string, index: number): Promise<string> {
  const response = await sendRequest(url, 'POST', '/api/tickets', {
    body: intakeRequest({ subject: `Several nodes bench ${index}` }),
  });
  if (response.status !== 201) {
    throw new Error(`intake answered ${response.status}: ${response.text}`);
  }
  return intakeResponseSchema.parse(response.body).id;
}

/**
 * The changes of one run through `url`. Edits go to `count` tickets taken in beforehand, one each, so each
 * ticket's first change in the run is its edit (sent with the admin token, as every request of the bench
 * is): an intake is a customer's write, an edit the one agents make all day.
 */
export async function changeMaker(kind: ChangeKind, url: string, count: number): Promise<ChangeMaker> {
  if (kind === 'intake') {
    return (index) => takeIn(url, index);
  }
  const tickets = await inBatches(
    Array.from({ length: count }, (_, index) => index),
    8,
    (index) => takeIn(url, index),
  );
  return async (index) => {
    const ticketId = tickets[index] as string;
    const response = await sendRequest(url, 'PATCH', `/api/tickets/${ticketId}`, {
      body: { tags: ['several-nodes-bench'] },
    });
    if (response.status !== 200) {
      throw new Error(`edit answered ${response.status}: ${response.text}`);
    }
    return ticketId;
  };
}

/** Makes `count` changes through `makeChange` at `perSecond`, each sent on time (not after the last answer). */
export function atSteadyRate(
  perSecond: number,
  count: number,
  makeChange: ChangeMaker,
): Promise<MadeChange[]> {
  const started = performance.now();
  return Promise.all(
    Array.from({ length: count }, async (_, index): Promise<MadeChange> => {
      await new Promise((resolve) =>
        setTimeout(resolve, started + (index * 1000) / perSecond - performance.now()),
      );
      const sentAt = performance.now();
      const ticketId = await makeChange(index);
      return { ticketId, sentAt, answeredAt: performance.now() };
    }),
  );
}

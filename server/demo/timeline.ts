import type { TicketStatus } from '../../shared/domain/vocabulary';
import type { DemoMessage } from './generate-demo';

const minute = 60_000;

/** One thing that happens on a ticket, `minutes` after the previous one. */
export interface Step {
  kind: 'customer' | 'reply' | 'note' | 'close' | 'assign';
  author: string | null;
  body: string;
  minutes: number;
  /** The reply that solves the ticket. */
  isResolution?: boolean;
}

/** A ticket's thread and the times that follow from it. */
export interface ThreadResult {
  messages: DemoMessage[];
  firstResponseAt: Date | null;
  solvedAt: Date | null;
  updatedAt: Date;
}

/** Places steps after `start`, compressing their gaps when they would run past `end`; whole seconds, increasing. */
function placeSteps(steps: readonly Step[], start: number, end: number): number[] {
  const total = steps.reduce((sum, step) => sum + step.minutes * minute, 0);
  const room = Math.max(0, end - start - minute) * 0.95;
  const factor = total > room ? room / total : 1;
  const times: number[] = [];
  let elapsed = 0;
  let previous = start;
  for (const step of steps) {
    elapsed += step.minutes * minute * factor;
    const time = Math.max(Math.ceil((start + elapsed) / 1000) * 1000, previous + 1000);
    times.push(Math.min(time, end));
    previous = time;
  }
  return times;
}

/**
 * Puts a ticket's steps on the clock between `start` and `now` and derives the ticket's times: the first
 * reply is the first response, the resolving reply the solve time (kept only for solved and closed
 * tickets), the last step the last update.
 */
export function layOutThread(
  steps: readonly Step[],
  span: { start: number; createdAt: Date; now: Date; status: TicketStatus },
): ThreadResult {
  const times = placeSteps(steps, span.start, span.now.getTime());
  const messages: DemoMessage[] = [];
  let firstResponseAt: Date | null = null;
  let solvedAt: Date | null = null;
  let updatedAt = span.createdAt;
  steps.forEach((step, index) => {
    const at = new Date(times[index] ?? span.createdAt.getTime());
    updatedAt = at;
    if (step.kind === 'close' || step.kind === 'assign') {
      return;
    }
    messages.push({ kind: step.kind, author_email: step.author, body: step.body, created_at: at });
    if (step.kind === 'reply' && firstResponseAt === null) {
      firstResponseAt = at;
    }
    if (step.isResolution === true && solvedAt === null) {
      solvedAt = at;
    }
  });
  const isSolved = span.status === 'solved' || span.status === 'closed';
  return { messages, firstResponseAt, solvedAt: isSolved ? solvedAt : null, updatedAt };
}

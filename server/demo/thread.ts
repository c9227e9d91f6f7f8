import type { SupportedLanguage, TicketPriority, TicketStatus } from '../../shared/domain/vocabulary';
import { composeProvidedDetails, type ComposedRequest } from './compose';
import { demoNotes, type NoteBank } from './notes';
import { phrasesFor } from './phrases';
import type { DetailKind, ProblemDefinition, ProblemKey, ProblemText } from './problems';
import type { SeededRandom } from './random';
import type { SlotValues } from './slots';
import { layOutThread, type Step, type ThreadResult } from './timeline';

const minute = 60_000;

/** An agent as the thread needs them: who signs, and in which languages they write notes. */
export interface ThreadAgent {
  email: string;
  signature: string;
  noteLanguages: readonly ('en' | 'ko')[];
}

/** Everything a ticket's thread is written from. */
export interface ThreadInput {
  random: SeededRandom;
  language: SupportedLanguage;
  problem: ProblemDefinition;
  text: ProblemText;
  slots: SlotValues;
  request: ComposedRequest;
  status: TicketStatus;
  priority: TicketPriority;
  isVip: boolean;
  createdAt: Date;
  now: Date;
  /** No agent answers before this (the customer resubmitted because nobody had). */
  earliestReplyAt: Date | null;
  /** Closes the ticket as a duplicate of the customer's earlier one. */
  isDuplicate: boolean;
  agent: ThreadAgent | null;
  lead: ThreadAgent;
  customerEmail: string;
}

const firstResponseMinutes: Readonly<Record<TicketPriority, number>> = {
  urgent: 20,
  high: 75,
  normal: 240,
  low: 540,
};

// The note from the first bank that has notes in the author's language.
function noteFrom(
  random: SeededRandom,
  banks: readonly (Partial<NoteBank> | undefined)[],
  author: ThreadAgent,
  slots: SlotValues,
): string {
  const language = random.pick(author.noteLanguages);
  for (const bank of banks) {
    const notes = bank?.[language];
    if (notes !== undefined && notes.length > 0) {
      return slots.fill(random.pick(notes));
    }
  }
  return slots.fill(random.pick(demoNotes().hold[language]));
}

/**
 * Writes the thread that leads a ticket to its status: agent replies in the customer's language signed by
 * the agent, internal notes, customer follow-ups; then derives first response, solve and update times.
 * Every message is after `createdAt` and not after `now`.
 */
export function buildThread(input: ThreadInput): ThreadResult {
  const { random, language, problem, text, slots, request, status, agent, lead } = input;
  const phrases = phrasesFor(language);
  const notes = demoNotes();
  const steps: Step[] = [];
  const writer = agent ?? lead;

  const reply = (core: string, minutes: number, isResolution = false): Step => {
    const signature = random.pick(phrases.signatures).replace('{agentName}', writer.signature);
    const body = `${slots.fill(random.pick(phrases.replyGreetings))}\n\n${core}\n\n${random.pick(phrases.replyClosings)}\n\n${signature}`;
    return { kind: 'reply', author: writer.email, body, minutes, isResolution };
  };
  const note = (
    bank: Partial<NoteBank> | undefined,
    minutes: number,
    author: ThreadAgent = writer,
  ): Step => ({
    kind: 'note',
    author: author.email,
    body: noteFrom(random, [bank, notes.categories[problem.category]], author, slots),
    minutes,
  });
  const customer = (body: string, minutes: number): Step => ({
    kind: 'customer',
    author: input.customerEmail,
    body,
    minutes,
  });
  const firstGap = firstResponseMinutes[input.priority] * random.spread(3);
  const customerGap = (): number => 120 * random.spread(4);
  const agentGap = (): number => 90 * random.spread(3);
  const noteGap = (): number => random.between(3, 45);

  const askable = problem.details.filter(
    (kind) => !request.mentioned.includes(kind) && (kind !== 'error' || (text.errors?.length ?? 0) > 0),
  );
  const asked: (DetailKind | 'screenshot')[] = random.shuffle(askable).slice(0, random.integer(1, 3));
  if (asked.length === 0 || random.chance(0.35)) {
    asked.push('screenshot');
  }
  const askCore = `${random.pick(phrases.askIntroductions)}\n${asked.map((item) => `- ${phrases.askItems[item]}`).join('\n')}\n\n${random.pick(phrases.askEndings)}`;
  const ask = (minutes: number): Step => reply(askCore, minutes);
  const provide = (): Step =>
    customer(composeProvidedDetails(random, language, problem.category, text, asked, slots), customerGap());
  const acknowledge = (minutes: number): Step => reply(random.pick(phrases.acknowledgements), minutes);
  const resolution = random.chance(0.85)
    ? (text.resolutions[request.variant % text.resolutions.length] ?? random.pick(text.resolutions))
    : random.pick(text.resolutions);
  const resolve = (minutes: number): Step => reply(slots.fill(resolution), minutes, true);
  const investigation = (minutes: number): Step =>
    note(random.chance(0.75) ? notes.problems[problem.key as ProblemKey] : undefined, minutes);

  if (input.isDuplicate) {
    steps.push(
      note(notes.duplicate, firstGap),
      reply(random.pick(phrases.duplicateReplies), noteGap(), true),
    );
    steps.push({ kind: 'close', author: null, body: '', minutes: random.between(1, 10) });
  } else {
    switch (status) {
      case 'new': {
        const ageHours = (input.now.getTime() - input.createdAt.getTime()) / (60 * minute);
        if (ageHours > 8 && random.chance(0.15)) {
          steps.push(customer(random.pick(phrases.customerNudges), random.between(6, ageHours) * 60));
        }
        break;
      }
      case 'open': {
        const variant = random.weighted([
          ['waiting', 30],
          ['acknowledged', 25],
          ['answered', 25],
          ['noted', 20],
        ] as const);
        if (variant === 'waiting') {
          steps.push({ kind: 'assign', author: null, body: '', minutes: random.between(2, 60) });
        } else if (variant === 'acknowledged') {
          steps.push(acknowledge(firstGap));
          if (random.chance(0.4)) {
            steps.push(customer(random.pick(phrases.customerAfterAcknowledgements), customerGap()));
          }
        } else if (variant === 'answered') {
          steps.push(ask(firstGap), provide());
        } else {
          steps.push(investigation(firstGap * 0.7), acknowledge(noteGap()));
        }
        break;
      }
      case 'awaiting_customer': {
        const variant = random.weighted([
          ['asked', 60],
          ['noted', 20],
          ['chased', 20],
        ] as const);
        if (variant === 'asked') {
          steps.push(ask(firstGap));
        } else if (variant === 'noted') {
          steps.push(investigation(firstGap * 0.7), ask(noteGap()));
        } else {
          steps.push(
            acknowledge(firstGap),
            customer(random.pick(phrases.customerNudges), customerGap()),
            ask(agentGap()),
          );
        }
        break;
      }
      case 'on_hold': {
        if (random.chance(0.5)) {
          steps.push(reply(random.pick(phrases.holds), firstGap), note(notes.hold, noteGap()));
        } else {
          steps.push(
            ask(firstGap),
            provide(),
            investigation(agentGap()),
            reply(random.pick(phrases.holds), noteGap()),
          );
        }
        break;
      }
      case 'solved':
      case 'closed': {
        const variant = random.weighted([
          ['direct', 45],
          ['asked', 30],
          ['noted', 15],
          ['chased', 10],
        ] as const);
        if (variant === 'direct') {
          steps.push(resolve(firstGap));
        } else if (variant === 'asked') {
          steps.push(ask(firstGap), provide());
          if (random.chance(0.5)) {
            steps.push(investigation(agentGap()));
          }
          steps.push(resolve(random.chance(0.5) ? noteGap() : agentGap()));
        } else if (variant === 'noted') {
          steps.push(investigation(firstGap * 0.7), resolve(noteGap()));
        } else {
          steps.push(
            acknowledge(firstGap),
            customer(random.pick(phrases.customerNudges), customerGap()),
            resolve(agentGap()),
          );
        }
        if (random.chance(0.3)) {
          steps.push(customer(random.pick(phrases.customerThanks), 60 * random.spread(3)));
        }
        if (status === 'closed') {
          steps.push({ kind: 'close', author: null, body: '', minutes: random.between(48, 120) * 60 });
        }
        break;
      }
    }
  }

  const firstReply = steps.findIndex((step) => step.kind === 'reply');
  if (firstReply >= 0) {
    const first = steps[firstReply] as Step;
    if (request.hasSecret) {
      const warning = random.pick(phrases.secretWarnings);
      first.body = first.body.replace('\n\n', `\n\n${warning}\n\n`);
      steps.splice(firstReply, 0, note(notes.secret, first.minutes * 0.8));
      first.minutes = noteGap();
    }
    if ((input.priority === 'urgent' || input.priority === 'high' || input.isVip) && random.chance(0.3)) {
      const index = steps.findIndex((step) => step.kind === 'reply');
      const bank = input.isVip && random.chance(0.6) ? notes.vip : notes.lead;
      steps.splice(index + 1, 0, note(bank, noteGap(), lead));
    }
  }

  const earliest = input.earliestReplyAt?.getTime() ?? 0;
  const start =
    firstReply >= 0 && earliest > input.createdAt.getTime() && earliest < input.now.getTime() - 30 * minute
      ? earliest
      : input.createdAt.getTime();
  return layOutThread(steps, { start, createdAt: input.createdAt, now: input.now, status });
}

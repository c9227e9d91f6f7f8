import { z } from 'zod';
import { defaultCategories, type DefaultCategory } from '../../shared/domain/vocabulary';
import noteFile from './data/notes.json' with { type: 'json' };
import { lazily, parseDataFile, template } from './data-file';
import { problemDefinitions, type ProblemKey } from './problems';

/** Internal notes in the two languages the team writes them in. May hold `{slot}` placeholders. */
export interface NoteBank {
  en: readonly string[];
  ko: readonly string[];
}

/** The notes of `data/notes.json`, by the situation an agent writes them in. */
export interface DemoNotes {
  /** What agents note while looking into any ticket of a category. */
  categories: Readonly<Record<DefaultCategory, NoteBank>>;
  /** What agents note about a particular problem, when they have found out what it is. */
  problems: Readonly<Partial<Record<ProblemKey, Partial<NoteBank>>>>;
  /** Notes that explain why a ticket is on hold. */
  hold: NoteBank;
  /** Notes on a resubmission closed in favour of the customer's earlier ticket. */
  duplicate: NoteBank;
  /** Notes after a customer pasted a recovery phrase or API secret into the ticket. */
  secret: NoteBank;
  /** Notes a team lead leaves on escalated tickets. */
  lead: NoteBank;
  /** Notes a team lead leaves on a VIP customer's ticket. */
  vip: NoteBank;
}

// A bank the generator falls back on needs a note in both languages; a problem's own bank may lack one.
const notes = z.array(template);
const fullBank = z
  .object({ en: notes.min(1, 'needs at least one note'), ko: notes.min(1, 'needs at least one note') })
  .strict();
const partialBank = z.object({ en: notes.optional(), ko: notes.optional() }).strict();
const problemKeys = problemDefinitions.map((problem) => problem.key);

/** The schema of `data/notes.json`. */
export const demoNotesSchema = z
  .object({
    categories: z.record(z.enum(defaultCategories), fullBank),
    problems: z.partialRecord(z.enum(problemKeys), partialBank),
    hold: fullBank,
    duplicate: fullBank,
    secret: fullBank,
    lead: fullBank,
    vip: fullBank,
  })
  .strict() satisfies z.ZodType<DemoNotes>;

/** The internal notes of the demo team, checked on first use. */
export const demoNotes: () => DemoNotes = lazily(() =>
  parseDataFile('notes.json', demoNotesSchema, noteFile),
);

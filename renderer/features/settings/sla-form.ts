import type { SlaPolicyWire } from '../../../shared/domain/workflow-schemas';
import { ticketPriorities, type TicketPriority } from '../../../shared/domain/vocabulary';

/** The unit a lead types a target in; the service keeps minutes. */
export type DurationUnit = 'hours' | 'minutes';

/** One target as the form edits it: the text typed (empty: inherit, in an override) and its unit. */
export interface DurationField {
  value: string;
  unit: DurationUnit;
}

export interface TargetFields {
  firstResponse: DurationField;
  resolution: DurationField;
}

/** One per-category override: a category and priority, and the targets it replaces (empty: inherited). */
export interface OverrideRow {
  id: string;
  category: string;
  priority: TicketPriority;
  targets: TargetFields;
}

export interface SlaForm {
  priorities: Record<TicketPriority, TargetFields>;
  overrides: OverrideRow[];
}

/** What is wrong with the form, by field path (`normal.firstResponse`, `override-3.resolution`, …). */
export type SlaFormProblem = 'positive' | 'tooLong' | 'wholeMinutes' | 'emptyOverride' | 'duplicateOverride';
export type SlaFormProblems = Record<string, SlaFormProblem>;

const longestMinutes = 365 * 24 * 60;

/** A stored target as the form shows it: whole hours in hours, anything else in minutes. */
function fieldFor(minutes: number | undefined): DurationField {
  if (minutes === undefined) {
    return { value: '', unit: 'hours' };
  }
  return minutes % 60 === 0
    ? { value: String(minutes / 60), unit: 'hours' }
    : { value: String(minutes), unit: 'minutes' };
}

/** The form for a stored policy: every priority, then one override row per (category, priority). */
export function slaFormFromWire(policy: SlaPolicyWire): SlaForm {
  const priorities = Object.fromEntries(
    ticketPriorities.map((priority) => [
      priority,
      {
        firstResponse: fieldFor(policy.priorities[priority].first_response_minutes),
        resolution: fieldFor(policy.priorities[priority].resolution_minutes),
      },
    ]),
  ) as Record<TicketPriority, TargetFields>;
  const overrides: OverrideRow[] = [];
  for (const [category, byPriority] of Object.entries(policy.categories)) {
    for (const priority of ticketPriorities) {
      const targets = byPriority[priority];
      if (targets !== undefined) {
        overrides.push({
          id: `${category}-${priority}`,
          category,
          priority,
          targets: {
            firstResponse: fieldFor(targets.first_response_minutes),
            resolution: fieldFor(targets.resolution_minutes),
          },
        });
      }
    }
  }
  return { priorities, overrides };
}

/** Minutes of a field, or the problem with it; `null` for an empty field. */
function minutesOf(field: DurationField): number | SlaFormProblem | null {
  const text = field.value.trim();
  if (text === '') {
    return null;
  }
  const amount = Number(text);
  if (!Number.isFinite(amount) || amount <= 0) {
    return 'positive';
  }
  // Rounded first so that 0.1 h (6.000000000000001 in floating point) is read as the 6 minutes it means.
  const minutes = Math.round((field.unit === 'hours' ? amount * 60 : amount) * 1e6) / 1e6;
  if (!Number.isInteger(minutes)) {
    return 'wholeMinutes';
  }
  return minutes > longestMinutes ? 'tooLong' : minutes;
}

/**
 * The wire policy of a form, or the problems that stop it from being saved. Every priority needs both
 * targets; an override needs at least one, and a category and priority pair may be overridden only once.
 */
export function slaFormToWire(
  form: SlaForm,
): { policy: SlaPolicyWire; problems: null } | { policy: null; problems: SlaFormProblems } {
  const problems: SlaFormProblems = {};
  const read = (path: string, field: DurationField, required: boolean): number | undefined => {
    const minutes = minutesOf(field);
    if (minutes === null) {
      if (required) {
        problems[path] = 'positive';
      }
      return undefined;
    }
    if (typeof minutes === 'string') {
      problems[path] = minutes;
      return undefined;
    }
    return minutes;
  };
  const priorities = {} as SlaPolicyWire['priorities'];
  for (const priority of ticketPriorities) {
    const fields = form.priorities[priority];
    priorities[priority] = {
      first_response_minutes: read(`${priority}.firstResponse`, fields.firstResponse, true) ?? 0,
      resolution_minutes: read(`${priority}.resolution`, fields.resolution, true) ?? 0,
    };
  }
  const categories: SlaPolicyWire['categories'] = {};
  for (const row of form.overrides) {
    const firstResponse = read(`${row.id}.firstResponse`, row.targets.firstResponse, false);
    const resolution = read(`${row.id}.resolution`, row.targets.resolution, false);
    const hasProblem = problems[`${row.id}.firstResponse`] ?? problems[`${row.id}.resolution`];
    if (hasProblem !== undefined) {
      continue;
    }
    if (firstResponse === undefined && resolution === undefined) {
      problems[`${row.id}.row`] = 'emptyOverride';
      continue;
    }
    const byPriority = (categories[row.category] ??= {});
    if (byPriority[row.priority] !== undefined) {
      problems[`${row.id}.row`] = 'duplicateOverride';
      continue;
    }
    byPriority[row.priority] = {
      ...(firstResponse === undefined ? {} : { first_response_minutes: firstResponse }),
      ...(resolution === undefined ? {} : { resolution_minutes: resolution }),
    };
  }
  return Object.keys(problems).length > 0
    ? { policy: null, problems }
    : { policy: { priorities, categories }, problems: null };
}

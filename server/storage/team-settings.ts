import { defaultRequiredItems, type RequiredItemRules } from '../../shared/checklist/items';
import {
  checklistRulesSchema,
  slaPolicyWireSchema,
  type ChecklistRules,
  type SlaPolicyWire,
  type TeamSettings,
} from '../../shared/domain/workflow-schemas';
import { defaultSlaPolicy, type SlaPolicy } from '../../shared/sla/policy';
import { slaPolicyFromWire, slaPolicyToWire } from '../../shared/sla/policy-wire';
import { appendChanges } from './change-log';
import type { SqlExecutor } from './database';
import {
  businessTimeChanges,
  noTeamCalendars,
  readTeamCalendars,
  type TeamCalendars,
} from './team-calendars';

/**
 * The team settings leads edit (SLA policy, checklist rules), kept as JSON in the `settings` table under
 * `sla_policy` and `checklist_rules`. Without a row, the defaults apply (`defaultSlaPolicy`, or the
 * store's configured policy, and `defaultRequiredItems`).
 */

/** The team settings as the service computes with them. */
export interface TeamSettingsValues {
  slaPolicy: SlaPolicy;
  checklistRules: RequiredItemRules;
  /** The routing teams' business calendars (migration 0046); none by default. */
  teamCalendars: TeamCalendars;
}

/** The defaults, with `slaPolicy` replacing the default SLA policy when given. */
export function defaultTeamSettings(slaPolicy: SlaPolicy = defaultSlaPolicy): TeamSettingsValues {
  return { slaPolicy, checklistRules: defaultRequiredItems, teamCalendars: noTeamCalendars };
}

/**
 * The stored settings, each falling back to `defaults` when absent (or, defensively, when a stored value no
 * longer parses: the service keeps answering with the defaults rather than failing every read).
 */
export async function readTeamSettings(
  executor: SqlExecutor,
  defaults: TeamSettingsValues,
): Promise<TeamSettingsValues> {
  const rows = await executor.query<{ key: string; value: unknown }>(
    "select key, value from settings where key in ('sla_policy', 'checklist_rules')",
  );
  const valueOf = (key: string): unknown => rows.find((row) => row.key === key)?.value;
  const policy = slaPolicyWireSchema.safeParse(valueOf('sla_policy'));
  const rules = checklistRulesSchema.safeParse(valueOf('checklist_rules'));
  return {
    slaPolicy: policy.success ? slaPolicyFromWire(policy.data) : defaults.slaPolicy,
    checklistRules: rules.success ? rules.data : defaults.checklistRules,
    teamCalendars: await readTeamCalendars(executor),
  };
}

/** The wire form of the settings (`GET /api/settings`). */
export function teamSettingsToWire(settings: TeamSettingsValues): TeamSettings {
  return {
    sla_policy: slaPolicyToWire(settings.slaPolicy),
    checklist_rules: Object.fromEntries(
      Object.entries(settings.checklistRules).map(([category, keys]) => [category, [...keys]]),
    ),
  };
}

/** A lead's change of one team setting. */
export type TeamSettingChange =
  { key: 'sla_policy'; value: SlaPolicyWire } | { key: 'checklist_rules'; value: ChecklistRules };

/** Why a settings change was refused: a checklist rule names a category the service does not have. */
export interface SettingsRefusal {
  refusal: 'unknown_category';
  category: string;
}

/**
 * Stores `change` inside the caller's transaction and records `settings.updated` (no ticket) so every
 * console refetches; an SLA policy also records `sla.recomputed`. Checklist rules and SLA category overrides must name existing categories (a typo would
 * otherwise be a rule that silently never applies). Resolves with the new change's seq.
 */
export async function writeTeamSetting(
  transaction: SqlExecutor,
  change: TeamSettingChange,
  agentId: string,
): Promise<{ seq: number } | SettingsRefusal> {
  const categories = Object.keys(change.key === 'checklist_rules' ? change.value : change.value.categories);
  if (categories.length > 0) {
    const known = await transaction.query<{ key: string }>(
      'select key from categories where key = any($1::text[])',
      [categories],
    );
    const knownKeys = new Set(known.map((row) => row.key));
    const unknown = categories.find((category) => !knownKeys.has(category));
    if (unknown !== undefined) {
      return { refusal: 'unknown_category', category: unknown };
    }
  }
  // Duplicate keys in a rule say nothing more; store each once, in checklist order as sent.
  const value =
    change.key === 'checklist_rules'
      ? Object.fromEntries(
          Object.entries(change.value).map(([category, keys]) => [category, [...new Set(keys)]]),
        )
      : change.value;
  await transaction.query(
    `insert into settings (key, value) values ($1, $2::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [change.key, JSON.stringify(value)],
  );
  // A new SLA policy moves the clocks of every ticket at once: one batch change, which consoles apply to
  // their cached tickets (the service computes clocks from the policy at every read). Clocks in business
  // time do not move by the target's difference: those tickets are named, each console refreshes them.
  const businessTime =
    change.key === 'sla_policy'
      ? await businessTimeChanges(transaction, await readTeamCalendars(transaction), agentId)
      : [];
  const [seq = 0] = await appendChanges(transaction, [
    { type: 'settings.updated', ticketId: null, agentId },
    ...(change.key === 'sla_policy' ? [{ type: 'sla.recomputed' as const, ticketId: null, agentId }] : []),
    ...businessTime,
  ]);
  return { seq };
}

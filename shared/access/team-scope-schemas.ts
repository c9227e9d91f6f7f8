import { z } from 'zod';

/**
 * The lead's team-scope setting (docs/security.md "Team scope", docs/api.md "Team scope"). When on, an agent
 * sees only the tickets of their teams (the teams' categories, or routed to one of their teams) and the
 * tickets assigned to them; leads and admins see everything. Off by default.
 */
export const teamScopeSettingSchema = z.object({ enabled: z.boolean() }).strict();
export type TeamScopeSetting = z.infer<typeof teamScopeSettingSchema>;

/** The setting when a lead never chose: off, every agent sees every ticket. */
export const defaultTeamScopeSetting: TeamScopeSetting = { enabled: false };

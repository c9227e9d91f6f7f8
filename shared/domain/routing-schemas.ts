import { z } from 'zod';
import { businessCalendarWireSchema } from './calendar-schemas';
import { categoryKeySchema, limits } from './schemas';
import { ticketPriorities } from './vocabulary';

/**
 * Wire schemas of routing (docs/routing.md): teams and their assignment strategy, each agent's routing
 * profile, the priority rules, the preview of where a ticket draft would go, and the audit log that records
 * every change a lead makes.
 */

/** How a team hands out its tickets. */
export const assignmentStrategies = ['manual', 'round_robin', 'least_loaded', 'skills_language'] as const;
export type AssignmentStrategy = (typeof assignmentStrategies)[number];

const idSchema = z.string().min(1).max(64);
const languageSchema = z.string().min(2).max(35);

/** Queue views a lead can make a team's agents land on (built-in view ids, shared/queue/views.ts). */
export const teamLandingViews = [
  'next',
  'mine',
  'unassigned',
  'sla_breached',
  'sla_at_risk',
  'awaiting_customer',
  'recently_updated',
  'all',
] as const;
export type TeamLandingView = (typeof teamLandingViews)[number];

/** A team: the categories whose tickets it owns, its members and its strategy. */
export const routingTeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  categories: z.array(z.string()),
  member_ids: z.array(z.string()),
  strategy: z.enum(assignmentStrategies),
  /** The view the team's agents land on (since migration 0020; `next` before). */
  landing_view: z.enum(teamLandingViews).optional(),
  /** An agent's first reply to an unassigned ticket of the team assigns it (since 0020; true before). */
  assign_on_reply: z.boolean().optional(),
  /** The team's business time for SLA clocks (since 0046); null or absent: 24x7. */
  business_calendar: businessCalendarWireSchema.nullable().optional(),
});
export type RoutingTeam = z.infer<typeof routingTeamSchema>;

/** Body of `POST /api/routing/teams` and `PUT /api/routing/teams/:id` (lead). */
export const routingTeamInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    categories: z.array(categoryKeySchema).max(100),
    member_ids: z.array(idSchema).max(500),
    strategy: z.enum(assignmentStrategies),
    /** Absent: `next` for a new team, unchanged for an existing one. */
    landing_view: z.enum(teamLandingViews).optional(),
    /** Absent: true for a new team, unchanged for an existing one. */
    assign_on_reply: z.boolean().optional(),
    /** Null: 24x7. Absent: 24x7 for a new team, unchanged for an existing one. */
    business_calendar: businessCalendarWireSchema.nullable().optional(),
  })
  .strict();
export type RoutingTeamInput = z.infer<typeof routingTeamInputSchema>;

/** What the router knows about one agent: skills (category keys), languages, capacity, paused. */
export const agentRoutingProfileSchema = z.object({
  agent_id: z.string(),
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  /** Most tickets with a running SLA clock the agent is handed; 0 receives none. */
  capacity: z.number().int(),
  /** A paused agent receives no new tickets (lunch, training). */
  paused: z.boolean(),
});
export type AgentRoutingProfile = z.infer<typeof agentRoutingProfileSchema>;

/** Body of `PUT /api/routing/agents/:id` (lead). */
export const agentRoutingProfileInputSchema = z
  .object({
    skills: z.array(categoryKeySchema).max(100),
    languages: z.array(languageSchema).max(20),
    capacity: z.number().int().min(0).max(500),
    paused: z.boolean(),
  })
  .strict();
export type AgentRoutingProfileInput = z.infer<typeof agentRoutingProfileInputSchema>;

/**
 * A priority rule: when every condition it sets matches (an empty list sets none), the ticket gets
 * `priority`. Patterns are plain text found anywhere in the subject or body, ignoring case: any one
 * pattern matches. The highest priority among the matching rules wins.
 */
export const priorityRuleSchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1).max(200),
    categories: z.array(categoryKeySchema).max(100),
    patterns: z.array(z.string().trim().min(1).max(200)).max(100),
    languages: z.array(languageSchema).max(20),
    priority: z.enum(ticketPriorities),
  })
  .strict();
export type PriorityRule = z.infer<typeof priorityRuleSchema>;

/** Body and answer of `PUT /api/routing/rules` (lead): the whole rule list and the skill wait. */
export const routingRulesInputSchema = z
  .object({
    rules: z.array(priorityRuleSchema).max(200),
    /** Minutes after which an unassigned ticket no longer needs an agent with the skill and language. */
    skill_wait_minutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
  })
  .strict();
export type RoutingRulesInput = z.infer<typeof routingRulesInputSchema>;

/** `GET /api/routing` (agent): everything routing decides with. */
export const routingConfigurationSchema = z.object({
  teams: z.array(routingTeamSchema),
  profiles: z.array(agentRoutingProfileSchema),
  rules: z.array(priorityRuleSchema),
  skill_wait_minutes: z.number().int(),
  /** The triage confidence at or above which routing follows the suggested category (triage settings). */
  triage_threshold: z.number(),
  /** Agents connected right now. */
  online_agent_ids: z.array(z.string()),
});
export type RoutingConfiguration = z.infer<typeof routingConfigurationSchema>;

/** Body of `POST /api/routing/preview` (agent): a ticket draft. */
export const routingPreviewRequestSchema = z
  .object({
    subject: z.string().max(limits.subjectLength),
    body: z.string().max(100_000),
    category: categoryKeySchema.nullish(),
    /** The draft's language; guessed from its writing system when absent. */
    language: languageSchema.nullish(),
  })
  .strict();
export type RoutingPreviewRequest = z.infer<typeof routingPreviewRequestSchema>;

/** One step of a routing decision, for the console to say in the agent's language. */
export const routingReasonSchema = z.object({
  code: z.enum([
    'rule_matched',
    'no_rule_matched',
    'followed_suggestion',
    'customer_category',
    'no_category',
    'team_owns_category',
    'no_team',
    'manual_strategy',
    'assigned',
    'nobody_available',
    'skill_dropped',
  ]),
  rule_id: z.string().optional(),
  team_id: z.string().optional(),
  agent_id: z.string().optional(),
  category: z.string().optional(),
});
export type RoutingReason = z.infer<typeof routingReasonSchema>;

/** Where a ticket goes and why. */
export const routingDecisionSchema = z.object({
  category: z.string().nullable(),
  team_id: z.string().nullable(),
  assignee_id: z.string().nullable(),
  priority: z.enum(ticketPriorities),
  reasons: z.array(routingReasonSchema),
});
export type RoutingDecision = z.infer<typeof routingDecisionSchema>;

/** Answer of `POST /api/routing/preview`: the decision, with the language it assumed. */
export const routingPreviewSchema = routingDecisionSchema.extend({ language: z.string().nullable() });
export type RoutingPreview = z.infer<typeof routingPreviewSchema>;

/** One entry of `GET /api/audit?limit=` (lead), newest first. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  agent_id: z.string().nullable(),
  /** Who acted, by name, also when the agent is no longer listed (disabled); absent from older services. */
  agent_name: z.string().nullable().optional(),
  /** True when the operator's admin token acted (the service's own admin identity, not a person's account). */
  by_admin_token: z.boolean().optional(),
  action: z.string(),
  ticket_ids: z.array(z.string()),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });

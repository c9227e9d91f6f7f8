import { z } from 'zod';
import { ticketStatuses } from './vocabulary';
import { categoryKeySchema, timestampSchema } from './schemas';

/**
 * Wire schemas of the team leads' metrics (`GET /api/metrics`, lead role). Every figure is computed by the
 * service in SQL; `docs/metrics.md` defines each one. Durations are milliseconds; rates are shares in 0…1.
 */

/** Buckets of the flow series. */
export const metricsBuckets = ['hour', 'day'] as const;
export type MetricsBucket = (typeof metricsBuckets)[number];

/** Age buckets of the backlog, youngest first (upper bounds in hours; the last is open-ended). */
export const backlogAgeBuckets = ['under_1h', '1h_4h', '4h_24h', '1d_3d', '3d_7d', 'over_7d'] as const;
export type BacklogAgeBucket = (typeof backlogAgeBuckets)[number];

/** The longest range one request may cover, and the most hourly points it may ask for. */
export const metricsLimits = { maxRangeDays: 366, maxHourlyPoints: 24 * 31 } as const;

/** Query of `GET /api/metrics`: a range (default the 7 days before now), a category, a team, a bucket size. */
export const metricsQuerySchema = z
  .object({
    from: timestampSchema.optional(),
    to: timestampSchema.optional(),
    category: categoryKeySchema.optional(),
    /** A routing team's id: only the categories it owns, and its members in the agent tables. */
    team: z.string().min(1).max(64).optional(),
    /** Default: `hour` for ranges up to 3 days, `day` beyond. */
    bucket: z.enum(metricsBuckets).optional(),
  })
  .strict();
export type MetricsQuery = z.infer<typeof metricsQuerySchema>;

/** A share: `count` of `total`; `rate` is null when `total` is 0 (nothing to measure). */
export const metricsRateSchema = z.object({
  count: z.number().int(),
  total: z.number().int(),
  rate: z.number().nullable(),
});
export type MetricsRate = z.infer<typeof metricsRateSchema>;

/** Median and 90th percentile of a set of durations; null when the set is empty. */
export const durationStatsSchema = z.object({
  count: z.number().int(),
  median_ms: z.number().nullable(),
  p90_ms: z.number().nullable(),
});
export type DurationStats = z.infer<typeof durationStatsSchema>;

/**
 * The same figures in business time (docs/metrics.md "Business hours"): only the open hours of the ticket's
 * team calendar count, over the group's tickets whose team has one.
 */
export const businessDurationsSchema = z.object({
  first_response: durationStatsSchema,
  resolution: durationStatsSchema,
});
export type BusinessDurations = z.infer<typeof businessDurationsSchema>;

/** Response and resolution times of one group (a category, or an agent). */
export const responseTimesRowSchema = z.object({
  /** Category key (null: uncategorized) or agent id (null: unassigned). */
  key: z.string().nullable(),
  /** The agent's name for agent rows; null for category rows. */
  name: z.string().nullable(),
  /** Calendar time: every minute from arrival to the reply or solution counts (minus pauses). */
  first_response: durationStatsSchema,
  resolution: durationStatsSchema,
  /**
   * Business time, over the group's tickets of teams with business hours; null when none of them has a
   * team calendar. Absent from services before this field.
   */
  business_time: businessDurationsSchema.nullable().optional(),
});
export type ResponseTimesRow = z.infer<typeof responseTimesRowSchema>;

/** The languages the quality block reports, in the page's order: the desk's three, then every other. */
export const qualityLanguages = ['ko', 'en', 'zh', 'other'] as const;
export type QualityLanguage = (typeof qualityLanguages)[number];

/**
 * Quality of one language's tickets, from agents' corrections (issue 18; docs/metrics.md "Quality per
 * language"): tickets created in the range whose detected language is this one.
 */
export const languageQualitySchema = z.object({
  language: z.enum(qualityLanguages),
  /** Tickets created in the range in this language. */
  tickets: z.number().int(),
  /** Of tickets whose suggested category an agent confirmed or corrected, those that kept the suggestion. */
  triage: metricsRateSchema,
  duplicates: z.object({
    /** Possible duplicates offered on these tickets (each offered earlier ticket counts once). */
    offers: z.number().int(),
    merged: z.number().int(),
    dismissed: z.number().int(),
    /** Neither merged nor dismissed yet. */
    pending: z.number().int(),
    /** Merged of the offers an agent decided (merged + dismissed). */
    acceptance: metricsRateSchema,
  }),
  checklist: z.object({
    /** Checklist items marked differently from what extraction said when the agent marked them. */
    corrections: z.number().int(),
    /** Tickets with at least one such correction. */
    corrected_tickets: z.number().int(),
    /** Corrections per 100 tickets of the language; null without tickets. */
    per_100_tickets: z.number().nullable(),
  }),
});
export type LanguageQuality = z.infer<typeof languageQualitySchema>;

export const metricsSchema = z.object({
  /** The service's clock when it computed the answer. */
  generated_at: z.string(),
  range: z.object({ from: z.string(), to: z.string(), bucket: z.enum(metricsBuckets) }),
  category: z.string().nullable(),
  /** The routing team asked for (null: every team); absent from services without teams. */
  team: z.string().nullable().optional(),
  /** The open tickets now (new, open, awaiting customer, on hold), whatever the range. */
  backlog: z.object({
    total: z.number().int(),
    unassigned: z.number().int(),
    /**
     * Open tickets whose SLA is at risk and not yet breached (shared/sla/attention.ts; the queue's At risk
     * view). Older services counted breached ones here too.
     */
    at_risk: z.number().int(),
    /** Open tickets with an SLA clock past due (the queue's Breached view); absent from older services. */
    breached: z.number().int().optional(),
    by_category_status: z.array(
      z.object({ category: z.string().nullable(), status: z.enum(ticketStatuses), count: z.number().int() }),
    ),
    by_age: z.array(z.object({ age: z.enum(backlogAgeBuckets), count: z.number().int() })),
  }),
  /** Incoming (created) and solved tickets per bucket, every bucket of the range present. */
  flow: z.array(z.object({ at: z.string(), incoming: z.number().int(), solved: z.number().int() })),
  response_times: z.object({
    by_category: z.array(responseTimesRowSchema),
    by_agent: z.array(responseTimesRowSchema),
  }),
  rates: z.object({
    sla_breach: metricsRateSchema,
    reopen: metricsRateSchema,
    /** Tickets created in the range that were merged into another (null from services without merging). */
    duplicate: metricsRateSchema.nullable(),
    /** Tickets with a suggested category whose final category equals it (null when none had a suggestion). */
    triage_accuracy: metricsRateSchema.nullable(),
  }),
  agents: z.array(
    z.object({
      agent_id: z.string(),
      name: z.string(),
      open_tickets: z.number().int(),
      capacity: z.number().int(),
      handled: z.number().int(),
      median_handling_ms: z.number().nullable(),
      /** Connected to the live socket now; null when the service cannot tell. */
      online: z.boolean().nullable(),
    }),
  ),
  /** Per category: tickets in the last window against the trailing average of the windows before it. */
  spikes: z.object({
    window_hours: z.number(),
    baseline_days: z.number(),
    categories: z.array(
      z.object({
        category: z.string().nullable(),
        recent: z.number().int(),
        baseline_average: z.number(),
        flagged: z.boolean(),
      }),
    ),
  }),
  /** Quality per language (ko, en, zh, other, in that order); absent from services before issue 18. */
  quality_by_language: z.array(languageQualitySchema).optional(),
});
export type Metrics = z.infer<typeof metricsSchema>;

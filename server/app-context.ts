import type { SharedRateLimits } from './cluster/shared-rate-limits';
import type { AccountService } from './accounts/account-service';
import type { ReadGuard } from './access/read-guard';
import type { TeamScope } from './access/team-scope';
import type { DuplicateService } from './duplicates/duplicate-service';
import type { Authenticator } from './http/auth';
import type { IncidentService } from './incidents/incident-service';
import type { IntakeAnalyzer } from './intake-analysis/analyzer';
import type { Router } from './routing/router';
import type { SqlDatabase } from './storage/database';
import type { TicketStore } from './storage/ticket-store';
import type { IntakeGate } from './tickets/intake-gate';
import type { TriageService } from './triage/triage-service';
import type { SafetyService } from './safety/safety-service';

/** A request budget per client address. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** What the HTTP routes need from the running service. */
export interface AppContext {
  store: TicketStore;
  authenticator: Authenticator;
  /** Agents' sessions and accounts: logins, MFA, sign-out, disabling (server/accounts). */
  accounts: AccountService;
  /** The service's clock (milliseconds since the epoch); `Date.now` when absent. */
  now?: () => number;
  /** Public intake budget per client address (requests with the admin token are exempt). */
  intakeRateLimit: RateLimit;
  /** Login budget per client address. */
  loginRateLimit: RateLimit;
  /**
   * Several nodes: the rate limits' counts, shared through PostgreSQL (server/cluster/shared-rate-limits.ts).
   * Absent: each process counts alone (one node, PGlite).
   */
  sharedRateLimits?: SharedRateLimits;
  /** The built console to serve at `/`, or null to serve the API only. */
  consoleDir: string | null;
  log: (line: string) => void;
  /** Auto-triage (category suggestions, retraining); absent in apps built without it. */
  triage?: TriageService;
  /** Intake's text analysis, on a worker thread (server/intake-analysis); absent: analyzed on the request's thread. */
  intakeAnalyzer?: IntakeAnalyzer;
  /** Large intakes' writes, one at a time and after small intakes in progress (server/tickets/intake-gate.ts); absent: no order. */
  intakeGate?: IntakeGate;
  /** Duplicate and related-ticket detection (docs/duplicates.md); absent in apps built without it. */
  duplicates?: DuplicateService;
  /** Routing (docs/routing.md) and the database its edits write to; absent in apps built without it. */
  routing?: { router: Router; database: SqlDatabase };
  /** Incidents and the customer help center (docs/incidents.md) and their database; absent in apps built without them. */
  incidents?: { service: IncidentService; database: SqlDatabase };
  /** HS256 secret of `X-Customer-Assertion` (CUSTOMER_ASSERTION_SECRET); null or absent: no customer is verified. */
  customerAssertionSecret?: string | null;
  /** The e-mail channel's database and outbound queue doorbell (server/mail); absent when mail is off. */
  mail?: { database: SqlDatabase; poke(): void };
  /** The agents with a connected console socket now (the Metrics page's "online"); absent without live sockets. */
  onlineAgentIds?: () => ReadonlySet<string>;
  /** Link warnings, reply lint and the official domains (docs/security.md); absent in apps built without it. */
  safety?: SafetyService;
  /** The access log and the read budget (docs/security.md "Reads"); absent: reads are neither logged nor limited. */
  reads?: ReadGuard;
  /** The lead's team scope (docs/security.md "Team scope"); absent: every agent sees every ticket. */
  teamScope?: TeamScope;
}

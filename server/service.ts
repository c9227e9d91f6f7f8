import { createSharedRateLimits, type SharedRateLimits } from './cluster/shared-rate-limits';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Agent } from '../shared/domain/schemas';
import type { AppContext, RateLimit } from './app-context';
import { buildApp } from './app';
import { createAccountService } from './accounts/account-service';
import { createDuplicateService, type DuplicateService } from './duplicates/duplicate-service';
import { createTeamScope } from './access/team-scope';
import { createReadGuard } from './access/read-guard';
import { startAccessLogPruning } from './access/access-log-pruning';
import { startChecklistBackfill } from './startup/checklist-backfill';
import { createAuthenticator } from './http/auth';
import { createTicketExistence } from './live/ticket-existence';
import { createRouter, type Router } from './routing/router';
import { createChangeBroadcaster } from './live/change-broadcaster';
import { clusterNeedsPostgres, startCluster, type Cluster } from './cluster/cluster';
import { createSocketAdapter, type SocketAdapter } from './cluster/socket-adapter';
import { readAgentNames } from './cluster/agent-names';
import { createSettingsReload } from './cluster/settings-reload';
import { createTrainingLock } from './cluster/training-lock';
import { attachLiveEvents, type LiveEvents } from './live/socket-server';
import { discardLog } from './logger';
import { resolveAdminToken } from './startup/admin-token';
import { openDatabase } from './storage/database';
import { migrate } from './storage/migrate';
import { createTicketStore } from './storage/ticket-store';
import { createSafetyService } from './safety/safety-service';
import { scrubStoredSecrets } from './safety/scrub-stored';
import { parseOfficialDomains } from '../shared/safety/links';
import { storeResuggestions } from './triage/resuggestions';
import { createTriageService, type TriageService } from './triage/triage-service';
import type { IntakeAnalyzer } from './intake-analysis/analyzer';
import { createLanedAnalyzer } from './intake-analysis/laned-analyzer';
import { createIntakeGate } from './tickets/intake-gate';
import { createIncidentService } from './incidents/incident-service';
import { isMailEnabled, startMailService, type MailOptions, type MailService } from './mail/mail-service';

/** How to run the ticket service. */
export interface ServiceOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Address to listen on; 127.0.0.1 by default. */
  host?: string;
  /** Folder of the embedded database (PGlite) and the generated admin token; null or absent keeps all in memory. */
  dataDir?: string | null;
  /** A PostgreSQL URL; when set, the data lives there instead of in PGlite. */
  databaseUrl?: string;
  /** Load the demo agents and tickets (once per database). */
  demo?: boolean;
  /** The service's clock (milliseconds since the epoch), for SLA clocks; `Date.now` by default. */
  now?: () => number;
  /** Serve the built console from this folder at `/`, with index.html for unknown paths. */
  consoleDir?: string | null;
  /** The admin's API token; generated (and kept in `dataDir`) when absent. */
  adminToken?: string;
  /** Public intake budget per client address; 60 per minute by default. */
  intakeRateLimit?: { max: number; windowMs: number };
  /** Where log lines go; discarded when absent. */
  log?: (line: string) => void;
  /**
   * Keep the access log and the read budget (docs/security.md "Reads"); true by default. False exists only
   * so the bench can measure what they cost; no command-line flag turns them off.
   */
  auditReads?: boolean;
  /** Between two prunes of the access log by its retention; hourly by default (tests set it shorter). */
  accessLogPruneIntervalMs?: number;
  /** Analyze intake requests on a worker thread (server/intake-analysis); true by default. */
  analysisThread?: boolean;
  /** HS256 secret of `X-Customer-Assertion`; `CUSTOMER_ASSERTION_SECRET` from the environment by default. */
  customerAssertionSecret?: string | null;
  /** The exchange's official domains (docs/security.md); `OFFICIAL_DOMAINS` (comma-separated) by default. */
  officialDomains?: readonly string[];
  /** The e-mail channel (server/mail, docs/email.md): SMTP intake, IMAP polling, outbound mail. Off when absent. */
  mail?: MailOptions;
  /**
   * Run as one of several nodes on one PostgreSQL (server/cluster, docs/deploy.md): live events from every
   * node's commits, one elected router. On by default with `databaseUrl`; true without it fails at start
   * (PGlite belongs to one process).
   */
  cluster?: boolean;
  /** How often a node that is not the router tries to become it; 1 s by default (tests shorten it). */
  routerElectionIntervalMs?: number;
  /** Several nodes: how often the shared rate limits sync with the other nodes (250 ms by default). */
  rateLimitSyncIntervalMs?: number;
  /**
   * Auto-triage's waits (server/triage/triage-service.ts): before a training after the last ask (2 s), and
   * after hearing another node's new tickets before counting the history (3 minutes). Tests shorten them.
   */
  triageTiming?: { retrainDelayMs?: number; heardHistoryCheckMs?: number };
}

/** A started service. */
export interface RunningService {
  /** `http://127.0.0.1:<port>` (or the host it listens on). */
  url: string;
  port: number;
  adminToken: string;
  /** The SMTP intake's port (`mail.smtpPort`), or null when it is off. */
  smtpPort: number | null;
  /** The e-mail channel, or null when it is off. */
  mail: MailService | null;
  /**
   * Makes sure the desktop shell's agent (`local@localhost`, role lead, no password) exists, named `name`
   * when created, and issues a fresh token for it (replacing the one issued before).
   */
  ensureLocalAgent(name: string): Promise<{ token: string; agent: Agent }>;
  /** Whether this node hands out waiting tickets: always with one node; the elected one of several. */
  isRouter(): boolean;
  /** Stops accepting work, finishes requests in flight, disconnects sockets, closes the database. */
  close(): Promise<void>;
}

const defaultIntakeRateLimit: RateLimit = { max: 60, windowMs: 60_000 };
const loginRateLimit: RateLimit = { max: 100, windowMs: 60_000 };
const localAgentEmail = 'local@localhost';

/** Where the URL a client should use points, for a listening address. */
function urlFor(host: string, port: number): string {
  const isWildcard = host === '0.0.0.0' || host === '::' || host === '';
  const reachableHost = isWildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachableHost}:${port}`;
}

/**
 * Starts the ticket service: opens and migrates the database, loads demo data if asked, serves the HTTP API
 * and socket.io on one port. Logs `listening on <url>` when ready.
 */
export async function startService(options: ServiceOptions = {}): Promise<RunningService> {
  const log = options.log ?? discardLog;
  const dataDir = options.dataDir ?? null;
  if (options.cluster === true && !options.databaseUrl) {
    throw new Error(clusterNeedsPostgres);
  }
  const clusterUrl = options.cluster === false ? null : (options.databaseUrl ?? null);
  const database = await openDatabase({
    databaseUrl: options.databaseUrl ?? null,
    dataDir: dataDir === null ? null : join(dataDir, 'pglite'),
  });
  let app: FastifyInstance | null = null;
  let triage: TriageService | null = null;
  let intakeAnalyzer: IntakeAnalyzer | null = null;
  let duplicates: DuplicateService | null = null;
  let router: Router | null = null;
  let mail: MailService | null = null;
  let sharedRateLimits: SharedRateLimits | null = null;
  let cluster: Cluster | null = null;
  let socketAdapter: SocketAdapter | null = null;
  try {
    await migrate(database);
    // Secrets stored before masking existed are masked before anything reads them (migration 0012).
    await scrubStoredSecrets(database, { log });
    const admin = resolveAdminToken(options.adminToken, dataDir);
    if (admin.isNew) {
      log(
        `admin token (shown once${dataDir === null ? '' : `, kept in ${join(dataDir, 'admin-token')}`}): ${admin.token}`,
      );
    }
    let notifyBroadcaster = (): void => undefined;
    const store = createTicketStore(database, {
      onChangesCommitted: () => notifyBroadcaster(),
      // An agent's category correction, status change or merge reaches this node's duplicate index before
      // the answer (the change log brings it to the other nodes' indexes).
      onTicketsEdited: (edits) => duplicates?.ticketsEdited(edits),
      // The e-mail channel queues an agent's reply as mail in the reply's own transaction.
      onAgentReply: async (transaction, ticketId, message) =>
        mail?.onAgentReply(transaction, ticketId, message),
      ...(options.now ? { now: options.now } : {}),
    });
    if (options.demo) {
      const started = performance.now();
      // Loaded on demand: a team service never needs the demo generator.
      const { loadDemoData } = await import('./startup/load-demo');
      const demo = await loadDemoData(store, { now: new Date() });
      if (demo.isLoaded) {
        log(
          `demo data: ${demo.agentCount} agents, ${demo.ticketCount} tickets in ${Math.round(performance.now() - started)} ms`,
        );
      }
    }
    // Sessions that end through this node cut their live sockets at once (the sockets attach later).
    let liveForSessions: LiveEvents | null = null;
    const accounts = createAccountService({
      database,
      ...(options.now ? { now: options.now } : {}),
      onSessionsEnded: (ended) => liveForSessions?.endSessions(ended),
    });
    const authenticator = createAuthenticator(accounts, admin.token, await store.systemAdmin());
    // Intake's text analysis runs on worker threads with their own copy of the triage model in force: one
    // for ordinary texts and one for large ones, so a small intake never waits behind a 1 MB one.
    const analyzer = createLanedAnalyzer({
      useWorker: options.analysisThread ?? true,
      suggest: (text) => triage?.suggest(text) ?? null,
      log,
    });
    intakeAnalyzer = analyzer;
    // Auto-triage loads its stored model before the first intake, and trains in the background when there is
    // history but no model yet (docs/triage.md).
    triage = createTriageService({
      database,
      log,
      ...options.triageTiming,
      // Several nodes: one trains at a time for the whole desk, the others load its model (docs/triage.md).
      ...(clusterUrl === null ? {} : { trainingLock: createTrainingLock({ url: clusterUrl, log }) }),
      onModelChanged: (data) => analyzer.setModel(data),
      // A new model or threshold commits `settings.updated`: the other nodes load it from the database.
      onChangesCommitted: () => notifyBroadcaster(),
      // Tickets filed while a new model trained get its suggestion when it lands (docs/triage.md).
      onResuggest: async (resuggestions, threshold) => {
        const changed = await storeResuggestions(database, resuggestions, threshold);
        if (changed.length > 0) {
          notifyBroadcaster();
        }
      },
    });
    await triage.start();
    // Changes after this seq reach the broadcaster, and with it the duplicate index (another node's new
    // tickets): read before the index loads, so a ticket committed meanwhile is in one or the other.
    const changesAfter = await store.latestChangeSeq();
    // The duplicate index holds every stored ticket in memory (docs/duplicates.md "Persisted"): loaded from
    // the stored descriptions once the node listens (below), so health answers at once; lookups wait for it.
    duplicates = createDuplicateService({ database, log, onChangesCommitted: () => notifyBroadcaster() });
    const duplicatesForStart = duplicates;
    // Several nodes: each hears every node's commits from the change log, and one elected node hands out
    // waiting tickets (server/cluster). The callbacks reach the broadcaster and router created below.
    let onRemoteCommit = (): void => undefined;
    let onRouterChange = (): void => undefined;
    if (clusterUrl !== null) {
      cluster = await startCluster({
        url: clusterUrl,
        log,
        onCommitted: () => onRemoteCommit(),
        onRouterChange: () => onRouterChange(),
        ...(options.routerElectionIntervalMs === undefined
          ? {}
          : { electionIntervalMs: options.routerElectionIntervalMs }),
      });
    }
    const clusterForRouting = cluster;
    if (clusterUrl !== null) {
      sharedRateLimits = createSharedRateLimits({
        database,
        log,
        ...(options.now ? { now: options.now } : {}),
        ...(options.rateLimitSyncIntervalMs === undefined
          ? {}
          : { syncIntervalMs: options.rateLimitSyncIntervalMs }),
      });
    }
    // Routing keeps its configuration in memory so intake decides without a query (docs/routing.md).
    const triageForRouting = triage;
    router = createRouter({
      database,
      triageThreshold: () => triageForRouting.misfiledThreshold(),
      onChangesCommitted: () => notifyBroadcaster(),
      log,
      ...(options.now ? { now: options.now } : {}),
      ...(clusterForRouting === null ? {} : { isRouter: () => clusterForRouting.isRouter() }),
    });
    await router.start();
    const routerForCluster = router;
    onRouterChange = () => routerForCluster.schedule();
    // The live sockets are attached to the app's server after it is built: the metrics route asks them late.
    let liveForMetrics: LiveEvents | null = null;
    // What one agent reads: the access log and the hourly read budget (docs/security.md "Reads").
    const reads = createReadGuard({
      database,
      onChangesCommitted: () => notifyBroadcaster(),
      ...(options.now ? { now: options.now } : {}),
      onBudgetExceeded: (alert) => {
        log(`read budget: ${alert.agent_name} (${alert.agent_id}) was refused ticket ${alert.ticket_id}`);
        liveForMetrics?.emitReadBudgetAlert(alert);
      },
    });
    const teamScope = createTeamScope({
      database,
      onChangesCommitted: () => notifyBroadcaster(),
      ...(options.now ? { now: options.now } : {}),
    });
    const context: AppContext = {
      ...(options.auditReads === false ? {} : { reads }),
      teamScope,
      store,
      authenticator,
      accounts,
      ...(options.now ? { now: options.now } : {}),
      intakeRateLimit: options.intakeRateLimit ?? defaultIntakeRateLimit,
      loginRateLimit,
      ...(sharedRateLimits === null ? {} : { sharedRateLimits }),
      consoleDir: options.consoleDir ?? null,
      log,
      triage,
      intakeAnalyzer: analyzer,
      // A 1 MB intake is written alone and after the small intakes in progress (server/tickets/intake-gate.ts).
      intakeGate: createIntakeGate(),
      duplicates,
      routing: { router, database },
      safety: createSafetyService(
        database,
        store,
        parseOfficialDomains(options.officialDomains ?? process.env.OFFICIAL_DOMAINS ?? ''),
      ),
      onlineAgentIds: () => liveForMetrics?.onlineAgentIds() ?? new Set(),
      incidents: {
        service: createIncidentService({ database, log, onChangesCommitted: () => notifyBroadcaster() }),
        database,
      },
      customerAssertionSecret:
        options.customerAssertionSecret ?? process.env.CUSTOMER_ASSERTION_SECRET ?? null,
    };
    if (isMailEnabled(options.mail)) {
      mail = await startMailService({
        mail: options.mail,
        database,
        context,
        log,
        onChangesCommitted: () => notifyBroadcaster(),
        ...(options.now ? { now: options.now } : {}),
      });
      const started = mail;
      context.mail = { database, poke: () => started.pokeOutbound() };
    }
    app = await buildApp(context);
    const server = app;
    const routingForLive = router;
    // Several nodes: presence travels between them through the socket.io adapter (ids only).
    if (clusterUrl !== null) {
      socketAdapter = await createSocketAdapter(clusterUrl, log);
    }
    const live = attachLiveEvents(server.server, authenticator, {
      onOnlineChange: (agentIds) => routingForLive.setOnline(agentIds),
      liveTokenHashes: (hashes) => accounts.liveTokenHashes(hashes),
      endedSessionReasons: (hashes) => accounts.endedSessionReasons(hashes),
      isTicket: createTicketExistence(database),
      visibleTickets: async (agent, ticketIds) =>
        (await teamScope.scopeFor(agent)) === null ? null : teamScope.visibleTicketIds(agent, ticketIds),
      // Updates go to every agent (ids only, as every change): one that takes a ticket out of an agent's
      // team scope must reach that agent, whose console then drops its copy (docs/security.md "Team scope").
      // An agent's preferences changed: only that agent hears of it (its consoles read them again).
      changeAudience: async (change) => {
        if (change.type === 'preferences.updated') {
          const owner = (await store.changeAgentIds([change.seq])).get(change.seq);
          return (agent) => Promise.resolve(agent.id === owner);
        }
        return change.ticket_id === null || change.type === 'ticket.updated'
          ? null
          : teamScope.audienceOf(change.ticket_id);
      },
      ...(socketAdapter === null
        ? {}
        : {
            cluster: { adapter: socketAdapter.adapter, agentNames: (ids) => readAgentNames(database, ids) },
          }),
    });
    liveForMetrics = live;
    liveForSessions = live;
    // What this node keeps in memory of the settings follows every node's `settings.updated` (server/cluster).
    const reloadSettings = createSettingsReload({
      holders: { routing: routingForLive, triage: triageForRouting, reads, teamScope },
      isCluster: clusterForRouting !== null,
      log,
    });
    const broadcaster = createChangeBroadcaster({
      startAfter: changesAfter,
      readChangesSince: (since, limit) => store.changesSince(since, limit),
      emit: (change) => {
        live.emitChange(change);
        reloadSettings(change);
        duplicatesForStart.applyChange(change);
      },
      log,
    });
    // Another node's commit: push it to this node's sockets, and the router looks again.
    onRemoteCommit = () => {
      broadcaster.notify();
      routingForLive.schedule();
    };
    // Every committed change may free capacity (a solved ticket) or add work: the router looks again.
    const mailForCommits = mail;
    notifyBroadcaster = () => {
      broadcaster.notify();
      routingForLive.schedule();
      mailForCommits?.afterCommit();
    };
    const host = options.host ?? '127.0.0.1';
    await server.listen({ port: options.port ?? 0, host });
    // Loading a million tickets takes seconds of the service's thread: it starts after the rest of the start,
    // which it would otherwise slow, and runs in slices between requests.
    const indexing = performance.now();
    void duplicatesForStart
      .start(new Date(options.now?.() ?? Date.now()))
      .then((indexed) => {
        const { fromStored, describedFromText } = duplicatesForStart.stats;
        log(
          `duplicate index: ${indexed} tickets in ${Math.round(performance.now() - indexing)} ms ` +
            `(${fromStored} from stored descriptions, ${describedFromText} described from text)`,
        );
      })
      .catch((error: unknown) => log(`duplicates: loading the index failed: ${String(error)}`));
    // Stored tickets without their lists (the demo, history imported before, an older version's data) get
    // them in the background, between requests.
    void duplicatesForStart
      .annotateBacklog()
      .then((count) => {
        if (count > 0) {
          log(`duplicates: ${count} stored tickets got possible duplicates or related tickets`);
        }
      })
      .catch((error: unknown) => log(`duplicates: annotating stored tickets failed: ${String(error)}`));
    const address = server.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
    const url = urlFor(host, port);
    log(
      `listening on ${url} (${database.engine === 'pglite' ? `PGlite${dataDir === null ? ', in memory' : ''}` : 'PostgreSQL'})`,
    );
    // Access-log entries older than the lead's retention go, at start and hourly (docs/security.md "Reads").
    const pruning = startAccessLogPruning({
      reads,
      log,
      ...(options.accessLogPruneIntervalMs === undefined
        ? {}
        : { intervalMs: options.accessLogPruneIntervalMs }),
    });
    // Stored open tickets' checklists follow the current rules, once per rules version (docs/checklist.md).
    const checklistBackfill = startChecklistBackfill({ store, log });
    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      adminToken: admin.token,
      smtpPort: mail?.smtpPort ?? null,
      mail,
      isRouter: () => clusterForRouting?.isRouter() ?? true,
      ensureLocalAgent: async (name) => {
        const agent =
          (await store.findAgentByEmail(localAgentEmail)) ??
          (await store.createAgent({ email: localAgentEmail, name, role: 'lead', password: null }));
        const token = await store.issueToken(agent.id, 'desktop', { replaceLabelled: true });
        return { token, agent };
      },
      close: () => {
        closing ??= (async () => {
          await mail?.close();
          await live.close();
          await socketAdapter?.close();
          await server.close();
          await sharedRateLimits?.close();
          await router?.close();
          await triage?.close();
          await analyzer.close();
          await duplicates?.close();
          await pruning.stop();
          await checklistBackfill.stop();
          await broadcaster.settle();
          await cluster?.close();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await mail?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await triage?.close().catch(() => undefined);
    await intakeAnalyzer?.close().catch(() => undefined);
    await cluster?.close().catch(() => undefined);
    await sharedRateLimits?.close().catch(() => undefined);
    await socketAdapter?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

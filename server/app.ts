import { sharedRateLimitStore } from './cluster/shared-rate-limits';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from './app-context';
import { serveConsole } from './http/console-static';
import { installErrorHandling } from './http/error-handling';
import { installSecurityHeaders } from './http/security-headers';
import { registerAccountRoutes } from './routes/accounts';
import { assertStorableText } from './tickets/storable-text';
import { registerAccessLogRoutes } from './routes/access-log';
import { registerAttachmentRoutes } from './routes/attachments';
import { registerChangeRoutes } from './routes/changes';
import { registerSyncRoutes } from './routes/sync';
import { registerCustomerRoutes } from './routes/customer';
import { registerDirectoryRoutes } from './routes/directory';
import { registerDuplicateRoutes } from './routes/duplicates';
import { registerFaqRoutes } from './routes/faq';
import { registerHelpRoutes } from './help/help-routes';
import { registerIncidentRoutes } from './incidents/incident-routes';
import { registerHealthRoutes } from './routes/health';
import { registerImportRoutes } from './routes/import';
import { registerMailRoutes } from './mail/routes';
import { registerMergeRoutes } from './routes/merge';
import { registerIntakeRoutes } from './routes/intake';
import { registerMetricsRoutes } from './routes/metrics';
import { registerPreferenceRoutes } from './routes/preferences';
import { registerRoutingRoutes } from './routes/routing';
import { registerSessionRoutes } from './routes/session';
import { registerSettingsRoutes } from './routes/settings';
import { registerSafetyRoutes } from './routes/safety';
import { registerTeamScopeRoutes } from './routes/team-scope';
import { registerTicketRoutes } from './routes/tickets';
import { registerTriageRoutes } from './triage/routes';
import { installJsonBodyParser } from './http/json-body';

/** Body limit of routes that do not set their own (agent replies hold up to 1,000,000 characters). */
const defaultBodyLimit = 8 * 1024 * 1024;

/**
 * The service's HTTP application: every route of CONTRACT.md and docs/api.md, JSON errors for all bad input,
 * CORS for any origin (the desktop console loads from file:// or a custom scheme and sends bearer tokens,
 * never cookies), security headers, and the built console at `/` when `context.consoleDir` is set.
 * Not listening yet: the caller attaches socket.io to `app.server` and listens.
 */
export async function buildApp(context: AppContext): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: defaultBodyLimit, return503OnClosing: true });
  app.decorateRequest('agent', null);
  app.decorateRequest('session', null);
  // Once closing, every answer still being sent asks its client to close the connection: a keep-alive
  // connection whose request was in flight when closing began would otherwise stay open until the client
  // drops it, and the service could not stop before then.
  let isClosing = false;
  app.addHook('preClose', (done) => {
    isClosing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (isClosing) {
      void reply.header('connection', 'close');
    }
    done(null, payload);
  });
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-customer-assertion'],
    maxAge: 600,
  });
  // Several nodes count every route's budget together, so a client cannot take one budget per node.
  await app.register(rateLimit, {
    global: false,
    ...(context.sharedRateLimits ? { store: sharedRateLimitStore(context.sharedRateLimits) } : {}),
  });
  // JSON routes take JSON: Fastify's built-in text/plain parser would hand them a string, which failed
  // validation with a 400 where docs/api.md promises 415. (NDJSON and CSV routes register their own types.)
  app.removeContentTypeParser('text/plain');
  // Every text field of every request is checked for text the database cannot store (NUL, lone surrogates):
  // a 400 before any route runs, never a 500 from the database (routes that only forgot to check, such as
  // routing edits, answered 500). Import checks per record instead, so one bad record fails alone.
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      assertStorableText(request.params);
      assertStorableText(request.query);
      if (request.routeOptions.url !== '/api/import') {
        assertStorableText(request.body);
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  });
  // A 1 MB JSON body is decoded and parsed on a worker thread, not before every request that came meanwhile.
  const analyzer = context.intakeAnalyzer;
  installJsonBodyParser(app, analyzer ? (bytes) => analyzer.parseJson(bytes) : null);
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });
  installSecurityHeaders(app);
  let consoleFallback: Awaited<ReturnType<typeof serveConsole>> = null;
  installErrorHandling(app, context.log, async (request, reply) =>
    consoleFallback === null ? false : consoleFallback(request, reply),
  );
  if (context.consoleDir !== null) {
    consoleFallback = await serveConsole(app, context.consoleDir, context.log);
  }
  registerHealthRoutes(app);
  // Before the ticket routes: its guard hook must cover them (Fastify applies hooks to routes added later).
  registerTeamScopeRoutes(app, context);
  registerIntakeRoutes(app, context);
  registerTicketRoutes(app, context);
  registerImportRoutes(app, context);
  registerSessionRoutes(app, context);
  registerDirectoryRoutes(app, context);
  registerChangeRoutes(app, context);
  registerSyncRoutes(app, context);
  registerAttachmentRoutes(app, context);
  registerMetricsRoutes(app, context);
  registerCustomerRoutes(app, context);
  registerSettingsRoutes(app, context);
  registerSafetyRoutes(app, context);
  registerPreferenceRoutes(app, context);
  registerFaqRoutes(app, context);
  registerTriageRoutes(app, context);
  registerMergeRoutes(app, context);
  registerDuplicateRoutes(app, context);
  registerRoutingRoutes(app, context);
  if (context.incidents) {
    registerIncidentRoutes(app, context, context.incidents.service);
    registerHelpRoutes(app, context, context.incidents);
  }
  registerMailRoutes(app, context);
  registerAccountRoutes(app, context);
  registerAccessLogRoutes(app, context);
  return app;
}

import { parseCommandLine } from './command-line';
import { writeToStdout } from './logger';
import type { MailOptions } from './mail/mail-service';
import { clusterNeedsPostgres } from './cluster/cluster';
import { startService, type RunningService, type ServiceOptions } from './service';

/*
 * `npm run server -- --port P --data DIR [--demo] [--serve-console [DIR]] [--host H] [--smtp-port P] [--cluster]`
 * `DATABASE_URL` selects PostgreSQL; `CONSOLE_ADMIN_TOKEN` sets the admin token.
 * SIGTERM or SIGINT stops it cleanly: requests in flight finish, then the database closes.
 */

/**
 * The e-mail channel's settings (docs/email.md): `--smtp-port`, `IMAP_URL` (+ `IMAP_ACCESS_TOKEN`,
 * `IMAP_PROCESSED_FOLDER`), `SMTP_URL`, `MAIL_FROM`, `MAIL_SIGNING_SECRET`.
 */
function mailOptionsFrom(smtpPort: number | null, environment: NodeJS.ProcessEnv): MailOptions {
  return {
    smtpPort,
    imapUrl: environment.IMAP_URL || null,
    imapAccessToken: environment.IMAP_ACCESS_TOKEN || null,
    ...(environment.IMAP_PROCESSED_FOLDER ? { imapProcessedFolder: environment.IMAP_PROCESSED_FOLDER } : {}),
    smtpUrl: environment.SMTP_URL || null,
    mailFrom: environment.MAIL_FROM || null,
    ...(environment.MAIL_SIGNING_SECRET ? { signingSecret: environment.MAIL_SIGNING_SECRET } : {}),
  };
}

/** Runs the service until SIGTERM or SIGINT. */
async function main(argumentsList: readonly string[], environment: NodeJS.ProcessEnv): Promise<void> {
  const commandLine = parseCommandLine(argumentsList);
  const options: ServiceOptions = {
    port: commandLine.port,
    host: commandLine.host,
    dataDir: commandLine.dataDir,
    demo: commandLine.demo,
    consoleDir: commandLine.consoleDir,
    log: writeToStdout,
    ...(environment.DATABASE_URL ? { databaseUrl: environment.DATABASE_URL } : {}),
    ...(environment.CONSOLE_ADMIN_TOKEN ? { adminToken: environment.CONSOLE_ADMIN_TOKEN } : {}),
    mail: mailOptionsFrom(commandLine.smtpPort, environment),
    ...(commandLine.cluster ? { cluster: true } : {}),
  };
  if (commandLine.cluster && !environment.DATABASE_URL) {
    throw new Error(clusterNeedsPostgres);
  }
  if (commandLine.dataDir === null && !environment.DATABASE_URL) {
    writeToStdout('warning: no --data folder: the data lives in memory and is lost when the service stops');
  }
  // Signal handlers go in before the service starts: a process manager may send SIGTERM the moment it sees
  // the "listening on" line, and Node's default action would kill the process without closing the database.
  let service: RunningService | null = null;
  let stopRequested = false;
  const stop = (signal: string): void => {
    writeToStdout(`${signal}: stopping`);
    stopRequested = true;
    if (service === null) {
      return; // Closed as soon as startService resolves, below.
    }
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        writeToStdout(`error while stopping: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  service = await startService(options);
  if (stopRequested) {
    stop('stop requested during start');
    return;
  }
  if (commandLine.demo) {
    const { demoAgents } = await import('./demo/generate-demo');
    writeToStdout('demo logins (password in brackets):');
    for (const agent of demoAgents) {
      writeToStdout(`  ${agent.role.padEnd(5)} ${agent.email} (${agent.password})`);
    }
  }
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

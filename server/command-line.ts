/**
 * The command line of `server/cli.ts`:
 * `--port P --data DIR [--demo] [--serve-console [DIR]] [--host H] [--smtp-port P] [--cluster]`.
 */

/** The command line's options. */
export interface CommandLine {
  port: number;
  host: string;
  dataDir: string | null;
  demo: boolean;
  consoleDir: string | null;
  /** `--smtp-port P`: receive mail by SMTP on 127.0.0.1:P (server/mail); null when absent. */
  smtpPort: number | null;
  /**
   * `--cluster`: insist on running as one of several nodes (docs/deploy.md); fails at start without
   * `DATABASE_URL`. With `DATABASE_URL` a node joins the others without it.
   */
  cluster: boolean;
}

const usage =
  'usage: server/cli.ts --port <port> --data <dir> [--demo] [--serve-console [dir]] [--host <host>] [--smtp-port <port>] [--cluster]';

/** Parses the arguments after the script name; throws with the usage on anything unknown. */
export function parseCommandLine(argumentsList: readonly string[]): CommandLine {
  const options: CommandLine = {
    port: 0,
    host: '127.0.0.1',
    dataDir: null,
    demo: false,
    consoleDir: null,
    smtpPort: null,
    cluster: false,
  };
  const valueAfter = (index: number, flag: string): string => {
    const value = argumentsList[index + 1];
    if (value === undefined || value.startsWith('--')) {
      throw new Error(`${flag} needs a value\n${usage}`);
    }
    return value;
  };
  for (let index = 0; index < argumentsList.length; index += 1) {
    const flag = argumentsList[index];
    switch (flag) {
      case '--port': {
        const port = Number(valueAfter(index, flag));
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new Error(`--port must be 0-65535\n${usage}`);
        }
        options.port = port;
        index += 1;
        break;
      }
      case '--smtp-port': {
        const port = Number(valueAfter(index, flag));
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new Error(`--smtp-port must be 0-65535\n${usage}`);
        }
        options.smtpPort = port;
        index += 1;
        break;
      }
      case '--host':
        options.host = valueAfter(index, flag);
        index += 1;
        break;
      case '--data':
        options.dataDir = valueAfter(index, flag);
        index += 1;
        break;
      case '--demo':
        options.demo = true;
        break;
      case '--cluster':
        options.cluster = true;
        break;
      case '--serve-console': {
        const next = argumentsList[index + 1];
        if (next !== undefined && !next.startsWith('--')) {
          options.consoleDir = next;
          index += 1;
        } else {
          options.consoleDir = 'dist/web';
        }
        break;
      }
      default:
        throw new Error(`unknown argument ${flag ?? ''}\n${usage}`);
    }
  }
  return options;
}

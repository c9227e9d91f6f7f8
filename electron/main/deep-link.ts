/** The URL scheme the installers register for the app (`support-console://ticket/123`). */
export const deepLinkScheme = 'support-console';

/** A deep link the app understands. */
export type DeepLink = { kind: 'ticket'; number: number };

/** Longest URL we look at; anything longer is not one of our links. */
const maximumLength = 256;
/** Ticket numbers are positive integers of at most 12 digits, without a leading zero. */
const ticketNumberPattern = /^[1-9][0-9]{0,11}$/;

/**
 * Parses `support-console://tickets/<number>` (the console's web route; `ticket/<number>` too; an optional
 * trailing slash allowed; scheme and host are case-insensitive). Returns null for anything else: other schemes or hosts, extra path segments, a query,
 * a fragment, credentials, a port, percent-escapes, signs, decimals, zero or leading zeros. Deep links come
 * from outside the app (a browser, an email, the command line), so nothing unexpected is accepted.
 */
export function parseDeepLink(url: string): DeepLink | null {
  if (url.length > maximumLength) {
    return null;
  }
  const prefix = `${deepLinkScheme}://`;
  if (url.slice(0, prefix.length).toLowerCase() !== prefix) {
    return null;
  }
  const rest = url.slice(prefix.length);
  // Only these characters can appear in a link we accept; this rules out `?`, `#`, `@`, `:`, `%`, `\` and spaces.
  if (!/^[A-Za-z0-9/]+$/.test(rest)) {
    return null;
  }
  const segments = rest.split('/');
  if (segments.length === 3 && segments[2] === '') {
    segments.pop();
  }
  if (segments.length !== 2) {
    return null;
  }
  const [host, value] = segments as [string, string];
  // `tickets` is the console's web route (`/tickets/<number>`, docs/agent-day.md); `ticket` the first form.
  if (!['ticket', 'tickets'].includes(host.toLowerCase()) || !ticketNumberPattern.test(value)) {
    return null;
  }
  return { kind: 'ticket', number: Number(value) };
}

/**
 * Finds our deep link among command-line arguments (Windows and Linux pass the URL to the app, or to the
 * running instance through `second-instance`). Returns the first argument that parses, or null.
 */
export function findDeepLinkInArgv(argv: readonly string[]): DeepLink | null {
  for (const argument of argv) {
    const link = parseDeepLink(argument);
    if (link) {
      return link;
    }
  }
  return null;
}

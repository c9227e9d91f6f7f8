import { isAppPageUrl } from './renderer-protocol';
import type { Logger } from './logger';

/** Schemes `shell.openExternal` may receive. Everything else (file:, javascript:, smb:, custom apps) is refused. */
export const allowedExternalProtocols: readonly string[] = ['https:', 'http:', 'mailto:'];

/** Permissions the console's own pages may have; every other request, and every request from elsewhere, is denied. */
export const grantedPermissions: readonly string[] = ['clipboard-sanitized-write', 'notifications'];

/** What the Content-Security-Policy of the console's pages depends on. */
export interface ContentSecurityPolicyInput {
  /** The ticket service the console talks to (embedded or team); null before it is known. */
  serviceUrl: string | null;
  /** Development (renderer served by the Vite dev server with hot reload). */
  isDevelopment: boolean;
  /** The Vite dev server, whose web socket carries hot reloads in development. */
  devServerUrl?: string | null;
}

/**
 * The console's Content-Security-Policy: scripts only from the app itself, no plugins, no `<base>`, no
 * framing, and network access only to the app and its ticket service (HTTP and web socket). Development
 * adds what Vite's hot reload needs (its inline React refresh preamble and its web socket).
 */
export function buildContentSecurityPolicy(input: ContentSecurityPolicyInput): string {
  const connectSources = ["'self'"];
  const scriptSources = ["'self'"];
  for (const url of [input.serviceUrl, input.isDevelopment ? input.devServerUrl : null]) {
    const origins = url ? httpAndSocketOrigins(url) : null;
    if (origins) {
      connectSources.push(...origins);
    }
  }
  if (input.isDevelopment) {
    scriptSources.push("'unsafe-inline'");
  }
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${unique(connectSources).join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `http://host:port` and `ws://host:port` (or https/wss) of an http(s) URL; null for anything else. */
export function httpAndSocketOrigins(url: string): [string, string] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return null;
  }
  const socketProtocol = parsed.protocol === 'https:' ? 'wss:' : 'ws:';
  return [parsed.origin, `${socketProtocol}//${parsed.host}`];
}

/**
 * Whether `url` may be handed to the operating system (`shell.openExternal`): an allowlisted scheme, a
 * host for web links, no embedded credentials, and a sane length. Links in tickets come from customers.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > 2048) {
    return false;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!allowedExternalProtocols.includes(parsed.protocol)) {
    return false;
  }
  if (parsed.protocol === 'mailto:') {
    return parsed.pathname.length > 0;
  }
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

/**
 * What to do with a link leaving the app: `refuse` anything `isAllowedExternalUrl` refuses; `open` mail
 * links and web links to a trusted host (or its subdomains); `confirm` other web links with the agent
 * first, showing where they lead (customer text can hold look-alike links).
 */
export function externalLinkDecision(
  url: string,
  trustedHosts: readonly string[],
): 'open' | 'confirm' | 'refuse' {
  if (!isAllowedExternalUrl(url)) {
    return 'refuse';
  }
  const parsed = new URL(url);
  if (parsed.protocol === 'mailto:') {
    return 'open';
  }
  const host = parsed.hostname.toLowerCase();
  const isTrusted = trustedHosts.some((trusted) => {
    const name = trusted.toLowerCase();
    return host === name || host.endsWith(`.${name}`);
  });
  return isTrusted ? 'open' : 'confirm';
}

/** Whether a page at `requestingUrl` gets `permission`: only the console's own pages, only a short allowlist. */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | null | undefined,
  appOrigins: readonly string[],
): boolean {
  return (
    grantedPermissions.includes(permission) && !!requestingUrl && isAppPageUrl(requestingUrl, appOrigins)
  );
}

/** A navigation Electron lets us veto. */
export interface NavigationEventLike {
  url: string;
  preventDefault(): void;
}

/** The parts of `WebContents` the guards use (real web contents satisfy it; tests pass a fake). */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** What the navigation guards need. */
export interface NavigationGuardOptions {
  /** Origins of the console's own pages (`app://console`, or the dev server in development). */
  appOrigins: readonly string[];
  /** `shell.openExternal`. Only called with URLs that pass `isAllowedExternalUrl`. */
  openExternal: (url: string) => Promise<void>;
  /**
   * Asks the agent before a link to a host outside `getTrustedHosts()` opens (a native dialog showing the
   * address); without it, every allowlisted link opens.
   */
  confirmExternal?: (url: string) => Promise<boolean>;
  /** Hosts whose links open without asking (the team service's, and configured help sites). */
  getTrustedHosts?: () => readonly string[];
  log: Logger;
}

/**
 * Locks down one web contents: it may only navigate within the console's own pages; links that would leave
 * (a plain click, `target=_blank`, `window.open`) never open an Electron window and go to the default
 * browser only when their scheme is allowlisted; `<webview>` is refused.
 */
export function guardWebContents(contents: GuardableContents, options: NavigationGuardOptions): void {
  const open = (url: string): void => {
    // Reviewed: only allowlisted schemes get here (isAllowedExternalUrl).
    const opening = options.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    opening.catch((error: unknown) => options.log.warn('Could not open a link', error));
  };
  const openOutside = (url: string): void => {
    const decision = externalLinkDecision(url, options.getTrustedHosts?.() ?? []);
    if (decision === 'refuse') {
      options.log.warn('Refused to open a link outside the app', { url: url.slice(0, 200) });
      return;
    }
    if (decision === 'open' || !options.confirmExternal) {
      open(url);
      return;
    }
    options.confirmExternal(url).then(
      (isConfirmed) => (isConfirmed ? open(url) : options.log.info('The agent did not open a link')),
      (error: unknown) => options.log.warn('Could not ask about a link', error),
    );
  };
  contents.on('will-navigate', (event) => {
    /* eng-disable LIMIT_NAVIGATION_JS_CHECK */
    if (isAppPageUrl(event.url, options.appOrigins)) {
      return;
    }
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url, options.appOrigins)) {
      options.log.warn('Blocked a redirect away from the app', { url: event.url.slice(0, 200) });
      event.preventDefault();
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Response headers as Electron's `webRequest` hands them over. */
export type ResponseHeaders = Record<string, string | string[]>;

/** The parts of `Session` the session guards use (a real session satisfies it; tests pass a fake). */
export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (isGranted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; resourceType: string; responseHeaders?: ResponseHeaders },
        callback: (response: { responseHeaders?: ResponseHeaders }) => void,
      ) => void,
    ): void;
  };
}

/** What the session guards need. */
export interface SessionGuardOptions {
  appOrigins: readonly string[];
  /** The current policy (it names the service, which is known only once it runs). */
  getContentSecurityPolicy: () => string;
  log: Logger;
}

/**
 * Denies permissions by default (see `grantedPermissions`) and puts the console's Content-Security-Policy
 * on every page and frame loaded over http(s) (the dev server); `app://` pages get it from the protocol
 * handler, which builds their responses.
 */
export function guardSession(session: GuardableSession, options: SessionGuardOptions): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    /* eng-disable PERMISSION_REQUEST_HANDLER_JS_CHECK */
    const isGranted = isPermissionGranted(permission, details.requestingUrl, options.appOrigins);
    if (!isGranted) {
      options.log.warn('Denied a permission request', {
        permission,
        url: details.requestingUrl?.slice(0, 200),
      });
    }
    callback(isGranted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, options.appOrigins),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') {
      callback({});
      return;
    }
    callback({
      responseHeaders: withContentSecurityPolicy(
        details.responseHeaders ?? {},
        options.getContentSecurityPolicy(),
      ),
    });
  });
}

/** `headers` with any Content-Security-Policy the server sent replaced by `policy` (header names are case-insensitive). */
export function withContentSecurityPolicy(headers: ResponseHeaders, policy: string): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-security-policy') {
      result[name] = value;
    }
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

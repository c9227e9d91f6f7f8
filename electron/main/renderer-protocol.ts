import path from 'node:path';

/**
 * The console's pages are served from `app://console/…` rather than `file://` (Electron security checklist
 * §18): the page gets an origin of its own (no reach into the file system, storage scoped to the app), the
 * Content-Security-Policy travels as a real response header, and the ticket service can name the origin
 * in its CORS allowlist.
 */
export const appScheme = 'app';
/** Host part of the console's URLs. */
export const appHost = 'console';
/** Origin of the console's pages in packaged and preview builds. */
export const appOrigin = `${appScheme}://${appHost}`;
/** The page the main window loads. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * Privileges of the `app` scheme, registered before the app is ready: a standard, secure origin (so
 * IndexedDB, fetch and relative URLs work), CORS-aware (Vite's module scripts carry `crossorigin`; we send
 * no CORS headers, so other origins still cannot read app files) and with V8's code cache for a faster start.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const;

/** Content types of the files a Vite build emits. */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The origin (`scheme://host[:port]`, lower-case) of a hierarchical URL, or null. Computed by hand because
 * the WHATWG URL parser gives custom schemes such as `app:` an opaque origin (`"null"`).
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host || parsed.username || parsed.password) {
    return null;
  }
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** Whether `url` is one of the console's own pages (its origin is one of `appOrigins`). */
export function isAppPageUrl(url: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && appOrigins.some((allowed) => originOf(allowed) === origin);
}

/**
 * Maps an `app://console/…` request to a file inside `rendererDirectory`, or null when the URL is not ours
 * or would leave the directory (`..`, encoded separators, NUL). Paths without a file extension are client
 * routes and get `index.html`.
 */
export function resolveRendererFile(requestUrl: string, rendererDirectory: string): string | null {
  if (originOf(requestUrl) !== appOrigin) {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return null;
  }
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) {
    return null;
  }
  const lastSegment = segments.at(-1);
  if (lastSegment === undefined || !lastSegment.includes('.')) {
    return path.join(rendererDirectory, 'index.html');
  }
  const root = path.resolve(rendererDirectory);
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Content type for a file name, by extension (`application/octet-stream` when unknown). */
export function contentTypeOf(fileName: string): string {
  return contentTypes[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** What the `app:` protocol handler needs. */
export interface RendererProtocolOptions {
  /** Absolute path of the built console (`out/renderer`). */
  rendererDirectory: string;
  /** Reads a file; rejects when it is missing (`fs.promises.readFile`, which also reads inside app.asar). */
  readFile: (file: string) => Promise<Uint8Array>;
  /** The policy for HTML responses, evaluated per request (it names the service once that runs). */
  getContentSecurityPolicy: () => string;
}

/**
 * The `protocol.handle('app', …)` handler: GET only, files of the built console only, each with its content
 * type, `nosniff`, and on HTML the Content-Security-Policy.
 */
export function createRendererProtocolHandler(
  options: RendererProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const file = resolveRendererFile(request.url, options.rendererDirectory);
    if (!file) {
      return new Response('Not found', { status: 404 });
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const contentType = contentTypeOf(file);
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (contentType.startsWith('text/html')) {
      headers['Content-Security-Policy'] = options.getContentSecurityPolicy();
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers,
    });
  };
}

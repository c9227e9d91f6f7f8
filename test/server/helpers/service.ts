import { startService, type RunningService, type ServiceOptions } from '../../../server/service';
import type { TestEngine } from './engines';

/** The admin token every test service uses. */
export const testAdminToken = 'test-admin-token';

/** A service started for one test file, with an HTTP helper. */
export interface TestService {
  service: RunningService;
  url: string;
  /** Sends a request; JSON bodies are encoded unless `raw` is given. Never throws for HTTP errors. */
  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
  stop(): Promise<void>;
}

/** Options of `TestService.request`. */
export interface RequestOptions {
  body?: unknown;
  raw?: string;
  contentType?: string;
  /** A bearer token; the admin token by default, null for none. */
  token?: string | null;
  headers?: Record<string, string>;
}

/** An answer: status, parsed JSON body (or text), headers. */
export interface TestResponse {
  status: number;
  /** The parsed JSON (undefined when the answer was not JSON): parse it with the contract's schema to read it. */
  body: unknown;
  text: string;
  headers: Headers;
}

/** Starts a service on a random port for `engine` (PGlite in memory by default), with generous rate limits. */
export async function startTestService(
  engine: TestEngine | null = null,
  options: ServiceOptions = {},
): Promise<TestService> {
  const databaseUrl = engine ? await engine.serviceDatabaseUrl() : null;
  const service = await startService({
    port: 0,
    dataDir: null,
    adminToken: testAdminToken,
    intakeRateLimit: { max: 100_000, windowMs: 60_000 },
    ...(databaseUrl ? { databaseUrl } : {}),
    ...options,
  });
  return {
    service,
    url: service.url,
    request: (method, path, requestOptions = {}) => sendRequest(service.url, method, path, requestOptions),
    stop: async () => {
      await service.close();
      await engine?.cleanUp();
    },
  };
}

/** Sends one request to `baseUrl`. */
export async function sendRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<TestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? testAdminToken : options.token;
  if (token !== null) {
    headers.authorization = `Bearer ${token}`;
  }
  let body: string | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers['content-type'] = options.contentType ?? 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

/** A valid intake request, with `overrides` merged in at the top level. */
export function intakeRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requester: { email: 'customer@example.com', name: 'Customer', locale: 'en' },
    subject: 'Withdrawal not received',
    body: 'I withdrew 0.5 ETH yesterday and it has not arrived.',
    ...overrides,
  };
}

/** Creates an agent (admin token) and signs them in: their bearer token. */
export async function signedInAgent(
  service: TestService,
  email: string,
  role: 'agent' | 'lead' = 'agent',
): Promise<string> {
  const password = 'long-lantern-orbit-47';
  await service.request('POST', '/api/agents', { body: { email, name: `Agent ${email}`, role, password } });
  const login = await service.request('POST', '/api/login', { token: null, body: { email, password } });
  const token: unknown = (login.body as { token?: unknown } | null)?.token;
  if (typeof token !== 'string') {
    throw new Error(`could not sign in ${email}: ${login.status}`);
  }
  return token;
}

import { Resolver } from 'node:dns/promises';
import { authenticate, type DNSResolver } from 'mailauth';

/** One check's outcome as the console shows it. */
export type CheckResult =
  'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy';

/** The sender authentication of a received mail (SPF, DKIM, DMARC), stored with it. */
export interface SenderAuthentication {
  spf: CheckResult;
  dkim: CheckResult;
  dmarc: CheckResult;
  /** The domain of the From header DMARC judged. */
  from_domain: string | null;
  /** DMARC failed: the console shows an "unverified sender" badge. E-mail never verifies a requester. */
  unverified_sender: boolean;
  /** Authentication-Results as mailauth wrote them (for the original). */
  summary: string;
}

/** How the SMTP or IMAP side saw the mail arrive. */
export interface ArrivalFacts {
  /** The connecting client's address; absent (IMAP) or a loopback relay: taken from the latest Received. */
  ip?: string | null;
  helo?: string | null;
  /** MAIL FROM; absent: the Return-Path header. */
  sender?: string | null;
}

function normalized(result: string | undefined): CheckResult {
  switch (result) {
    case 'pass':
    case 'fail':
    case 'softfail':
    case 'neutral':
    case 'none':
    case 'permerror':
    case 'policy':
      return result;
    case 'temperror':
    case 'temperr':
      return 'temperror';
    default:
      return 'none';
  }
}

function isRelayAddress(ip: string | null | undefined): boolean {
  return ip === undefined || ip === null || ip === '' || /^(127\.|::1$|::ffff:127\.)/.test(ip);
}

/** A DNS error mailauth reads as "no such record". */
function notFound(name: string): Error {
  return Object.assign(new Error(`no record for ${name}`), { code: 'ENOTFOUND' });
}

/**
 * A resolver that answers from `records` only (`"TXT:example.com"` → answers): tests and air-gapped teams
 * never touch the network. Names it does not hold are "not found".
 */
export function tableResolver(
  records: Readonly<Record<string, readonly (string | readonly string[])[]>>,
): DNSResolver {
  return (name, rrtype) => {
    const answers = records[`${rrtype.toUpperCase()}:${name.toLowerCase().replace(/\.$/, '')}`];
    if (answers === undefined) {
      return Promise.reject(notFound(name));
    }
    return Promise.resolve(
      answers.map((answer) => (typeof answer === 'string' ? answer : [...answer])) as string[][] | string[],
    );
  };
}

/** The system's DNS with a per-query timeout: a slow resolver costs a temperror, never a stuck mail. */
export function timedSystemResolver(timeoutMs: number): DNSResolver {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
  return (name, rrtype) => resolver.resolve(name, rrtype) as Promise<string[][] | string[]>;
}

/**
 * Checks SPF, DKIM and DMARC with mailauth. Never throws and never waits past `timeoutMs`: a check that
 * cannot finish is a `temperror`.
 */
export async function checkSender(
  raw: Uint8Array,
  arrival: ArrivalFacts,
  options: { resolver: DNSResolver; timeoutMs: number; mta: string },
): Promise<SenderAuthentication> {
  const useReceived = isRelayAddress(arrival.ip);
  const unavailable = (reason: string): SenderAuthentication => ({
    spf: 'temperror',
    dkim: 'temperror',
    dmarc: 'temperror',
    from_domain: null,
    unverified_sender: false,
    summary: reason,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SenderAuthentication>((resolve) => {
    timer = setTimeout(() => resolve(unavailable('authentication timed out')), options.timeoutMs);
  });
  const checking = (async (): Promise<SenderAuthentication> => {
    const result = await authenticate(Buffer.from(raw), {
      ...(useReceived ? { trustReceived: true } : { ip: arrival.ip ?? undefined }),
      ...(arrival.helo ? { helo: arrival.helo } : {}),
      ...(arrival.sender ? { sender: arrival.sender } : {}),
      mta: options.mta,
      resolver: options.resolver,
      disableArc: true,
      disableBimi: true,
    });
    const dkimResults = result.dkim.results;
    const dkim = dkimResults.some((entry) => entry.status.result === 'pass')
      ? 'pass'
      : normalized(dkimResults[0]?.status.result);
    const dmarc = result.dmarc === false ? 'none' : normalized(result.dmarc.status.result);
    return {
      spf: result.spf === false ? 'none' : normalized(result.spf.status.result),
      dkim,
      dmarc,
      from_domain: result.dmarc === false ? null : (result.dmarc.domain ?? null),
      unverified_sender: dmarc === 'fail',
      summary: result.headers.trim(),
    };
  })().catch((error: unknown) => unavailable(`authentication failed: ${String(error)}`));
  try {
    return await Promise.race([checking, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

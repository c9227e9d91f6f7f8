import { parse as parseHost } from 'tldts';
import type { OfficialDomains } from '../../shared/domain/safety-schemas';
import type { TicketDetail } from '../../shared/domain/schemas';
import { linkWarnings } from '../../shared/safety/links';
import { lintReply, type ReplyFinding } from '../../shared/safety/reply-lint';
import type { ApiError } from '../../shared/domain/schemas';
import { ApiFailure } from '../errors';
import type { SqlDatabase } from '../storage/database';
import type { TicketStore } from '../storage/ticket-store';
import { readOfficialDomains, writeOfficialDomains } from './official-domains';

/** `422 unsafe_reply`: the reply asks for a secret or links outside the official domains. */
export class UnsafeReplyFailure extends ApiFailure {
  constructor(readonly findings: readonly ReplyFinding[]) {
    super(
      422,
      'unsafe_reply',
      'this reply asks the customer for a secret or links outside the official domains; nothing was sent',
    );
  }

  override toBody(): ApiError & { error: { findings: ReplyFinding[] } } {
    const body = super.toBody();
    return { error: { ...body.error, findings: [...this.findings] } };
  }
}

/** The service's crypto-safety checks that need its settings (docs/security.md). */
export interface SafetyService {
  /** The official domains in force: `OFFICIAL_DOMAINS` plus the lead's list. */
  officialDomains(): Promise<OfficialDomains>;
  /** Replaces the lead's list (each entry a host name with a registrable domain, else a 400). */
  setOfficialDomains(domains: readonly string[], agentId: string): Promise<OfficialDomains>;
  /** Throws `UnsafeReplyFailure` when `body` (a public reply, an FAQ reply) fails the reply lint. */
  assertSafeReply(body: string | readonly string[]): Promise<void>;
  /** The ticket with `link_warnings` for every flagged link in its subject, body and thread. */
  withLinkWarnings(detail: TicketDetail): Promise<TicketDetail>;
}

/** The safety checks over `database`, with `environmentDomains` from `OFFICIAL_DOMAINS`. */
export function createSafetyService(
  database: SqlDatabase,
  store: TicketStore,
  environmentDomains: readonly string[],
): SafetyService {
  const officialDomains = () => readOfficialDomains(database, environmentDomains);
  return {
    officialDomains,
    setOfficialDomains: async (domains, agentId) => {
      domains.forEach((domain, index) => {
        const parsed = parseHost(domain.trim().replace(/^\*\./, ''));
        if (parsed.domain === null || parsed.isIp === true) {
          throw new ApiFailure(
            400,
            'invalid_value',
            `domains.${index}: a host name such as upbit.com`,
            `domains.${index}`,
          );
        }
      });
      await store.loadInTransaction((transaction) => writeOfficialDomains(transaction, domains, agentId));
      return officialDomains();
    },
    assertSafeReply: async (body) => {
      const { effective } = await officialDomains();
      const findings = (typeof body === 'string' ? [body] : body).flatMap((text) =>
        lintReply(text, effective),
      );
      if (findings.length > 0) {
        throw new UnsafeReplyFailure(findings);
      }
    },
    withLinkWarnings: async (detail) => {
      const { effective } = await officialDomains();
      const text = [detail.subject, detail.body, ...detail.messages.map((message) => message.body)].join(
        '\n',
      );
      return { ...detail, link_warnings: linkWarnings(text, effective) };
    },
  };
}

import { z } from 'zod';
import { linkWarningReasons } from './schemas';

/** Wire shapes of the crypto-safety endpoints (docs/api.md, "Safety"): official domains and reply lint. */

/** `GET /api/settings/official-domains`: the lead's list, the service's `OFFICIAL_DOMAINS`, and both together. */
export const officialDomainsSchema = z.object({
  /** The domains a lead set (editable). */
  domains: z.array(z.string()),
  /** The domains of the service's `OFFICIAL_DOMAINS` environment variable (read only). */
  environment: z.array(z.string()),
  /** What links are measured against: both lists, each domain once. */
  effective: z.array(z.string()),
});
export type OfficialDomains = z.infer<typeof officialDomainsSchema>;

/** Body of `PUT /api/settings/official-domains` (lead): the whole list, host names such as `upbit.com`. */
export const officialDomainsUpdateSchema = z
  .object({ domains: z.array(z.string().min(1).max(253)).max(100) })
  .strict();
export type OfficialDomainsUpdate = z.infer<typeof officialDomainsUpdateSchema>;

/** One reason a reply was refused (`shared/safety/reply-lint.ts`). */
export const replyFindingSchema = z.object({
  kind: z.enum(['seed_phrase', 'private_key', 'password', 'otp_code', 'api_secret', 'link']),
  text: z.string(),
  reason: z.enum(linkWarningReasons).optional(),
});

/** `422 unsafe_reply`: the reply asks for a secret or links outside the official domains; nothing stored. */
export const unsafeReplyErrorSchema = z.object({
  error: z.object({
    code: z.literal('unsafe_reply'),
    message: z.string(),
    findings: z.array(replyFindingSchema),
  }),
});
export type UnsafeReplyError = z.infer<typeof unsafeReplyErrorSchema>;

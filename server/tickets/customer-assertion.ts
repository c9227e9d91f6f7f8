import { verifyCustomerAssertion } from '../help/customer-assertion';
import { emailKey } from '../storage/agent-store';
import { findUnstorableText } from './storable-text';

/**
 * The exchange account an intake's `X-Customer-Assertion` verifies (CONTRACT.md v2 "Verified requesters"):
 * the assertion's `sub` when it is a valid HS256 JWT signed with `secret` (checked with `jose` by
 * `verifyCustomerAssertion`) whose `email` is the requester's (case-insensitive). Null for anything else:
 * no header, no secret, a forged, expired or incomplete assertion, or one naming someone else; that ticket is
 * simply unverified, never refused, so a stale assertion from the site cannot lose a customer's request.
 */
export async function verifiedAccountOf(
  header: string | string[] | undefined,
  requesterEmail: string,
  secret: string | null,
): Promise<string | null> {
  if (typeof header !== 'string') {
    return null;
  }
  const customer = await verifyCustomerAssertion(header, secret);
  if (customer === null || emailKey(customer.email) !== emailKey(requesterEmail)) {
    return null;
  }
  // An account id the database could not store unchanged (NUL) or an absurd one is not trusted either.
  if (customer.accountId.length > 200 || findUnstorableText(customer.accountId) !== null) {
    return null;
  }
  return customer.accountId;
}

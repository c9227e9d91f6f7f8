import { jwtVerify } from 'jose';

/** A logged-in customer of the exchange, as its site vouches for them. */
export interface VerifiedCustomer {
  /** The exchange account id (`sub`). */
  accountId: string;
  email: string;
}

/**
 * Verifies an `X-Customer-Assertion` (CONTRACT.md v2 "Verified requesters"): an HS256 JWT signed with
 * `secret`, with `sub`, `email` and an `exp` in the future. Resolves with the customer, or null for a
 * missing, malformed, expired or wrongly signed assertion, and always null without a secret.
 * (Issue 16 verifies assertions at intake; this is the help center's reader until both share one.)
 */
export async function verifyCustomerAssertion(
  assertion: string | undefined,
  secret: string | null,
): Promise<VerifiedCustomer | null> {
  if (secret === null || secret === '' || assertion === undefined || assertion.length > 4096) {
    return null;
  }
  try {
    const { payload } = await jwtVerify(assertion, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
    });
    const email = payload.email;
    if (typeof payload.sub !== 'string' || payload.sub === '' || typeof email !== 'string' || email === '') {
      return null;
    }
    return { accountId: payload.sub, email };
  } catch {
    return null;
  }
}

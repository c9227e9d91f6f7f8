import { expect } from 'vitest';
import { intakeResponseSchema } from '../../../shared/domain/schemas';
import { intakeRequest, type TestService } from './service';

/**
 * Files a ticket through the public intake as the customer `email` (English, no token) and returns its id;
 * `ticket` overrides the rest of the request (subject, body, category…). Kept apart from `service.ts`, which
 * the benches import outside vitest.
 */
export async function fileTicket(
  service: TestService,
  email: string,
  ticket: Record<string, unknown>,
): Promise<string> {
  const response = await service.request('POST', '/api/tickets', {
    token: null,
    body: intakeRequest({ requester: { email, name: 'Customer', locale: 'en' }, ...ticket }),
  });
  expect(response.status).toBe(201);
  return intakeResponseSchema.parse(response.body).id;
}

import { sessionGrantSchema, type SessionGrant } from '../../../shared/domain/account-schemas';
import type { AgentRole } from '../../../shared/domain/vocabulary';
import type { TestService } from '../helpers/service';

/** A password the strength rule accepts (long, unrelated words). */
export const strongPassword = 'lantern-orbit-cactus-47';

/** Creates an agent (as the admin) and signs in with the password; resolves with the session. */
export async function createAndSignIn(
  service: TestService,
  email: string,
  role: AgentRole = 'agent',
  password = strongPassword,
): Promise<SessionGrant> {
  const created = await service.request('POST', '/api/agents', {
    body: { email, name: email.split('@')[0], role, password },
  });
  if (created.status !== 201) {
    throw new Error(`creating ${email} answered ${created.status} ${created.text}`);
  }
  return signIn(service, email, password);
}

/** Signs in with e-mail and password (no second factor) and resolves with the session. */
export async function signIn(
  service: TestService,
  email: string,
  password = strongPassword,
): Promise<SessionGrant> {
  const login = await service.request('POST', '/api/login', { token: null, body: { email, password } });
  if (login.status !== 200) {
    throw new Error(`login of ${email} answered ${login.status} ${login.text}`);
  }
  return sessionGrantSchema.parse(login.body);
}

import { z } from 'zod';
import {
  agentAccountListSchema,
  agentAccountSchema,
  loginOutcomeSchema,
  mfaEnrolmentSchema,
  recoveryCodesSchema,
  sessionGrantSchema,
  sessionInfoSchema,
  sessionPolicySchema,
  type AgentAccount,
  type LoginOutcome,
  type MfaEnrolment,
  type SessionGrant,
  type SessionInfo,
  type SessionPolicy,
} from '../../shared/domain/account-schemas';
import { requestJson } from './api-client';

/**
 * The service's session and account endpoints (docs/api.md "Sessions and accounts"): the login steps,
 * signing out, the agent's own password and second factor, and the leads' account list and session rules.
 */

const nothing = z.undefined();

/** `POST /api/login`: a session, or the second step's `mfa_token`. A 401 means wrong credentials. */
export function logInWithPassword(
  baseUrl: string,
  credentials: { email: string; password: string },
  fetchImplementation?: typeof fetch,
): Promise<LoginOutcome> {
  return requestJson(baseUrl, '/api/login', loginOutcomeSchema, {
    method: 'POST',
    body: credentials,
    ...(fetchImplementation ? { fetchImplementation } : {}),
  });
}

/** `POST /api/login/mfa`: the second step, with a TOTP code or a recovery code. */
export function completeMfaLogin(
  baseUrl: string,
  body: { mfa_token: string; code?: string; recovery_code?: string },
  fetchImplementation?: typeof fetch,
): Promise<SessionGrant> {
  return requestJson(baseUrl, '/api/login/mfa', sessionGrantSchema, {
    method: 'POST',
    body,
    ...(fetchImplementation ? { fetchImplementation } : {}),
  });
}

/** `POST /api/login/mfa/enrol`: the secret to enrol during a login the team requires MFA for. */
export function startLoginEnrolment(
  baseUrl: string,
  mfaToken: string,
  fetchImplementation?: typeof fetch,
): Promise<MfaEnrolment> {
  return requestJson(baseUrl, '/api/login/mfa/enrol', mfaEnrolmentSchema, {
    method: 'POST',
    body: { mfa_token: mfaToken },
    ...(fetchImplementation ? { fetchImplementation } : {}),
  });
}

/** `POST /api/logout` (this session) or `/api/logout/everywhere` (all of the agent's). */
export function logOut(baseUrl: string, token: string, everywhere = false): Promise<undefined> {
  return requestJson(baseUrl, everywhere ? '/api/logout/everywhere' : '/api/logout', nothing, {
    method: 'POST',
    token,
    expect: 'nothing',
  });
}

/** The calls a signed-in console makes about its own account and, for leads, the team's. */
export interface AccountApi {
  sessionInfo(): Promise<SessionInfo>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  startEnrolment(): Promise<MfaEnrolment>;
  confirmEnrolment(code: string): Promise<string[]>;
  removeMfa(code: string): Promise<void>;
  accounts(): Promise<AgentAccount[]>;
  setDisabled(agentId: string, disabled: boolean): Promise<AgentAccount>;
  policy(): Promise<SessionPolicy>;
  setPolicy(policy: SessionPolicy): Promise<SessionPolicy>;
}

/** The account calls of one session. */
export function createAccountApi(baseUrl: string, token: string): AccountApi {
  const common = { token };
  return {
    sessionInfo: () => requestJson(baseUrl, '/api/me/session', sessionInfoSchema, common),
    changePassword: async (currentPassword, newPassword) => {
      await requestJson(baseUrl, '/api/me/password', nothing, {
        ...common,
        method: 'POST',
        body: { current_password: currentPassword, new_password: newPassword },
        expect: 'nothing',
      });
    },
    startEnrolment: () =>
      requestJson(baseUrl, '/api/me/mfa/enrol', mfaEnrolmentSchema, { ...common, method: 'POST' }),
    confirmEnrolment: async (code) =>
      (
        await requestJson(baseUrl, '/api/me/mfa/confirm', recoveryCodesSchema, {
          ...common,
          method: 'POST',
          body: { code },
        })
      ).recovery_codes,
    removeMfa: async (code) => {
      await requestJson(baseUrl, '/api/me/mfa/remove', nothing, {
        ...common,
        method: 'POST',
        body: { code },
        expect: 'nothing',
      });
    },
    accounts: async () =>
      (await requestJson(baseUrl, '/api/accounts', agentAccountListSchema, common)).accounts,
    setDisabled: (agentId, disabled) =>
      requestJson(
        baseUrl,
        `/api/agents/${encodeURIComponent(agentId)}/${disabled ? 'disable' : 'enable'}`,
        agentAccountSchema,
        { ...common, method: 'POST' },
      ),
    policy: () => requestJson(baseUrl, '/api/settings/sessions', sessionPolicySchema, common),
    setPolicy: (policy) =>
      requestJson(baseUrl, '/api/settings/sessions', sessionPolicySchema, {
        ...common,
        method: 'PUT',
        body: policy,
      }),
  };
}

import type {
  AgentAccount,
  LoginOutcome,
  MfaEnrolment,
  SessionEnded,
  SessionGrant,
  SessionInfo,
  SessionPolicy,
} from '../../shared/domain/account-schemas';
import type { Agent } from '../../shared/domain/schemas';
import { findAgentById } from '../storage/agent-store';
import type { SqlDatabase } from '../storage/database';
import {
  checkPassword,
  findAccount,
  isCurrentPassword,
  listAccounts,
  setAgentDisabled,
  setPassword,
} from './agent-accounts';
import { lockedUntil, recordFailedLogin, clearFailedLogins } from './lockout';
import {
  checkTotpCode,
  confirmEnrolment,
  hasConfirmedMfa,
  recoveryCodesLeft,
  removeMfa,
  startEnrolment,
  useRecoveryCode,
} from './mfa';
import { closeChallenge, findChallenge, openChallenge, recordWrongCode } from './mfa-challenges';
import { recordSecurityChange } from '../access/security-audit';
import { passwordWeakness } from './password-strength';
import { readSessionPolicy, writeSessionPolicy } from './session-policy';
import {
  endedSessionReason,
  endedSessionReasons,
  findSession,
  issueSessionToken,
  liveTokenHashes,
  revokeAgentSessions,
  revokeSession,
  type SessionEndReason,
  type SessionMatch,
} from './sessions';

/** Sessions that just ended: one token (`tokenHash`) or every token of `agentId`. */
export interface SessionsEnded {
  agentId: string;
  /** Null: every session of the agent ended (except `keptTokenHash`). */
  tokenHash: string | null;
  keptTokenHash?: string;
  reason: SessionEnded['reason'];
}

/** Why a request was refused, for the routes to answer. */
export type AccountRefusal =
  | { refusal: 'locked'; until: Date }
  | { refusal: 'invalid_credentials' }
  | { refusal: 'weak_password'; message: string }
  | { refusal: 'invalid_code' }
  | { refusal: 'not_found' }
  | { refusal: 'forbidden'; message: string }
  | { refusal: 'conflict'; code: string; message: string };

/** Agents' accounts and sessions (docs/security.md, docs/api.md "Sessions and accounts"). */
export interface AccountService {
  /** The first login step: e-mail and password (lockout first, then the password, then MFA). */
  login(email: string, password: string): Promise<LoginOutcome | AccountRefusal>;
  /** The second login step: a TOTP code or a recovery code for an `mfa_token`. */
  completeMfaLogin(
    mfaToken: string,
    code: { totp?: string; recovery?: string },
  ): Promise<SessionGrant | AccountRefusal>;
  /** For a login whose team requires MFA and whose agent has none: the enrolment to scan. */
  startLoginEnrolment(mfaToken: string): Promise<MfaEnrolment | AccountRefusal>;
  /** The session a token opens now, or null. */
  findSession(token: string): Promise<SessionMatch | null>;
  /** Why the session of a token that opens none ended (for the 401's `reason`), or null when unknown. */
  endedSessionReason(token: string): Promise<SessionEndReason | null>;
  /** This session's ends and the agent's factor. */
  sessionInfo(session: SessionMatch): Promise<SessionInfo>;
  /** Of these token hashes, those still valid (live sockets re-check theirs with it). */
  liveTokenHashes(tokenHashes: readonly string[]): Promise<Set<string>>;
  /** Of token hashes that no longer open a session, why each ended (for the `session:ended` a socket gets). */
  endedSessionReasons(tokenHashes: readonly string[]): Promise<Map<string, SessionEndReason>>;
  signOut(session: SessionMatch): Promise<void>;
  signOutEverywhere(agentId: string): Promise<void>;
  /** Disables (or enables) another agent as `actor`; disabling ends all its sessions at once. */
  setDisabled(actor: Agent, agentId: string, disabled: boolean): Promise<AgentAccount | AccountRefusal>;
  listAccounts(): Promise<AgentAccount[]>;
  /** The agent's own password change; ends the agent's other sessions. */
  changePassword(
    session: SessionMatch,
    currentPassword: string,
    newPassword: string,
  ): Promise<null | AccountRefusal>;
  /** The refusal for a password someone chooses for `agent`, or null when it is strong enough. */
  passwordRefusal(password: string, agent: { email: string; name: string }): AccountRefusal | null;
  startEnrolment(agent: Agent): Promise<MfaEnrolment | AccountRefusal>;
  confirmEnrolment(agentId: string, code: string): Promise<string[] | AccountRefusal>;
  /** Removes the agent's own factor, given a current code (refused while the team requires MFA). */
  removeMfa(agentId: string, code: string): Promise<null | AccountRefusal>;
  policy(): Promise<SessionPolicy>;
  /** Replaces the session policy, audit-logged as `actorId`'s change. */
  setPolicy(policy: SessionPolicy, actorId: string | null): Promise<SessionPolicy>;
}

/** Options of `createAccountService`. */
export interface AccountServiceOptions {
  database: SqlDatabase;
  now?: () => number;
  /** Told after sessions ended, so live sockets on this node are cut at once. */
  onSessionsEnded?: (ended: SessionsEnded) => void;
}

/** The account service over `database`. */
export function createAccountService(options: AccountServiceOptions): AccountService {
  const { database } = options;
  const now = options.now ?? Date.now;
  const ended = (event: SessionsEnded): void => options.onSessionsEnded?.(event);

  async function grant(agentId: string, recoveryCodes?: string[]): Promise<SessionGrant> {
    const agent = await findAgentById(database, agentId);
    if (agent === null) {
      throw new Error(`agent ${agentId} vanished during its login`);
    }
    const issued = await issueSessionToken(database, agentId, 'login', now());
    return {
      token: issued.token,
      expires_at: (issued.expiresAt ?? new Date(now())).toISOString(),
      ...(issued.idleTimeoutSeconds === null ? {} : { idle_timeout_seconds: issued.idleTimeoutSeconds }),
      agent,
      ...(recoveryCodes ? { recovery_codes: recoveryCodes } : {}),
    };
  }

  // The failure that locks the account still answers as a failure; the attempts after it get 429.
  async function failedAttempt(emailKey: string): Promise<AccountRefusal> {
    await recordFailedLogin(database, emailKey, now());
    return { refusal: 'invalid_credentials' };
  }

  async function emailKeyOf(agentId: string): Promise<string> {
    const agent = await findAgentById(database, agentId);
    return agent === null ? agentId : agent.email.trim().toLowerCase();
  }

  return {
    login: async (email, password) => {
      const key = email.trim().toLowerCase();
      const lock = await lockedUntil(database, key, now());
      if (lock !== null) {
        return { refusal: 'locked', until: lock };
      }
      const check = await checkPassword(database, email, password);
      if (check.agentId === null) {
        return failedAttempt(check.emailKey);
      }
      const [hasMfa, policy] = await Promise.all([
        hasConfirmedMfa(database, check.agentId),
        readSessionPolicy(database),
      ]);
      if (hasMfa || policy.require_mfa) {
        const challenge = await openChallenge(database, check.agentId, hasMfa ? 'code' : 'enrol', now());
        return {
          mfa_required: true,
          mfa_step: hasMfa ? 'code' : 'enrol',
          mfa_token: challenge.token,
          expires_at: challenge.expiresAt.toISOString(),
        };
      }
      // Only a whole login clears the failures: a right password then wrong codes keeps counting.
      await clearFailedLogins(database, check.emailKey);
      return grant(check.agentId);
    },

    completeMfaLogin: async (mfaToken, code) => {
      const challenge = await findChallenge(database, mfaToken, now());
      if (challenge === null) {
        return { refusal: 'invalid_credentials' };
      }
      const key = await emailKeyOf(challenge.agentId);
      const lock = await lockedUntil(database, key, now());
      if (lock !== null) {
        return { refusal: 'locked', until: lock };
      }
      const enrolling = challenge.step === 'enrol';
      const isRight =
        code.totp !== undefined
          ? await checkTotpCode(database, challenge.agentId, code.totp, now(), enrolling)
          : !enrolling && code.recovery !== undefined
            ? await useRecoveryCode(database, challenge.agentId, code.recovery, now())
            : false;
      if (!isRight) {
        await recordWrongCode(database, challenge.tokenHash);
        await failedAttempt(key);
        return { refusal: 'invalid_code' };
      }
      await closeChallenge(database, challenge.tokenHash);
      await clearFailedLogins(database, key);
      const recoveryCodes = enrolling
        ? await confirmEnrolment(database, challenge.agentId, now())
        : undefined;
      return grant(challenge.agentId, recoveryCodes);
    },

    startLoginEnrolment: async (mfaToken) => {
      const challenge = await findChallenge(database, mfaToken, now());
      if (challenge === null || challenge.step !== 'enrol') {
        return { refusal: 'invalid_credentials' };
      }
      const agent = await findAgentById(database, challenge.agentId);
      return agent === null
        ? { refusal: 'invalid_credentials' }
        : startEnrolment(database, agent.id, agent.email);
    },

    findSession: (token) => findSession(database, token, now()),

    endedSessionReason: (token) => endedSessionReason(database, token),

    sessionInfo: async (session) => {
      const [hasMfa, left, policy] = await Promise.all([
        hasConfirmedMfa(database, session.agent.id),
        recoveryCodesLeft(database, session.agent.id),
        readSessionPolicy(database),
      ]);
      return {
        expires_at: session.expiresAt?.toISOString() ?? null,
        idle_timeout_seconds: session.idleTimeoutSeconds,
        mfa_enabled: hasMfa,
        recovery_codes_left: left,
        mfa_required_by_team: policy.require_mfa,
      };
    },

    liveTokenHashes: (tokenHashes) => liveTokenHashes(database, tokenHashes, now()),
    endedSessionReasons: (tokenHashes) => endedSessionReasons(database, tokenHashes),

    signOut: async (session) => {
      await revokeSession(database, session.tokenHash, 'signed_out', now());
      ended({ agentId: session.agent.id, tokenHash: session.tokenHash, reason: 'signed_out' });
    },

    signOutEverywhere: async (agentId) => {
      await revokeAgentSessions(database, agentId, 'signed_out', now());
      ended({ agentId, tokenHash: null, reason: 'signed_out' });
    },

    setDisabled: async (actor, agentId, disabled) => {
      const account = await findAccount(database, agentId, now());
      if (account === null) {
        return { refusal: 'not_found' };
      }
      if (account.id === actor.id) {
        return {
          refusal: 'conflict',
          code: 'own_account',
          message: 'you cannot disable or enable your own account',
        };
      }
      if (account.role === 'admin' && actor.role !== 'admin') {
        return { refusal: 'forbidden', message: 'only an admin may disable or enable an admin' };
      }
      await database.transaction(async (transaction) => {
        await setAgentDisabled(transaction, account.id, disabled, now());
        await recordSecurityChange(transaction, {
          agentId: actor.id,
          action: disabled ? 'security.agent_disabled' : 'security.agent_enabled',
          before: { disabled: account.disabled },
          after: { disabled },
          subject: { id: account.id, name: account.name },
        });
        if (disabled) {
          await revokeAgentSessions(transaction, account.id, 'disabled', now());
          await transaction.query('delete from mfa_challenges where agent_id = $1', [account.id]);
        }
      });
      if (disabled) {
        ended({ agentId: account.id, tokenHash: null, reason: 'disabled' });
      }
      return { ...account, disabled, active_sessions: disabled ? 0 : account.active_sessions };
    },

    listAccounts: () => listAccounts(database, now()),

    changePassword: async (session, currentPassword, newPassword) => {
      const key = session.agent.email.trim().toLowerCase();
      const lock = await lockedUntil(database, key, now());
      if (lock !== null) {
        return { refusal: 'locked', until: lock };
      }
      if (!(await isCurrentPassword(database, session.agent.id, currentPassword))) {
        return failedAttempt(key);
      }
      const weakness = passwordWeakness(newPassword, [
        session.agent.email,
        session.agent.name,
        currentPassword,
      ]);
      if (weakness !== null) {
        return { refusal: 'weak_password', message: weakness };
      }
      await setPassword(database, session.agent.id, newPassword, now());
      // Whoever knew the old password may hold a session: every other one ends.
      await revokeAgentSessions(database, session.agent.id, 'password_changed', now(), session.tokenHash);
      ended({
        agentId: session.agent.id,
        tokenHash: null,
        keptTokenHash: session.tokenHash,
        reason: 'password_changed',
      });
      return null;
    },

    passwordRefusal: (password, agent) => {
      const weakness = passwordWeakness(password, [agent.email, agent.name]);
      return weakness === null ? null : { refusal: 'weak_password', message: weakness };
    },

    startEnrolment: async (agent) => {
      if (await hasConfirmedMfa(database, agent.id)) {
        return {
          refusal: 'conflict',
          code: 'mfa_enabled',
          message: 'a second factor is set up already; remove it first',
        };
      }
      return startEnrolment(database, agent.id, agent.email);
    },

    confirmEnrolment: async (agentId, code) => {
      if (await hasConfirmedMfa(database, agentId)) {
        return { refusal: 'conflict', code: 'mfa_enabled', message: 'a second factor is set up already' };
      }
      if (!(await checkTotpCode(database, agentId, code, now(), true))) {
        await failedAttempt(await emailKeyOf(agentId));
        return { refusal: 'invalid_code' };
      }
      return confirmEnrolment(database, agentId, now());
    },

    removeMfa: async (agentId, code) => {
      if ((await readSessionPolicy(database)).require_mfa) {
        return { refusal: 'conflict', code: 'mfa_required', message: 'the team requires a second factor' };
      }
      if (!(await checkTotpCode(database, agentId, code, now()))) {
        await failedAttempt(await emailKeyOf(agentId));
        return { refusal: 'invalid_code' };
      }
      await removeMfa(database, agentId);
      return null;
    },

    policy: () => readSessionPolicy(database),
    setPolicy: async (policy, actorId) => {
      await database.transaction(async (transaction) => {
        const before = await readSessionPolicy(transaction);
        await writeSessionPolicy(transaction, policy);
        await recordSecurityChange(transaction, {
          agentId: actorId,
          action: 'security.session_policy',
          before,
          after: policy,
        });
      });
      return policy;
    },
  };
}

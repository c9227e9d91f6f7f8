import { z } from 'zod';
import { agentSchema } from './schemas';
import { agentRoles } from './vocabulary';

/**
 * Wire schemas of agents' sessions and accounts (CONTRACT.md v2 "Agents' sessions", docs/api.md "Sessions
 * and accounts"): logins that may need a second factor, session lifetimes, password changes, disabling
 * agents and TOTP enrolment.
 */

/** `POST /api/login` (and `POST /api/login/mfa`) when a session was opened. */
export const sessionGrantSchema = z.object({
  token: z.string(),
  /** When the token ends at the latest (the absolute lifetime); unused for the idle lifetime, it ends sooner. */
  expires_at: z.string(),
  /** The idle lifetime in seconds: a token unused this long ends. */
  idle_timeout_seconds: z.number().int().positive().optional(),
  agent: agentSchema,
  /** Only when this login completed an MFA enrolment: the recovery codes, shown once. */
  recovery_codes: z.array(z.string()).optional(),
});
export type SessionGrant = z.infer<typeof sessionGrantSchema>;

/** `POST /api/login` when the password was right but a second step is needed. */
export const mfaChallengeSchema = z.object({
  /** `code`: give a TOTP or recovery code; `enrol`: the team requires MFA and this agent has none yet. */
  mfa_required: z.literal(true),
  mfa_step: z.enum(['code', 'enrol']),
  /** Proves the password step to `POST /api/login/mfa` (and `/api/login/mfa/enrol`); short-lived. */
  mfa_token: z.string(),
  expires_at: z.string(),
});
export type MfaChallenge = z.infer<typeof mfaChallengeSchema>;

/** Every answer `POST /api/login` may give with status 200. */
export const loginOutcomeSchema = z.union([sessionGrantSchema, mfaChallengeSchema]);
export type LoginOutcome = z.infer<typeof loginOutcomeSchema>;

/** Body of `POST /api/login/mfa`: the second step, with a TOTP code or one recovery code. */
export const mfaLoginRequestSchema = z
  .object({
    mfa_token: z.string().min(1).max(200),
    code: z.string().trim().min(1).max(64).optional(),
    recovery_code: z.string().trim().min(1).max(64).optional(),
  })
  .strict();
export type MfaLoginRequest = z.infer<typeof mfaLoginRequestSchema>;

/** A TOTP secret being enrolled: scan the QR code, or type the secret. */
export const mfaEnrolmentSchema = z.object({
  /** Base32, as authenticator apps take it typed. */
  secret: z.string(),
  otpauth_url: z.string(),
  /** The `otpauth://` URL as a QR code, an `image/svg+xml` data URL. */
  qr_code: z.string(),
});
export type MfaEnrolment = z.infer<typeof mfaEnrolmentSchema>;

/** Body of `POST /api/me/mfa/confirm`. */
export const mfaConfirmRequestSchema = z.object({ code: z.string().trim().min(1).max(64) }).strict();

/** `POST /api/me/mfa/confirm` → the recovery codes, shown once. */
export const recoveryCodesSchema = z.object({ recovery_codes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** `GET /api/me/session`: this token's session and the agent's second factor. */
export const sessionInfoSchema = z.object({
  expires_at: z.string().nullable(),
  idle_timeout_seconds: z.number().int().positive().nullable(),
  mfa_enabled: z.boolean(),
  recovery_codes_left: z.number().int().nonnegative(),
  mfa_required_by_team: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** Body of `POST /api/me/password`. */
export const passwordChangeSchema = z
  .object({
    current_password: z.string().min(1).max(1000),
    new_password: z.string().min(1).max(1000),
  })
  .strict();
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/** The session rules leads set (`GET`/`PUT /api/settings/sessions`). */
export const sessionPolicySchema = z
  .object({
    /** Minutes a token may stay unused: 5 minutes to 7 days. */
    idle_minutes: z
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60),
    /** Hours a session lasts at most from its login: 1 hour to 30 days. */
    absolute_hours: z
      .number()
      .int()
      .min(1)
      .max(30 * 24),
    /** Every agent who signs in with a password needs a second factor (those without one enrol at login). */
    require_mfa: z.boolean(),
  })
  .strict();
export type SessionPolicy = z.infer<typeof sessionPolicySchema>;

/** One agent as leads manage them (`GET /api/accounts`, and the answer of disable and enable). */
export const agentAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(agentRoles),
  disabled: z.boolean(),
  mfa_enabled: z.boolean(),
  /** How many unexpired sessions the agent has now. */
  active_sessions: z.number().int().nonnegative(),
});
export type AgentAccount = z.infer<typeof agentAccountSchema>;

export const agentAccountListSchema = z.object({ accounts: z.array(agentAccountSchema) });

/** The socket event the service sends just before it cuts a socket whose session ended. */
export const sessionEndedEvent = 'session:ended';
/** Why a session ended: signed out (here or everywhere), the agent was disabled, or it expired. */
export const sessionEndReasons = ['signed_out', 'disabled', 'expired', 'password_changed'] as const;
export const sessionEndedSchema = z.object({ reason: z.enum(sessionEndReasons) });
export type SessionEnded = z.infer<typeof sessionEndedSchema>;

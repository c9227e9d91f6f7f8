import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mfaChallengeSchema,
  mfaEnrolmentSchema,
  recoveryCodesSchema,
  sessionGrantSchema,
} from '../../../shared/domain/account-schemas';
import { apiErrorSchema } from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { startTestService, type TestService } from '../helpers/service';
import { createAndSignIn, strongPassword } from './account-helpers';

/** The code an authenticator app shows for `secret` at `timestamp`. */
function codeFor(secret: string, timestamp: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp,
  });
}

describe.each(testEngines())('TOTP second factor on $name', (engine) => {
  let service: TestService;
  let clock = Date.parse('2026-03-02T09:00:00Z');
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    service = await startTestService(engine, { now: () => clock });
  });

  afterAll(async () => {
    await service.stop();
  });

  const passwordStep = async (email: string) => {
    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: strongPassword },
    });
    expect(login.status).toBe(200);
    return mfaChallengeSchema.parse(login.body);
  };

  it('enrols with a QR code and the secret as text, confirmed by a code; recovery codes are shown once', async () => {
    const { token } = await createAndSignIn(service, 'sora@example.com');
    const enrolment = mfaEnrolmentSchema.parse(
      (await service.request('POST', '/api/me/mfa/enrol', { token })).body,
    );
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauth_url).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.otpauth_url).toContain('issuer=Support%20Console');
    expect(Buffer.from(enrolment.qr_code.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');
    secret = enrolment.secret;
    const wrong = await service.request('POST', '/api/me/mfa/confirm', { token, body: { code: '000000' } });
    expect(apiErrorSchema.parse(wrong.body).error.code).toBe('invalid_code');
    const confirmed = await service.request('POST', '/api/me/mfa/confirm', {
      token,
      body: { code: codeFor(secret, clock) },
    });
    expect(confirmed.status).toBe(200);
    recoveryCodes = recoveryCodesSchema.parse(confirmed.body).recovery_codes;
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await service.request('GET', '/api/me/session', { token })).body).toMatchObject({
      mfa_enabled: true,
      recovery_codes_left: 10,
    });
    // Enrolling again needs the factor removed first.
    expect((await service.request('POST', '/api/me/mfa/enrol', { token })).status).toBe(409);
  });

  it('signs in with the password, then a code; a code never works twice', async () => {
    clock += 30_000;
    const challenge = await passwordStep('sora@example.com');
    expect(challenge).toMatchObject({ mfa_required: true, mfa_step: 'code' });
    expect(challenge).not.toHaveProperty('token');
    // The challenge token is not a session token.
    expect((await service.request('GET', '/api/me', { token: challenge.mfa_token })).status).toBe(401);
    const code = codeFor(secret, clock);
    const grant = await service.request('POST', '/api/login/mfa', {
      token: null,
      body: { mfa_token: challenge.mfa_token, code },
    });
    expect(grant.status).toBe(200);
    const session = sessionGrantSchema.parse(grant.body);
    expect((await service.request('GET', '/api/me', { token: session.token })).status).toBe(200);
    // The challenge is spent, and the same code in a new challenge is a replay.
    expect(
      (
        await service.request('POST', '/api/login/mfa', {
          token: null,
          body: { mfa_token: challenge.mfa_token, code },
        })
      ).status,
    ).toBe(401);
    const replay = await passwordStep('sora@example.com');
    const replayed = await service.request('POST', '/api/login/mfa', {
      token: null,
      body: { mfa_token: replay.mfa_token, code },
    });
    expect(apiErrorSchema.parse(replayed.body).error.code).toBe('invalid_code');
  });

  it('accepts each recovery code once', async () => {
    const [recovery = ''] = recoveryCodes;
    const first = await passwordStep('sora@example.com');
    const used = await service.request('POST', '/api/login/mfa', {
      token: null,
      body: { mfa_token: first.mfa_token, recovery_code: recovery.toUpperCase() },
    });
    expect(used.status).toBe(200);
    const second = await passwordStep('sora@example.com');
    const again = await service.request('POST', '/api/login/mfa', {
      token: null,
      body: { mfa_token: second.mfa_token, recovery_code: recovery },
    });
    expect(again.status).toBe(400);
  });

  it('spends a challenge after five wrong codes, and wrong codes count towards the lockout', async () => {
    const challenge = await passwordStep('sora@example.com');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await service.request('POST', '/api/login/mfa', {
        token: null,
        body: { mfa_token: challenge.mfa_token, code: '123456' },
      });
      expect(response.status).toBe(400);
    }
    clock += 30_000;
    const spent = await service.request('POST', '/api/login/mfa', {
      token: null,
      body: { mfa_token: challenge.mfa_token, code: codeFor(secret, clock) },
    });
    expect(spent.status).toBe(401);
    // Five more wrong codes make ten failures: the account locks, the password step included.
    const next = await passwordStep('sora@example.com');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await service.request('POST', '/api/login/mfa', {
        token: null,
        body: { mfa_token: next.mfa_token, code: '1' },
      });
    }
    const locked = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'sora@example.com', password: strongPassword },
    });
    expect(locked.status).toBe(429);
    clock += 16 * 60_000;
  });

  it('when a lead requires MFA, an agent without it enrols during the next login', async () => {
    const lead = await createAndSignIn(service, 'lead@example.com', 'lead');
    await createAndSignIn(service, 'jun@example.com');
    const required = await service.request('PUT', '/api/settings/sessions', {
      token: lead.token,
      body: { idle_minutes: 60, absolute_hours: 12, require_mfa: true },
    });
    expect(required.status).toBe(200);
    const challenge = await passwordStep('jun@example.com');
    expect(challenge.mfa_step).toBe('enrol');
    // A code cannot be given before enrolling.
    expect(
      (
        await service.request('POST', '/api/login/mfa', {
          token: null,
          body: { mfa_token: challenge.mfa_token, code: '000000' },
        })
      ).status,
    ).toBe(400);
    const enrolment = mfaEnrolmentSchema.parse(
      (
        await service.request('POST', '/api/login/mfa/enrol', {
          token: null,
          body: { mfa_token: challenge.mfa_token },
        })
      ).body,
    );
    clock += 30_000;
    const grant = await service.request('POST', '/api/login/mfa', {
      token: null,
      body: { mfa_token: challenge.mfa_token, code: codeFor(enrolment.secret, clock) },
    });
    expect(grant.status).toBe(200);
    const session = sessionGrantSchema.parse(grant.body);
    expect(session.recovery_codes).toHaveLength(10);
    // A code-step challenge cannot be used to enrol over an existing factor.
    const codeStep = await passwordStep('jun@example.com');
    expect(
      (
        await service.request('POST', '/api/login/mfa/enrol', {
          token: null,
          body: { mfa_token: codeStep.mfa_token },
        })
      ).status,
    ).toBe(401);
    // While required, an agent cannot remove their factor.
    const removal = await service.request('POST', '/api/me/mfa/remove', {
      token: session.token,
      body: { code: codeFor(enrolment.secret, clock + 30_000) },
    });
    expect(removal.status).toBe(409);
  });
});

import { describe, expect, it } from 'vitest';
import { findSecrets, maskSecrets, secretMarker, type SecretKind } from '../../../shared/safety/secrets';

const phrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const kinds: SecretKind[] = ['seed_phrase', 'private_key', 'api_secret', 'password', 'otp_code'];

describe('maskSecrets and secretMarker', () => {
  it('replaces each secret by the marker of its kind in the requested language', () => {
    const text = `OTP 482913\nmy words: ${phrase}\npassword: Hunter2024!`;
    const masked = maskSecrets(text, 'zh');
    expect(masked.text).toBe('OTP [验证码已移除]\nmy words: [助记词已移除]\npassword: [密码已移除]');
    // Kinds in order of first appearance, each once.
    expect(masked.kinds).toEqual(['otp_code', 'seed_phrase', 'password']);
    expect(masked.findings.map((finding) => finding.kind)).toEqual(['otp_code', 'seed_phrase', 'password']);
  });

  it('has a distinct marker for every kind in every language', () => {
    for (const language of ['en', 'ko', 'zh'] as const) {
      const markers = kinds.map((kind) => secretMarker(kind, language));
      expect(new Set(markers).size).toBe(kinds.length);
      for (const marker of markers) {
        expect(marker).toMatch(/^\[.+\]$/u);
      }
    }
    expect(secretMarker('seed_phrase', 'en')).toBe('[seed phrase removed]');
    expect(secretMarker('seed_phrase', 'ko')).toBe('[시드 문구 삭제됨]');
    expect(secretMarker('seed_phrase', 'zh')).toBe('[助记词已移除]');
  });

  it('gives sorted, non-overlapping findings with offsets into the original text', () => {
    const text = `비밀번호: Abc123!@ 그리고 시드 ${phrase} 인증번호 123456`;
    const findings = findSecrets(text);
    expect(findings.map((finding) => finding.kind)).toEqual(['password', 'seed_phrase', 'otp_code']);
    for (const [index, finding] of findings.entries()) {
      expect(finding.end).toBeGreaterThan(finding.start);
      expect(finding.start).toBeGreaterThanOrEqual(findings[index - 1]?.end ?? 0);
    }
    expect(text.slice(findings[1]!.start, findings[1]!.end)).toBe(phrase);
  });

  it('leaves a text without secrets as it is, and a masked text unchanged when masked again', () => {
    expect(maskSecrets('출금이 지연되고 있어요', 'ko')).toEqual({
      text: '출금이 지연되고 있어요',
      findings: [],
      kinds: [],
    });
    const once = maskSecrets(`password: Hunter2024! words ${phrase}`, 'en');
    const twice = maskSecrets(once.text, 'en');
    expect(twice.text).toBe(once.text);
    expect(twice.findings).toEqual([]);
    // Markers of another language are left alone too.
    expect(maskSecrets(maskSecrets(once.text, 'ko').text, 'zh').findings).toEqual([]);
  });
});

/** What kind of secret a customer (or an agent) pasted. */
export type SecretKind = 'seed_phrase' | 'private_key' | 'api_secret' | 'password' | 'otp_code';

/**
 * How sure and how bad: `critical` when the secret proves itself (a seed phrase whose BIP-39 checksum
 * passes, a bs58check-valid key), `high` otherwise.
 */
export type SecretSeverity = 'high' | 'critical';

/** One secret found in a text: UTF-16 offsets into the original text, `end` exclusive. */
export interface SecretFinding {
  kind: SecretKind;
  start: number;
  end: number;
  severity: SecretSeverity;
}

/** Language of the marker text that replaces a secret. */
export type MarkerLanguage = 'ko' | 'en' | 'zh';

import { linkWarnings, type LinkWarningReason } from './links';

/**
 * Reply lint: what makes an agent's public reply unsafe to send. A reply must never ask the customer for a
 * secret (seed phrase, private key, password, 2FA/OTP code, API secret), in any language we serve, and
 * must never link outside the exchange's official domains: both are what phishing looks like, and a
 * customer who once saw "support" ask for a code will give it to the next scammer. The console runs this
 * as the agent types; the service runs it again and refuses with `422 unsafe_reply`.
 *
 * A sentence asks for a secret when it names one (a lexicon per kind, ko/en/zh) and one of its clauses
 * (split at commas) holds a request word (send, share, tell us, 알려 주세요, 보내, 发给, 提供…) and no
 * negation ("we will never ask you to send your password", "절대 알려 주지 마세요", "请勿提供验证码" are the
 * advice we want agents to give).
 */

/** What a finding is about: a secret asked for, or a link outside the official domains. */
export type ReplyFindingKind =
  'seed_phrase' | 'private_key' | 'password' | 'otp_code' | 'api_secret' | 'link';

/** One reason to refuse a reply: the kind, the text at fault (the sentence, or the link), a link's reason. */
export interface ReplyFinding {
  kind: ReplyFindingKind;
  text: string;
  /** For a link: why it was flagged. */
  reason?: LinkWarningReason;
}

type SecretRequestKind = Exclude<ReplyFindingKind, 'link'>;

/** Names of each secret, lower case, in English, Korean and Chinese. Longer names first within a kind. */
const secretNames: Readonly<Record<SecretRequestKind, readonly string[]>> = {
  seed_phrase: [
    'seed phrase',
    'recovery phrase',
    'secret recovery phrase',
    'backup phrase',
    'mnemonic',
    'seed words',
    'recovery words',
    '12 words',
    '24 words',
    '12-word',
    '24-word',
    '시드 문구',
    '시드문구',
    '시드 구문',
    '복구 문구',
    '복구문구',
    '복구 단어',
    '니모닉',
    '助记词',
    '恢复短语',
    '种子短语',
    '助记符',
  ],
  private_key: ['private key', 'privkey', '개인키', '개인 키', '프라이빗 키', '私钥', '私人密钥'],
  api_secret: ['api secret', 'secret key', 'api key', '시크릿 키', '시크릿키', 'api 키', '密钥'],
  password: ['password', 'passcode', 'passphrase', '비밀번호', '패스워드', '암호', '密码'],
  otp_code: [
    'otp',
    '2fa code',
    '2fa',
    'verification code',
    'authenticator code',
    'one-time code',
    'one time code',
    'sms code',
    'security code',
    '인증번호',
    '인증 번호',
    '인증코드',
    '인증 코드',
    '보안코드',
    '보안 코드',
    '验证码',
    '动态码',
    '动态口令',
    '安全码',
  ],
};

/** Words that ask the reader to hand something over to us (not to type it into our official site). */
const requestWords: readonly RegExp[] = [
  /\b(?:send|share|give|provide|tell|reply with|paste|forward|submit|dm|message)\b/iu,
  /\bwhat(?:'s| is) your\b/iu,
  /\b(?:we|i) (?:need|require) your\b/iu,
  /\bconfirm your\b/iu,
  /알려\s?주|알려주|보내\s?주|보내주|보내 ?달|공유해|공유 ?부탁|제공해|제공 ?부탁|말씀해|말씀 ?부탁|적어\s?주|회신해|남겨\s?주|입력해 ?보내/u,
  /发给|发送给|发过来|发送|提供|告诉|分享|回复|私信/u,
];

/** Negations that turn a sentence into the warning we want ("we will never ask for your password"). */
const negations: readonly RegExp[] = [
  /\b(?:never|not|no one|nobody|don't|dont|do not|won't|will not|cannot|can't|must not|mustn't|shouldn't|should not|neither|nor|no)\b/iu,
  /절대|않|마세요|마십시오|말아|말고|금지|안 ?됩니다|안 ?돼|없습니다|없어요/u,
  /不会|绝不|绝对不|不要|切勿|请勿|勿|不得|别|永远不|从不|不能|不可|禁止/u,
];

/**
 * A reply's sentences: split at sentence ends and semicolons (Latin ones only before a space, so a URL's
 * dots stay inside it) and at line breaks, each trimmed.
 */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|(?<=[。！？；])\s*|\r?\n/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** A sentence's clauses, split at commas (a negation belongs to its own clause). */
function clausesOf(sentence: string): string[] {
  return sentence.split(/[,，、]/u);
}

function secretNamed(sentence: string): SecretRequestKind | null {
  const lower = sentence.toLowerCase();
  for (const [kind, names] of Object.entries(secretNames) as [SecretRequestKind, readonly string[]][]) {
    if (
      names.some((name) =>
        /^[a-z0-9 -]+$/.test(name) ? new RegExp(`\\b${name}\\b`, 'u').test(lower) : lower.includes(name),
      )
    ) {
      return kind;
    }
  }
  return null;
}

/** The sentences of `text` that ask the customer for a secret, with the secret they ask for. */
export function findSecretRequests(text: string): { kind: SecretRequestKind; text: string }[] {
  const requests: { kind: SecretRequestKind; text: string }[] = [];
  for (const sentence of sentencesOf(text)) {
    // A clause that asks without a negation of its own: "please send your OTP code, not your password".
    const asking = clausesOf(sentence).find(
      (clause) =>
        requestWords.some((pattern) => pattern.test(clause)) &&
        !negations.some((pattern) => pattern.test(clause)),
    );
    const kind = asking === undefined ? null : (secretNamed(asking) ?? secretNamed(sentence));
    if (kind !== null) {
      requests.push({ kind, text: sentence });
    }
  }
  return requests;
}

/**
 * Everything that makes `reply` unsafe to send: each sentence asking for a secret, then each link outside
 * `officialDomains` (or with a look-alike, punycode or mixed-script host). Empty: the reply may go.
 */
export function lintReply(reply: string, officialDomains: readonly string[]): ReplyFinding[] {
  return [
    ...findSecretRequests(reply),
    ...linkWarnings(reply, officialDomains).map((warning) => ({
      kind: 'link' as const,
      text: warning.url,
      reason: warning.reason,
    })),
  ];
}

import bs58check from 'bs58check';
import { closestContext } from './context';
import type { SecretFinding } from './types';

const base58 = '[1-9A-HJ-NP-Za-km-z]';
/** A token edge: keys are never glued to letters, digits or the characters keys are made of. */
const edgeBefore = '(?<![A-Za-z0-9_+/=-])';
const edgeAfter = '(?![A-Za-z0-9_+/=-])';

/** Extended private keys (BIP-32): xprv, yprv, zprv, tprv and their multisig cousins. */
const extendedKeyPattern = new RegExp(`${edgeBefore}[xyztuvYZUV]prv${base58}{100,112}${edgeAfter}`, 'gu');
/** WIF: 51 characters for an uncompressed key ("5", "9"), 52 for a compressed one ("K", "L", "c"). */
const wifPattern = new RegExp(`${edgeBefore}(?:[59]${base58}{50}|[KLc]${base58}{51})${edgeAfter}`, 'gu');
/** 32 bytes of hex, as wallets export a key (and as every tx hash looks). */
const hexKeyPattern = new RegExp(`${edgeBefore}(?:0x)?[0-9a-fA-F]{64}${edgeAfter}`, 'gu');
/** A Solana-style secret key: 64 bytes in base58. */
const base58SecretPattern = new RegExp(`${edgeBefore}${base58}{85,90}${edgeAfter}`, 'gu');
/** An exchange API key or secret: a long run of letters and digits (and the few symbols keys use). */
const apiValuePattern = /(?<![A-Za-z0-9_+/=.-])[A-Za-z0-9][A-Za-z0-9_+/=-]{15,127}(?![A-Za-z0-9_+/=.-])/gu;
/** A JSON Web Token: header and payload both start with `{"` in base64url. */
const jwtPattern =
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,700}(?![A-Za-z0-9_-])/gu;
/** A PEM private key block. */
const pemPattern = /-----BEGIN(?: [A-Z]+)* PRIVATE KEY-----[\s\S]*?-----END(?: [A-Z]+)* PRIVATE KEY-----/gu;
/** Wallet addresses that look like keys to the API-secret shape: an Ethereum address, bech32. */
const addressShape = /^(?:0x[0-9a-fA-F]{40}|(?:bc|tb|ltc|bnb|cosmos|addr)1[02-9ac-hj-np-z]{20,})$/u;

const decodes = (value: string): Uint8Array | undefined => {
  try {
    return bs58check.decodeUnsafe(value);
  } catch {
    return undefined;
  }
};

/** Whether a WIF string carries its checksum, a mainnet/testnet version byte and a 32-byte key. */
function isWif(value: string): boolean {
  const payload = decodes(value);
  if (payload === undefined || (payload[0] !== 0x80 && payload[0] !== 0xef)) {
    return false;
  }
  return payload.length === 33 || (payload.length === 34 && payload[33] === 0x01);
}

/**
 * Private keys: xprv-family keys anywhere (critical when bs58check passes), WIF keys whose checksum passes
 * anywhere, and 64-hex or base58 secrets only next to a private-key word, never when an identifier word
 * (TxID, hash, address) is closer.
 */
export function findPrivateKeys(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const match of text.matchAll(extendedKeyPattern)) {
    const payload = decodes(match[0]);
    const valid = payload !== undefined && payload.length === 78;
    findings.push(finding('private_key', match.index, match[0].length, valid));
  }
  for (const match of text.matchAll(wifPattern)) {
    if (isWif(match[0])) {
      findings.push(finding('private_key', match.index, match[0].length, true));
    } else if (closestContext(text, match.index, match.index + match[0].length) === 'private_key') {
      findings.push(finding('private_key', match.index, match[0].length, false));
    }
  }
  for (const pattern of [hexKeyPattern, base58SecretPattern]) {
    for (const match of text.matchAll(pattern)) {
      const context = closestContext(text, match.index, match.index + match[0].length);
      if (context === 'private_key' || context === 'api_secret') {
        // A 64-hex value named only by an ambiguous word (密钥, "secret") is still a key: mask it as one.
        findings.push(finding('private_key', match.index, match[0].length, false));
      }
    }
  }
  for (const match of text.matchAll(pemPattern)) {
    findings.push(finding('private_key', match.index, match[0].length, true));
  }
  return findings;
}

/**
 * API secrets: a key-shaped value (16+ letters and digits, both present) whose closest context word names
 * an API key or secret, and any pasted JWT whose header decodes to JSON with an `alg`.
 */
export function findApiSecrets(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const match of text.matchAll(apiValuePattern)) {
    const value = match[0];
    if (
      !/\d/u.test(value) ||
      !/[A-Za-z]/u.test(value) ||
      addressShape.test(value) ||
      value.startsWith('eyJ')
    ) {
      continue;
    }
    if (closestContext(text, match.index, match.index + value.length) === 'api_secret') {
      findings.push(finding('api_secret', match.index, value.length, false));
    }
  }
  for (const match of text.matchAll(jwtPattern)) {
    if (isJwt(match[0])) {
      findings.push(finding('api_secret', match.index, match[0].length, true));
    }
  }
  return findings;
}

function finding(
  kind: SecretFinding['kind'],
  start: number,
  length: number,
  critical: boolean,
): SecretFinding {
  return { kind, start, end: start + length, severity: critical ? 'critical' : 'high' };
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64Values = new Map([...base64Alphabet].map((character, index) => [character, index]));

/** base64url → a string of the bytes as Latin-1 characters (enough to read JSON's ASCII structure). */
function decodeBase64Url(part: string): string | null {
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const character of part) {
    const value = base64Values.get(character);
    if (value === undefined) {
      return null;
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

/** A JWT: the header is a JSON object naming an algorithm, the payload a JSON object. */
function isJwt(token: string): boolean {
  const [header, payload] = token.split('.');
  const decodedHeader = decodeBase64Url(header ?? '');
  const decodedPayload = decodeBase64Url(payload ?? '');
  if (decodedHeader === null || decodedPayload === null) {
    return false;
  }
  try {
    const parsedHeader: unknown = JSON.parse(decodedHeader);
    const parsedPayload: unknown = JSON.parse(decodedPayload);
    return (
      typeof parsedHeader === 'object' &&
      parsedHeader !== null &&
      'alg' in parsedHeader &&
      typeof parsedPayload === 'object' &&
      parsedPayload !== null
    );
  } catch {
    return false;
  }
}

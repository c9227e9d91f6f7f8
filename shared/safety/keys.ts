import bs58check from 'bs58check';
import { closestContext, findContextWords, type ContextWord } from './context';
import { isJwt } from './jwt';
import type { SecretFinding } from './types';

/**
 * Key-shaped runs of a text: letters, digits and the few symbols keys are written with, 16 characters or
 * more, with base64 padding. One scan finds every candidate; each shape is then a test on one run.
 */
const runPattern = /[A-Za-z0-9_+/-]{16,}={0,2}/gu;
const base58 = '[1-9A-HJ-NP-Za-km-z]';
/** Extended private keys (BIP-32): xprv, yprv, zprv, tprv and their multisig cousins. */
const extendedKeyShape = new RegExp(`^[xyztuvYZUV]prv${base58}{100,112}$`, 'u');
/** WIF: 51 characters for an uncompressed key ("5", "9"), 52 for a compressed one ("K", "L", "c"). */
const wifShape = new RegExp(`^(?:[59]${base58}{50}|[KLc]${base58}{51})$`, 'u');
/** 32 bytes of hex, as wallets export a key (and as every tx hash looks). */
const hexKeyShape = /^(?:0x)?[0-9a-fA-F]{64}$/u;
/** A Solana-style secret key: 64 bytes in base58. */
const base58SecretShape = new RegExp(`^${base58}{85,90}$`, 'u');
/** An exchange API key or secret: letters and digits (both), maybe a few symbols and padding. */
const apiValueShape = /^[A-Za-z0-9][A-Za-z0-9_+/-]{15,127}={0,2}$/u;
/** Addresses that have the API-secret shape: an Ethereum address, bech32 addresses. */
const addressShape = /^(?:0x[0-9a-fA-F]{40}|(?:bc|tb|ltc|bnb|cosmos|addr)1[02-9ac-hj-np-z]{20,})$/u;
/** A JSON Web Token: header and payload both start with `{"` in base64url. */
const jwtPattern =
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,700}(?![A-Za-z0-9_-])/gu;
/** A PEM private key block. */
const pemPattern = /-----BEGIN(?: [A-Z]+)* PRIVATE KEY-----[\s\S]*?-----END(?: [A-Z]+)* PRIVATE KEY-----/gu;

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

const finding = (
  kind: SecretFinding['kind'],
  start: number,
  end: number,
  critical: boolean,
): SecretFinding => ({
  kind,
  start,
  end,
  severity: critical ? 'critical' : 'high',
});

/**
 * Private keys and API secrets:
 * - xprv-family keys anywhere (critical when bs58check passes), WIF keys anywhere when their checksum
 *   passes, PEM private keys;
 * - 64-hex and 64-byte base58 values only when the context word around them names a key (an ambiguous
 *   one such as 密钥 or "secret" too), never when an identifier word (TxID, hash, address) is closer;
 * - key-shaped values (16+ letters and digits, both present) when the context word names an API key or
 *   secret; JWTs whose header and payload decode to JSON.
 */
export function findKeys(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  let words: ContextWord[] | null = null;
  const contextOf = (start: number, end: number): ReturnType<typeof closestContext> => {
    words ??= findContextWords(text);
    return closestContext(text, words, start, end);
  };
  for (const match of text.matchAll(runPattern)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    if (extendedKeyShape.test(run)) {
      findings.push(finding('private_key', start, end, decodes(run)?.length === 78));
    } else if (wifShape.test(run) && isWif(run)) {
      findings.push(finding('private_key', start, end, true));
    } else if (hexKeyShape.test(run) || base58SecretShape.test(run) || wifShape.test(run)) {
      const context = contextOf(start, end);
      // A 64-hex value named only by an ambiguous word (密钥, "secret") is still a key: mask it as one.
      if (context === 'private_key' || (context === 'api_secret' && !wifShape.test(run))) {
        findings.push(finding('private_key', start, end, false));
      }
    } else if (
      apiValueShape.test(run) &&
      /\d/u.test(run) &&
      /[A-Za-z]/u.test(run) &&
      !addressShape.test(run) &&
      !run.startsWith('eyJ') &&
      contextOf(start, end) === 'api_secret'
    ) {
      findings.push(finding('api_secret', start, end, false));
    }
  }
  if (text.includes('eyJ')) {
    for (const match of text.matchAll(jwtPattern)) {
      if (isJwt(match[0])) {
        findings.push(finding('api_secret', match.index, match.index + match[0].length, true));
      }
    }
  }
  if (text.includes('PRIVATE KEY-----')) {
    for (const match of text.matchAll(pemPattern)) {
      findings.push(finding('private_key', match.index, match.index + match[0].length, true));
    }
  }
  return findings;
}

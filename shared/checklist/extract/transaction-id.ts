import { firstOfPatterns, type Finding } from './finding';

/**
 * Transaction hashes and txids: Ethereum-style `0x` + 64 hex digits, and bare 64-hex ids (Bitcoin, XRP,
 * Tron, …), in any case. Wallet addresses never match: `0x` + 40 hex is too short, and base58/bech32
 * addresses (`bc1…`, `r…`, `T…`) are not hex of that length. The id must stand alone (no hex on either
 * side), so a longer blob is not cut into a fake hash. Solana signatures are base58 of 64 bytes (86 to 88
 * characters), while Solana addresses are 32 to 44, so length alone tells them apart.
 */
const hashPatterns = [
  /(?<![0-9a-z])0x[0-9a-f]{64}(?![0-9a-z])/gi,
  /(?<![0-9a-z])[0-9a-f]{64}(?![0-9a-z])/gi,
  /(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{86,88}(?![1-9A-HJ-NP-Za-km-z])/g,
];

/** The first transaction hash or txid in `text`, or null. */
export function findTransactionId(text: string): Finding | null {
  return firstOfPatterns(text, hashPatterns);
}

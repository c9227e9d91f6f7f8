import { clauseAround, earliest, firstMatch, type Finding } from '../extract/finding';
import { capitalOnlyTickers, coins, memoNetworks, memoWords, networks, type CoinEntry } from './lexicon';

/**
 * Extractors for the crypto items of the checklist: asset (coin), network (chain), amount, address and
 * memo/tag. Each returns the exact substring as evidence and a canonical `normalized` value (`USDT`,
 * `TRC20`, `100 USDT`, the address, the memo) where there is one.
 */

// Letters around a ticker: a ticker glued to other Latin letters is part of another word ("ETHER", "TRXX").
const notLatinBefore = '(?<![A-Za-z])';
const notLatinAfter = '(?![A-Za-z])';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Earliest first; at the same place the longer name wins ("Ethereum Classic" over "Ethereum").
function isBetter(found: Finding, best: Finding | null): boolean {
  return (
    best === null ||
    found.index < best.index ||
    (found.index === best.index && found.evidence.length > best.evidence.length)
  );
}

interface CoinPatterns {
  entry: CoinEntry;
  /** The ticker, in capitals, lower case or capitalised ("USDT", "usdt", "Usdt"); capitals only for some. */
  ticker: RegExp;
  /** The coin's names in any case ("Bitcoin", "비트코인", "比特币"), or null when it has none. */
  names: RegExp | null;
}

const coinPatterns: readonly CoinPatterns[] = coins.map((entry) => {
  const { ticker } = entry;
  const forms = capitalOnlyTickers.has(ticker)
    ? [ticker]
    : [ticker, ticker.toLowerCase(), `${ticker.charAt(0)}${ticker.slice(1).toLowerCase()}`];
  const names = entry.names.map((name) =>
    /^[a-z ]+$/.test(name) ? `${notLatinBefore}${escape(name)}${notLatinAfter}` : escape(name),
  );
  return {
    entry,
    ticker: new RegExp(`${notLatinBefore}(?:${forms.join('|')})${notLatinAfter}`, 'g'),
    names: names.length === 0 ? null : new RegExp(names.join('|'), 'gi'),
  };
});

/** A coin named in `text`: the earliest one, with its ticker as `normalized`. */
export function findAsset(text: string): Finding | null {
  let best: Finding | null = null;
  for (const { entry, ticker, names } of coinPatterns) {
    const found = earliest([firstMatch(text, ticker), names === null ? null : firstMatch(text, names)]);
    if (found !== null && isBetter(found, best)) {
      best = { ...found, normalized: entry.ticker };
    }
  }
  return best;
}

const networkPatterns = networks.map((entry) => ({
  network: entry.network,
  pattern: new RegExp(entry.pattern, 'gi'),
}));

/**
 * The network (chain) the customer names, or, for a coin that lives on one chain only (BTC, XRP, XLM…),
 * that coin: its chain is then known without asking.
 */
export function findNetwork(text: string): Finding | null {
  let best: Finding | null = null;
  for (const { network, pattern } of networkPatterns) {
    const found = firstMatch(text, pattern);
    if (found !== null && isBetter(found, best)) {
      best = { ...found, normalized: network };
    }
  }
  return best;
}

/** The chain a single-chain coin found by `findAsset` implies, or null. */
export function nativeNetworkOf(ticker: string | null | undefined): string | null {
  return coins.find((entry) => entry.ticker === ticker)?.nativeNetwork ?? null;
}

const number = String.raw`(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?`;
const tickerAlternatives = coins.map((entry) => entry.ticker).join('|');
const coinNames = coins.flatMap((entry) => entry.names.map(escape)).join('|');
// "100 USDT", "0.5 BTC", "300u" (Chinese shorthand for USDT), "100 테더", "2개" of a coin named nearby.
const amountAfter = new RegExp(
  String.raw`(?:${number})\s*(?:${tickerAlternatives}|${coins.map((entry) => entry.ticker.toLowerCase()).join('|')})${notLatinAfter}|(?:${number})\s*(?:${coinNames})|(?:${number})\s*[uU](?![\w])|(?:${number})\s*(?:개(?!월)|枚|个币)`,
  'g',
);
// "amount: 250", "수량 1.2", "금액은 100", "数量 300", "金额：500".
const amountLabelled = new RegExp(
  String.raw`(?:\bamount|\bquantity|수량|금액|数量|金额)\s*(?:is|은|는|是|为)?\s*[:：]?\s*(?:${number})`,
  'gi',
);

/** An amount of a coin ("0.5 BTC", "100 테더", "300U"), or a number after an amount word. */
export function findAmount(text: string): Finding | null {
  const found = earliest([firstMatch(text, amountAfter), firstMatch(text, amountLabelled)]);
  if (found === null) {
    return null;
  }
  return { ...found, normalized: found.evidence.replace(/\s+/g, ' ').trim() };
}

const base58 = '1-9A-HJ-NP-Za-km-z';
const addressPatterns = [
  // EVM: 0x + exactly 40 hex (a tx hash has 64).
  /(?<![0-9a-z])0x[0-9a-f]{40}(?![0-9a-z])/gi,
  // Bitcoin and Litecoin bech32.
  /(?<![0-9a-z])(?:bc1|ltc1|tb1)[02-9ac-hj-np-z]{11,71}(?![0-9a-z])/gi,
  // Tron: T + 33 base58.
  new RegExp(`(?<![${base58}])T[${base58}]{33}(?![${base58}])`, 'g'),
  // XRP classic addresses: r + 24 to 34 characters.
  new RegExp(`(?<![${base58}])r[${base58}]{24,34}(?![${base58}])`, 'g'),
  // Stellar: G + 55 base32.
  /(?<![A-Z2-7])G[A-Z2-7]{55}(?![A-Z2-7])/g,
  // Cosmos-SDK chains.
  /(?<![0-9a-z])(?:cosmos|kava|osmo)1[02-9ac-hj-np-z]{38}(?![0-9a-z])/g,
  // TON user-friendly form.
  /(?<![\w-])(?:EQ|UQ)[\w-]{46}(?![\w-])/g,
  // Bitcoin legacy and P2SH (1…/3…), Litecoin (L…/M…), Dogecoin (D…).
  new RegExp(`(?<![${base58}])[13LMD][${base58}]{25,34}(?![${base58}])`, 'g'),
];
// Any other base58 address needs an address word before it (Solana addresses look like any base58 id).
const labelledAddress = new RegExp(
  String.raw`(?:address|주소|地址)\s*(?:is|은|는|是|为)?\s*[:：]?\s*([${base58}]{32,44})(?![${base58}])`,
  'gi',
);

/** A wallet or deposit address, never a transaction hash, with the address itself as `normalized`. */
export function findAddress(text: string): Finding | null {
  const candidates = addressPatterns.map((pattern) =>
    firstMatch(text, pattern, (match) => /[A-Za-z]/.test(match[0]) && /\d/.test(match[0])),
  );
  const labelled = firstMatch(text, labelledAddress);
  const found = earliest([...candidates, labelled]);
  if (found === null) {
    return null;
  }
  const address = /([^\s:：]+)$/.exec(found.evidence)?.[1] ?? found.evidence;
  return { ...found, normalized: address };
}

const memoValue = new RegExp(
  String.raw`(?:${memoWords})\s*(?:번호|号码?|number|no\.?|ID)?\s*(?:is|은|는|是|为)?\s*[:：#]?\s*([0-9A-Za-z][0-9A-Za-z_-]{2,})`,
  'gi',
);
const memoWord = new RegExp(memoWords, 'gi');
// "forgot the memo", "메모를 안 넣었", "태그 없이", "没填备注", "忘记填写标签": the customer says it was left out.
const memoLeftOut =
  /forg[oe]t|without|didn'?t\s*(?:add|enter|put|include|fill)|no\s*$|빠뜨|누락|빼먹|안\s*(?:넣|적|쓰|입력)|없이|깜빡|忘|没(?:填|写|加|输)|未(?:填|写|加)|漏/i;

/**
 * The memo or tag the customer gives ("memo: 104928", "데스티네이션 태그 123456", "备注 88231"), or their
 * saying they left it out ("forgot the memo", "태그 없이 보냈", "没填备注"): both answer the question, and
 * the second is the usual reason a deposit on a memo chain is not credited.
 */
export function findMemo(text: string): Finding | null {
  const value = firstMatch(text, memoValue, (match) => /\d/.test(match[1] ?? ''));
  if (value !== null) {
    return { ...value, normalized: /([0-9A-Za-z_-]+)$/.exec(value.evidence)?.[1] ?? value.evidence };
  }
  const word = firstMatch(text, memoWord, (match) => {
    const clause = clauseAround(text, match.index, match[0].length);
    return memoLeftOut.test(clause.before) || memoLeftOut.test(clause.after);
  });
  return word === null ? null : { ...word, normalized: 'none' };
}

/** Whether a transfer of `asset` on `network` needs a memo or tag (XRP, XLM, EOS, ATOM, …). */
export function needsMemo(asset: string | null | undefined, network: string | null | undefined): boolean {
  return (
    (network !== null && network !== undefined && memoNetworks.has(network)) ||
    (asset !== null && asset !== undefined && memoNetworks.has(nativeNetworkOf(asset) ?? ''))
  );
}

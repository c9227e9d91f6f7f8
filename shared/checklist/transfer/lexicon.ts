/**
 * Domain knowledge of crypto transfers in Korean, Chinese and English: coin tickers and names, network
 * (chain) names, which chains need a memo or tag, and the words for memo/tag. Lexicon entries are facts of
 * the domain (what a coin is called), never sentences taken from any test text.
 */

/** One coin: its ticker and the names customers use for it in ko/zh/en. */
export interface CoinEntry {
  ticker: string;
  names: readonly string[];
  /** The chain the coin lives on when it has only one (then the network need not be asked). */
  nativeNetwork?: string;
}

/** Coins customers deposit and withdraw most; tickers are matched as whole tokens. */
export const coins: readonly CoinEntry[] = [
  { ticker: 'BTC', names: ['bitcoin', '비트코인', '比特币', '大饼'], nativeNetwork: 'BTC' },
  { ticker: 'ETH', names: ['ethereum', 'ether', '이더리움', '이더', '以太坊', '以太币', '二饼'] },
  { ticker: 'USDT', names: ['tether', '테더', '泰达币', 'U币'] },
  { ticker: 'USDC', names: ['usd coin'] },
  { ticker: 'XRP', names: ['ripple', '리플', '瑞波币', '瑞波'], nativeNetwork: 'XRP' },
  { ticker: 'XLM', names: ['stellar', 'lumens', '스텔라루멘', '스텔라', '恒星币'], nativeNetwork: 'XLM' },
  { ticker: 'EOS', names: ['이오스', '柚子币', '柚子'], nativeNetwork: 'EOS' },
  { ticker: 'ATOM', names: ['cosmos', '코스모스', '阿童木'], nativeNetwork: 'ATOM' },
  { ticker: 'SOL', names: ['solana', '솔라나', '索拉纳'], nativeNetwork: 'SOL' },
  { ticker: 'TRX', names: ['tron', '트론', '波场币'], nativeNetwork: 'TRC20' },
  { ticker: 'BNB', names: ['바이낸스코인', '币安币'] },
  { ticker: 'DOGE', names: ['dogecoin', '도지코인', '도지', '狗狗币'], nativeNetwork: 'DOGE' },
  { ticker: 'LTC', names: ['litecoin', '라이트코인', '莱特币'], nativeNetwork: 'LTC' },
  { ticker: 'BCH', names: ['bitcoin cash', '비트코인캐시', '比特现金'], nativeNetwork: 'BCH' },
  { ticker: 'ETC', names: ['ethereum classic', '이더리움클래식', '以太经典'], nativeNetwork: 'ETC' },
  { ticker: 'ADA', names: ['cardano', '에이다', '카르다노', '艾达币'], nativeNetwork: 'ADA' },
  { ticker: 'DOT', names: ['polkadot', '폴카닷', '波卡'], nativeNetwork: 'DOT' },
  { ticker: 'MATIC', names: ['폴리곤', '马蹄'] },
  { ticker: 'POL', names: [] },
  { ticker: 'AVAX', names: ['avalanche', '아발란체', '雪崩'] },
  { ticker: 'TON', names: ['toncoin', '톤코인'], nativeNetwork: 'TON' },
  { ticker: 'HBAR', names: ['hedera', '헤데라'], nativeNetwork: 'HBAR' },
  { ticker: 'KAVA', names: ['카바'], nativeNetwork: 'KAVA' },
  { ticker: 'ALGO', names: ['algorand', '알고랜드'], nativeNetwork: 'ALGO' },
  { ticker: 'LINK', names: ['chainlink', '체인링크'] },
  { ticker: 'SHIB', names: ['shiba inu', '시바이누', '柴犬币'] },
  { ticker: 'DAI', names: [] },
  { ticker: 'ARB', names: [] },
  { ticker: 'OP', names: [] },
];

/**
 * Tickers that are also everyday words or too short to trust in lower case ("op", "dot", "link", "sol",
 * "ada", "one"): they count only in capitals. The others count in any case ("usdt", "eth").
 */
export const capitalOnlyTickers: ReadonlySet<string> = new Set([
  'OP',
  'DOT',
  'LINK',
  'SOL',
  'ADA',
  'ARB',
  'TON',
  'POL',
  'DAI',
  'ATOM',
  'ALGO',
  'KAVA',
]);

/** One network (chain) and the ways customers name it. `pattern` is a regular expression source. */
export interface NetworkEntry {
  network: string;
  pattern: string;
}

/**
 * Networks by their standard names (`ERC20`, `TRC-20`, `BEP20`, `BEP2`, `SPL`), their chain names when
 * followed by a network word, and the Korean and Chinese forms (트론 네트워크, 波场链, 币安链).
 */
const networkWord = String.raw`\s*(?:network|chain|mainnet|네트워크|체인|메인넷|网络|链|主网)`;
export const networks: readonly NetworkEntry[] = [
  { network: 'ERC20', pattern: String.raw`ERC[\s-]?20|(?:ethereum|이더리움|以太坊|ETH)${networkWord}` },
  { network: 'TRC20', pattern: String.raw`TRC[\s-]?20|(?:tron|트론|波场|TRX)${networkWord}?` },
  {
    network: 'BEP20',
    pattern: String.raw`BEP[\s-]?20|\bBSC\b|BNB\s*smart\s*chain|BNB\s*chain|币安智能链|币安链|바이낸스\s*스마트\s*체인`,
  },
  { network: 'BEP2', pattern: String.raw`BEP[\s-]?2(?!\d)|BNB\s*beacon\s*chain` },
  { network: 'SOL', pattern: String.raw`\bSPL\b|(?:solana|솔라나|索拉纳|SOL)${networkWord}` },
  { network: 'POLYGON', pattern: String.raw`\bpolygon\b|폴리곤${networkWord}?|(?:MATIC|POL)${networkWord}` },
  { network: 'ARBITRUM', pattern: String.raw`arbitrum|아비트럼` },
  { network: 'OPTIMISM', pattern: String.raw`optimism|옵티미즘` },
  { network: 'BASE', pattern: String.raw`\bbase${networkWord}|베이스${networkWord}` },
  {
    network: 'AVAXC',
    pattern: String.raw`avalanche\s*c[\s-]?chain|\bAVAX\s*C\b|(?<![A-Za-z])C[\s-]?chain|C체인`,
  },
  { network: 'LIGHTNING', pattern: String.raw`lightning(?:\s*network)?|라이트닝` },
  { network: 'OMNI', pattern: String.raw`\bomni\b` },
  { network: 'TON', pattern: String.raw`(?:TON|톤)${networkWord}` },
  { network: 'BTC', pattern: String.raw`(?:bitcoin|비트코인|比特币|BTC)${networkWord}` },
];

/**
 * Chains where an exchange's deposit address is shared and the memo or tag names the account: a transfer
 * without it reaches the exchange but no customer.
 */
export const memoNetworks: ReadonlySet<string> = new Set([
  'XRP',
  'XLM',
  'EOS',
  'ATOM',
  'HBAR',
  'KAVA',
  'BEP2',
  'TON',
]);

/** The words for a memo or tag in ko/zh/en (a regular expression source). */
export const memoWords = String.raw`destination\s*tag|dest(?:ination)?\.?\s*tag|memo|\btag\b|데스티네이션\s*태그|데스티\s*태그|메모|태그|备注|标签|MEMO|Memo`;

/** Deposit and withdrawal words (regular expression sources). */
export const depositWords = String.raw`deposit(?:ed|s|ing)?|입금|充值|充币|入金|存入|转入`;
export const withdrawalWords = String.raw`withdraw(?:al|als|n|ing|s)?|withdrew|출금|提币|提现|提款|转出`;

import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import type { AssetGroup } from './problems';
import type { SeededRandom } from './random';

/** The blockchains whose identifiers the demo data imitates. */
export type Chain = 'ethereum' | 'bitcoin' | 'xrp' | 'tron' | 'stellar' | 'cosmos' | 'eos' | 'solana' | 'dogecoin';

/** A coin on one network, with the amounts customers typically move. */
export interface Asset {
  coin: string;
  network: string;
  chain: Chain;
  /** Whether deposits need a destination tag (`tag`), a memo (`memo`) or neither. */
  memo: 'tag' | 'memo' | null;
  amounts: readonly [number, number];
  decimals: number;
}

const ether: Asset = { coin: 'ETH', network: 'Ethereum (ERC-20)', chain: 'ethereum', memo: null, amounts: [0.05, 12], decimals: 4 };
const tetherOnEthereum: Asset = { coin: 'USDT', network: 'ERC-20', chain: 'ethereum', memo: null, amounts: [50, 25000], decimals: 2 };
const tetherOnTron: Asset = { coin: 'USDT', network: 'TRC-20', chain: 'tron', memo: null, amounts: [50, 25000], decimals: 2 };
const usdCoin: Asset = { coin: 'USDC', network: 'ERC-20', chain: 'ethereum', memo: null, amounts: [50, 15000], decimals: 2 };
const chainlink: Asset = { coin: 'LINK', network: 'ERC-20', chain: 'ethereum', memo: null, amounts: [5, 900], decimals: 2 };
const bitcoin: Asset = { coin: 'BTC', network: 'Bitcoin', chain: 'bitcoin', memo: null, amounts: [0.002, 1.5], decimals: 5 };
const ripple: Asset = { coin: 'XRP', network: 'XRP Ledger', chain: 'xrp', memo: 'tag', amounts: [30, 40000], decimals: 0 };
const tron: Asset = { coin: 'TRX', network: 'Tron (TRC-20)', chain: 'tron', memo: null, amounts: [100, 90000], decimals: 0 };
const solana: Asset = { coin: 'SOL', network: 'Solana', chain: 'solana', memo: null, amounts: [0.5, 150], decimals: 3 };
const dogecoin: Asset = { coin: 'DOGE', network: 'Dogecoin', chain: 'dogecoin', memo: null, amounts: [100, 80000], decimals: 0 };
const stellar: Asset = { coin: 'XLM', network: 'Stellar', chain: 'stellar', memo: 'memo', amounts: [50, 30000], decimals: 0 };
const cosmos: Asset = { coin: 'ATOM', network: 'Cosmos Hub', chain: 'cosmos', memo: 'memo', amounts: [2, 900], decimals: 2 };
const eos: Asset = { coin: 'EOS', network: 'EOS', chain: 'eos', memo: 'memo', amounts: [10, 8000], decimals: 2 };

const assetGroups: Readonly<Record<AssetGroup, readonly (readonly [Asset, number])[]>> = {
  onchain: [
    [bitcoin, 14], [ether, 16], [tetherOnEthereum, 10], [tetherOnTron, 12], [ripple, 14], [tron, 6],
    [solana, 8], [dogecoin, 6], [chainlink, 3], [usdCoin, 4], [stellar, 3], [cosmos, 2], [eos, 2],
  ],
  evm: [[ether, 35], [tetherOnEthereum, 40], [usdCoin, 15], [chainlink, 10]],
  memo: [[ripple, 60], [stellar, 15], [cosmos, 15], [eos, 10]],
  any: [[bitcoin, 20], [ether, 20], [ripple, 20], [solana, 15], [dogecoin, 10], [tetherOnTron, 15]],
};

/** The network an EVM token really was sent on when the customer picked the wrong one. */
export const wrongNetworks: readonly string[] = ['BEP-20 (BSC)', 'Arbitrum One', 'Polygon', 'Optimism', 'Base'];

/** Assets that a wallet incident (a burst of identical tickets) can be about. */
export const tronAssets: readonly Asset[] = [tron, tetherOnTron];

/** A coin of the given group, weighted by how often customers move it. */
export function pickAsset(random: SeededRandom, group: AssetGroup): Asset {
  return random.weighted(assetGroups[group]);
}

const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const rippleBase58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';
const bech32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** A transaction id in the chain's own format (Ethereum: 0x and 64 hex digits; most others: 64 hex). */
export function transactionId(random: SeededRandom, chain: Chain): string {
  switch (chain) {
    case 'ethereum':
      return `0x${random.hex(64)}`;
    case 'xrp':
    case 'cosmos':
      return random.hex(64).toUpperCase();
    case 'solana':
      return random.characters(base58, 88);
    default:
      return random.hex(64);
  }
}

/** A wallet address in the chain's own format. */
export function walletAddress(random: SeededRandom, chain: Chain): string {
  switch (chain) {
    case 'ethereum':
      return `0x${random.hex(40)}`;
    case 'bitcoin':
      return `bc1q${random.characters(bech32, 38)}`;
    case 'xrp':
      return `r${random.characters(rippleBase58, 33)}`;
    case 'tron':
      return `T${random.characters(base58, 33)}`;
    case 'stellar':
      return `G${random.characters('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55)}`;
    case 'cosmos':
      return `cosmos1${random.characters(bech32, 38)}`;
    case 'eos':
      return random.characters('abcdefghijklmnopqrstuvwxyz12345', 12);
    case 'solana':
      return random.characters(base58, 44);
    case 'dogecoin':
      return `D${random.characters(base58, 33)}`;
  }
}

/** Groups the integer part of a decimal number by thousands: 1234567.5 → "1,234,567.5". */
export function formatNumber(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  return trimmed.length > 0 ? `${grouped}.${trimmed}` : grouped;
}

/** An amount of the asset a customer might move, skewed towards small amounts. */
export function assetAmount(random: SeededRandom, asset: Asset): string {
  const [minimum, maximum] = asset.amounts;
  const value = minimum * Math.pow(maximum / minimum, random.next() ** 1.4);
  return formatNumber(value, asset.decimals);
}

/** A won amount of a bank transfer, in round-ish numbers. */
export function wonAmount(random: SeededRandom): string {
  const steps = [10_000, 50_000, 100_000, 500_000, 1_000_000];
  return formatNumber(random.pick(steps) * random.integer(1, 30), 0);
}

/** A version-4 UUID, as the exchange uses for order ids. */
export function uuid(random: SeededRandom): string {
  const variant = random.pick(['8', '9', 'a', 'b']);
  return `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-${variant}${random.hex(3)}-${random.hex(12)}`;
}

/** A spot market with a plausible price range (quote currency first, as the exchange writes it). */
export interface Market {
  name: string;
  prices: readonly [number, number];
  decimals: number;
}

/** The markets customers trade most. */
export const markets: readonly Market[] = [
  { name: 'KRW-BTC', prices: [92_000_000, 140_000_000], decimals: 0 },
  { name: 'KRW-ETH', prices: [3_400_000, 5_200_000], decimals: 0 },
  { name: 'KRW-XRP', prices: [720, 4_100], decimals: 1 },
  { name: 'KRW-SOL', prices: [170_000, 330_000], decimals: 0 },
  { name: 'KRW-DOGE', prices: [190, 620], decimals: 1 },
  { name: 'BTC-ETH', prices: [0.024, 0.055], decimals: 5 },
  { name: 'USDT-BTC', prices: [61_000, 99_000], decimals: 2 },
];

/** Perpetual futures symbols. */
export const futuresSymbols: readonly string[] = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'XRPUSDT', 'DOGEUSDT'];

/** A price of the market, inside its usual range. */
export function marketPrice(random: SeededRandom, market: Market): string {
  return formatNumber(random.between(market.prices[0], market.prices[1]), market.decimals);
}

const iphones = ['iPhone 12', 'iPhone 13', 'iPhone 13 mini', 'iPhone 14', 'iPhone 14 Pro', 'iPhone 15', 'iPhone 15 Pro Max', 'iPhone SE'];
const iosVersions = ['16.7.5', '17.1.2', '17.2', '17.2.1', '17.3.1', '17.4'];
const koreanAndroids = ['Galaxy S21', 'Galaxy S22 Ultra', 'Galaxy S23', 'Galaxy S24+', 'Galaxy Z Flip5', 'Galaxy A54', 'Galaxy Note20'];
const chineseAndroids = ['Xiaomi 13', 'Redmi Note 12 Pro', 'OPPO Find X6', 'vivo X90', 'Huawei P40', 'OnePlus 11'];
const otherAndroids = ['Pixel 7', 'Pixel 8', 'Galaxy S23', 'Galaxy A34', 'Xiaomi 13T'];
const androidVersions = ['12', '13', '14'];
const appVersions = ['1.44.3', '1.45.0', '1.45.2', '1.46.0', '1.46.1'];
const desktops = [
  'Windows 11, Chrome 120',
  'Windows 10, Chrome 119',
  'Windows 11, Edge 120',
  'Windows 10, Whale 3.24',
  'macOS 14.2, Safari 17.2',
  'macOS 13.6, Chrome 121',
  'Windows 11, PC app 2.3.1',
];

/** A device description the way the help center asks for it: model, OS and app version. */
export function deviceDescription(random: SeededRandom, language: SupportedLanguage): string {
  const kind = random.weighted([['ios', 40], ['android', 38], ['desktop', 22]] as const);
  if (kind === 'desktop') {
    return random.pick(desktops);
  }
  if (kind === 'ios') {
    return `${random.pick(iphones)}, iOS ${random.pick(iosVersions)}, app ${random.pick(appVersions)}`;
  }
  const models = language === 'ko' ? koreanAndroids : language === 'zh' ? chineseAndroids : otherAndroids;
  return `${random.pick(models)}, Android ${random.pick(androidVersions)}, app ${random.pick(appVersions)}`;
}

/** An IPv4 address from the documentation ranges (never a real host). */
export function documentationAddress(random: SeededRandom): string {
  const prefix = random.pick(['203.0.113', '198.51.100', '192.0.2']);
  return `${prefix}.${random.integer(2, 254)}`;
}

/** A look-alike phishing link on a reserved example domain. */
export function phishingLink(random: SeededRandom): string {
  return random.pick([
    'https://demo-exchange-event.example/login',
    'http://dem0-exchange.example.net/verify',
    'https://demoexchange-airdrop.example.org/claim',
    'https://secure-demo-exchange.example/otp',
    'https://demo-exchagne.example.com/wallet',
    'https://support-demoexchange.example/account/unlock',
  ]);
}

/** The REST endpoints API customers call. */
export const apiEndpoints: readonly string[] = ['/v1/orders', '/v1/order', '/v1/accounts', '/v1/withdraws/coin', '/v1/deposits'];

// A few words of the BIP-39 English list: customers paste recovery phrases made of them into tickets.
const recoveryWords = [
  'abandon', 'ability', 'able', 'about', 'above', 'absent', 'absorb', 'abstract', 'absurd', 'abuse', 'access',
  'accident', 'account', 'achieve', 'acid', 'acoustic', 'acquire', 'across', 'action', 'actor', 'actual',
  'adapt', 'address', 'adjust', 'admit', 'adult', 'advance', 'advice', 'afford', 'afraid', 'again', 'agent',
  'agree', 'ahead', 'airport', 'alarm', 'album', 'alcohol', 'alert', 'alien', 'alley', 'allow', 'almost',
  'alone', 'alpha', 'already', 'amateur', 'amazing', 'among', 'amount', 'anchor', 'ancient', 'anger', 'angle',
  'animal', 'ankle', 'announce', 'annual', 'answer', 'antenna', 'antique', 'anxiety', 'apart', 'apple',
];

/** Twelve recovery-phrase words separated by spaces. */
export function recoveryPhrase(random: SeededRandom): string {
  return Array.from({ length: 12 }, () => random.pick(recoveryWords)).join(' ');
}

/** A made-up API access or secret key (40 letters and digits). */
export function apiKey(random: SeededRandom): string {
  return random.characters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40);
}

import type { AssetGroup } from './problems';
import type { SeededRandom } from './random';

/** The blockchains whose identifiers the demo data imitates. */
export type Chain =
  'ethereum' | 'bitcoin' | 'xrp' | 'tron' | 'stellar' | 'cosmos' | 'eos' | 'solana' | 'dogecoin';

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

function asset(
  coin: string,
  network: string,
  chain: Chain,
  memo: Asset['memo'],
  amounts: readonly [number, number],
  decimals: number,
): Asset {
  return { coin, network, chain, memo, amounts, decimals };
}

const ether = asset('ETH', 'Ethereum (ERC-20)', 'ethereum', null, [0.05, 12], 4);
const tetherOnEthereum = asset('USDT', 'ERC-20', 'ethereum', null, [50, 25_000], 2);
const tetherOnTron = asset('USDT', 'TRC-20', 'tron', null, [50, 25_000], 2);
const usdCoin = asset('USDC', 'ERC-20', 'ethereum', null, [50, 15_000], 2);
const chainlink = asset('LINK', 'ERC-20', 'ethereum', null, [5, 900], 2);
const bitcoin = asset('BTC', 'Bitcoin', 'bitcoin', null, [0.002, 1.5], 5);
const ripple = asset('XRP', 'XRP Ledger', 'xrp', 'tag', [30, 40_000], 0);
const tron = asset('TRX', 'Tron (TRC-20)', 'tron', null, [100, 90_000], 0);
const solana = asset('SOL', 'Solana', 'solana', null, [0.5, 150], 3);
const dogecoin = asset('DOGE', 'Dogecoin', 'dogecoin', null, [100, 80_000], 0);
const stellar = asset('XLM', 'Stellar', 'stellar', 'memo', [50, 30_000], 0);
const cosmos = asset('ATOM', 'Cosmos Hub', 'cosmos', 'memo', [2, 900], 2);
const eos = asset('EOS', 'EOS', 'eos', 'memo', [10, 8_000], 2);

// prettier-ignore
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
export const wrongNetworks: readonly string[] = [
  'BEP-20 (BSC)',
  'Arbitrum One',
  'Polygon',
  'Optimism',
  'Base',
];

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
export function assetAmount(random: SeededRandom, coin: Asset): string {
  const [minimum, maximum] = coin.amounts;
  const value = minimum * Math.pow(maximum / minimum, random.next() ** 1.4);
  return formatNumber(value, coin.decimals);
}

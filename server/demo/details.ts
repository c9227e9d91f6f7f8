import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import { formatNumber } from './assets';
import type { SeededRandom } from './random';

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

/** Splits a comma-separated list written on a few lines into its items. */
function list(text: string): readonly string[] {
  return text.split(',').map((item) => item.trim());
}

const iphones = list(
  'iPhone 12, iPhone 13, iPhone 13 mini, iPhone 14, iPhone 14 Pro, iPhone 15, iPhone 15 Pro Max, iPhone SE',
);
const iosVersions = list('16.7.5, 17.1.2, 17.2, 17.2.1, 17.3.1, 17.4');
const koreanAndroids = list(
  'Galaxy S21, Galaxy S22 Ultra, Galaxy S23, Galaxy S24+, Galaxy Z Flip5, Galaxy A54, Galaxy Note20',
);
const chineseAndroids = list('Xiaomi 13, Redmi Note 12 Pro, OPPO Find X6, vivo X90, Huawei P40, OnePlus 11');
const otherAndroids = list('Pixel 7, Pixel 8, Galaxy S23, Galaxy A34, Xiaomi 13T');
const androidVersions = list('12, 13, 14');
const appVersions = list('1.44.3, 1.45.0, 1.45.2, 1.46.0, 1.46.1');
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
  const kind = random.weighted([
    ['ios', 40],
    ['android', 38],
    ['desktop', 22],
  ] as const);
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
export const apiEndpoints: readonly string[] = list(
  '/v1/orders, /v1/order, /v1/accounts, /v1/withdraws/coin, /v1/deposits',
);

// Words of the BIP-39 English list: customers paste recovery phrases made of them into tickets.
const recoveryWords =
  `abandon ability able about above absent absorb abstract absurd abuse access accident account
  achieve acid acoustic acquire across action actor actual adapt address adjust admit adult advance advice afford
  afraid again agent agree ahead airport alarm album alcohol alert alien alley allow almost alone alpha already
  amateur amazing among amount anchor ancient anger angle animal ankle announce annual answer antenna antique
  anxiety apart apple`.split(/\s+/);

/** Twelve recovery-phrase words separated by spaces. */
export function recoveryPhrase(random: SeededRandom): string {
  return Array.from({ length: 12 }, () => random.pick(recoveryWords)).join(' ');
}

/** A made-up API access or secret key (40 letters and digits). */
export function apiKey(random: SeededRandom): string {
  return random.characters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40);
}

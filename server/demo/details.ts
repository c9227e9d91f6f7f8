import { wordlist as bip39English } from '@scure/bip39/wordlists/english.js';
import { z } from 'zod';
import { supportedLanguages, type SupportedLanguage } from '../../shared/domain/vocabulary';
import { formatNumber } from './assets';
import detailFile from './data/details.json' with { type: 'json' };
import { lazily, listOf, parseDataFile, plainText } from './data-file';
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

const texts = listOf(plainText);
const englishWords: ReadonlySet<string> = new Set(bip39English);
const version = z.string().regex(/^\d+(\.\d+)*$/, 'a version number such as 17.2.1');

/** The schema of `data/details.json`: devices, phishing links, API endpoints and recovery words. */
export const demoDetailsSchema = z
  .object({
    devices: z
      .object({
        iphones: texts,
        iosVersions: listOf(version),
        /** Android phones by the customer's language (Galaxy in Korea, Xiaomi in China...). */
        androids: z.record(z.enum(supportedLanguages), texts),
        androidVersions: listOf(version),
        appVersions: listOf(version),
        desktops: texts,
      })
      .strict(),
    // Look-alike phishing links stay on reserved example names (.example, example.com...).
    phishingLinks: listOf(
      z
        .string()
        .regex(/^https?:\/\/([a-z0-9-]+\.)*example(\.[a-z]+)?\//, 'a link on a reserved example domain'),
    ),
    apiEndpoints: listOf(z.string().regex(/^\/\S+$/, 'a path such as /v1/orders')),
    // Customers paste recovery phrases made of these into tickets; masking must recognise them as such.
    recoveryWords: listOf(
      z.string().refine((word) => englishWords.has(word), 'a word of the BIP-39 English list'),
    ),
  })
  .strict();

const details = lazily(() => parseDataFile('details.json', demoDetailsSchema, detailFile));

/** A device description the way the help center asks for it: model, OS and app version. */
export function deviceDescription(random: SeededRandom, language: SupportedLanguage): string {
  const kind = random.weighted([
    ['ios', 40],
    ['android', 38],
    ['desktop', 22],
  ] as const);
  const devices = details().devices;
  if (kind === 'desktop') {
    return random.pick(devices.desktops);
  }
  if (kind === 'ios') {
    return `${random.pick(devices.iphones)}, iOS ${random.pick(devices.iosVersions)}, app ${random.pick(devices.appVersions)}`;
  }
  return `${random.pick(devices.androids[language])}, Android ${random.pick(devices.androidVersions)}, app ${random.pick(devices.appVersions)}`;
}

/** An IPv4 address from the documentation ranges (never a real host). */
export function documentationAddress(random: SeededRandom): string {
  const prefix = random.pick(['203.0.113', '198.51.100', '192.0.2']);
  return `${prefix}.${random.integer(2, 254)}`;
}

/** A look-alike phishing link on a reserved example domain. */
export function phishingLink(random: SeededRandom): string {
  return random.pick(details().phishingLinks);
}

/** One of the REST endpoints API customers call. */
export function apiEndpoint(random: SeededRandom): string {
  return random.pick(details().apiEndpoints);
}

/** Twelve recovery-phrase words separated by spaces. */
export function recoveryPhrase(random: SeededRandom): string {
  return Array.from({ length: 12 }, () => random.pick(details().recoveryWords)).join(' ');
}

/** A made-up API access or secret key (40 letters and digits). */
export function apiKey(random: SeededRandom): string {
  return random.characters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40);
}

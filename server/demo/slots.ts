import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import { assetAmount, pickAsset, transactionId, walletAddress, wrongNetworks, type Asset } from './assets';
import {
  apiEndpoint,
  apiKey,
  deviceDescription,
  documentationAddress,
  futuresSymbols,
  markets,
  marketPrice,
  phishingLink,
  recoveryPhrase,
  uuid,
  wonAmount,
  type Market,
} from './details';
import { phrasesFor } from './phrases';
import type { DetailKind, ProblemText } from './problems';
import type { SeededRandom } from './random';
import { isDrawnSlot, type DrawnSlotName } from './slot-names';
import { describeTime } from './times';

const hour = 3_600_000;

/** The detail each slot reveals when it appears in a customer's text. */
export const slotDetails: Readonly<Record<string, DetailKind>> = {
  txid: 'transaction',
  address: 'address',
  orderNumber: 'order',
  orderUuid: 'order',
  time: 'time',
  device: 'device',
  error: 'error',
  accountId: 'account',
  ip: 'ip',
};

/** What a ticket's slots are drawn from. */
export interface SlotSource {
  random: SeededRandom;
  language: SupportedLanguage;
  text: ProblemText;
  /** The coin the problem is about, or null to pick one only if a text asks for it. */
  asset: Asset | null;
  /** Orders are on the futures market: `{market}` is a perpetual symbol. */
  isFutures: boolean;
  occurredAt: Date;
  createdAt: Date;
}

/**
 * The values of one ticket's `{slot}` placeholders. Each value is drawn the first time it is asked for and
 * then kept, so the customer, the agent and a resubmission all quote the same tx hash, amount and time.
 */
export class SlotValues {
  private readonly values = new Map<string, string>();
  private readonly source: SlotSource;
  private asset: Asset | null;
  private market: Market | null = null;

  /** Prepares the slots of one ticket. */
  constructor(source: SlotSource) {
    this.source = source;
    this.asset = source.asset;
  }

  /** Sets a slot to a known value (names of the customer and the agent). */
  set(name: string, value: string): void {
    this.values.set(name, value);
  }

  /** The value of a slot, drawing it on first use. Throws for a slot nobody knows how to fill. */
  get(name: string): string {
    const known = this.values.get(name);
    if (known !== undefined) {
      return known;
    }
    if (!isDrawnSlot(name)) {
      throw new Error(`Unknown demo slot {${name}}`);
    }
    const value = this.draw(name);
    this.values.set(name, value);
    return value;
  }

  /** The template with every `{slot}` replaced by its value. */
  fill(template: string): string {
    return template.replace(/\{([a-zA-Z]+)\}/g, (_match, name: string) => this.get(name));
  }

  private coin(): Asset {
    if (this.asset === null) {
      this.asset = pickAsset(this.source.random, 'any');
    }
    return this.asset;
  }

  private chosenMarket(): Market {
    if (this.market === null) {
      const choices =
        this.source.language === 'ko' ? markets.filter((market) => market.name.startsWith('KRW-')) : markets;
      this.market = this.source.random.pick(choices);
    }
    return this.market;
  }

  // Every name of `drawnSlotNames` has a case (the type checker sees a missing one: no return).
  private draw(name: DrawnSlotName): string {
    const { random, language, text } = this.source;
    switch (name) {
      case 'coin':
        return this.coin().coin;
      case 'network':
        return this.coin().network;
      case 'amount':
        return assetAmount(random, this.coin());
      case 'txid':
        return transactionId(random, this.coin().chain);
      case 'address':
        return walletAddress(random, this.coin().chain);
      case 'tag':
        return random.digits(random.integer(6, 10));
      case 'memoLabel': {
        const labels = phrasesFor(language).memoLabels;
        return this.coin().memo === 'tag' ? labels.tag : labels.memo;
      }
      case 'wrongNetwork':
        return random.pick(wrongNetworks);
      case 'krw':
        return wonAmount(random);
      case 'bank':
        return random.pick(phrasesFor(language).banks);
      case 'time':
        return describeTime(random, language, this.source.occurredAt, this.source.createdAt);
      case 'absoluteTime':
        return describeTime(random, language, this.source.occurredAt, this.source.createdAt, true);
      case 'hours': {
        const elapsed = (this.source.createdAt.getTime() - this.source.occurredAt.getTime()) / hour;
        return String(Math.max(1, Math.round(elapsed)));
      }
      case 'device':
        return deviceDescription(random, language);
      case 'error':
        if (text.errors === undefined || text.errors.length === 0) {
          throw new Error('This problem has no error messages for the {error} slot');
        }
        return random.pick(text.errors);
      case 'orderUuid':
        return uuid(random);
      case 'orderNumber':
        return random.digits(11);
      case 'market':
        return this.source.isFutures ? this.get('symbol') : this.chosenMarket().name;
      case 'price':
        return marketPrice(random, this.chosenMarket());
      case 'symbol':
        return random.pick(futuresSymbols);
      case 'leverage':
        return String(random.pick([5, 10, 20, 25, 50, 75, 100]));
      case 'ip':
        return documentationAddress(random);
      case 'phishingUrl':
        return phishingLink(random);
      case 'accountId':
        return random.digits(8);
      case 'endpoint':
        return apiEndpoint(random);
      case 'recoveryPhrase':
        return recoveryPhrase(random);
      case 'accessKey':
      case 'secretKey':
        return apiKey(random);
      case 'ticketReference':
        return random.digits(4);
    }
  }
}

/** The details a template reveals through its slots. */
export function detailsInTemplate(template: string): DetailKind[] {
  const found: DetailKind[] = [];
  for (const match of template.matchAll(/\{([a-zA-Z]+)\}/g)) {
    const detail = slotDetails[match[1] ?? ''];
    if (detail !== undefined && !found.includes(detail)) {
      found.push(detail);
    }
  }
  return found;
}

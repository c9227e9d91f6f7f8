/** The `{slot}` placeholders `SlotValues` draws a value for (`slots.ts`). */
export const drawnSlotNames = [
  'coin',
  'network',
  'amount',
  'txid',
  'address',
  'tag',
  'memoLabel',
  'wrongNetwork',
  'krw',
  'bank',
  'time',
  'absoluteTime',
  'hours',
  'device',
  'error',
  'orderUuid',
  'orderNumber',
  'market',
  'price',
  'symbol',
  'leverage',
  'ip',
  'phishingUrl',
  'accountId',
  'endpoint',
  'recoveryPhrase',
  'accessKey',
  'secretKey',
  'ticketReference',
] as const;

/** A placeholder `SlotValues` knows how to draw. */
export type DrawnSlotName = (typeof drawnSlotNames)[number];

/**
 * Every placeholder a demo text may hold: the drawn ones, `{customerName}` (set per ticket) and
 * `{agentName}` (the signing agent, in reply signatures).
 */
export const knownSlotNames: ReadonlySet<string> = new Set<string>([
  ...drawnSlotNames,
  'customerName',
  'agentName',
]);

/** Whether `name` is a placeholder `SlotValues` draws a value for. */
export function isDrawnSlot(name: string): name is DrawnSlotName {
  return (drawnSlotNames as readonly string[]).includes(name);
}

import type { Checklist, ChecklistKey } from '../checklist/items';

/**
 * FAQ prompt values the checklist already found: `{{prompt.tx_hash}}` from the TxID, `{{prompt.amount}}`
 * from the amount, and so on, so an agent inserting a canned reply does not retype what the customer
 * wrote. Only items found in the customer's text (not hand-marked without evidence) give a value.
 */
const promptSources: Readonly<Record<string, { key: ChecklistKey; use: 'evidence' | 'normalized' }>> = {
  tx_hash: { key: 'transaction_id', use: 'evidence' },
  asset: { key: 'asset', use: 'normalized' },
  network: { key: 'network', use: 'normalized' },
  amount: { key: 'amount', use: 'evidence' },
  address: { key: 'address', use: 'normalized' },
  memo: { key: 'memo', use: 'normalized' },
  order_id: { key: 'order_id', use: 'evidence' },
};

/** The prompt values (keyed like `tx_hash` for `{{prompt.tx_hash}}`) that `checklist` fills. */
export function promptValuesFromChecklist(checklist: Pick<Checklist, 'items'>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [prompt, source] of Object.entries(promptSources)) {
    const item = checklist.items.find((entry) => entry.key === source.key);
    if (item === undefined || !item.present || item.evidence === null) {
      continue;
    }
    const raw = source.use === 'normalized' ? (item.normalized ?? item.evidence) : item.evidence;
    const value = prompt === 'order_id' ? orderIdOf(raw) : raw;
    // "none" is what the memo item records for a memo the customer left out: not a value to quote.
    if (value.trim() !== '' && !(prompt === 'memo' && value === 'none')) {
      values[prompt] = value.trim();
    }
  }
  return values;
}

// Order-id evidence keeps its label ("주문번호: 5532198870"); the reply wants the id alone.
function orderIdOf(evidence: string): string {
  return /([0-9A-Za-z][0-9A-Za-z_-]*)$/.exec(evidence)?.[1] ?? evidence;
}

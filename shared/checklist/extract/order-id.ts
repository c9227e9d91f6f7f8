import { earliest, firstMatch, type Finding } from './finding';

/**
 * Order ids: a UUID anywhere (the exchange's order ids are UUIDs), or a number or code right after an
 * order word: `order no. 88123409`, `order (no. …)`, `Order ID: …`, `주문번호 20250305-11873`, `주문ID …`,
 * `체결번호 …`, `订单号：…`, `合约单号 …`, `止损单编号 …`.
 * The code must contain a digit and be at least 6 characters; a truncated one (`4f3a1c2e-...`) is not an id.
 */
const uuid = /(?<![0-9a-z])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z])/gi;

// The kinds of order an exchange names ("合约单号", "止损单号", "挂单编号"), and "order (no. …)" in brackets.
const orderWord = String.raw`(?:\border\s*\(?\s*(?:no\.?|number|num|id|ref(?:erence)?|#)|\border\b|주문\s*(?:번호|ID|아이디|No\.?)|체결\s*(?:번호|ID)|(?:订单|委托单?|合约单|现货单|成交单|挂单|限价单|市价单|止盈单|止损单|计划单|条件单|OTC\s*单|C2C\s*单)\s*(?:号码?|编号|ID|#))`;
const linker = String.raw`\s*(?:is|는|은|是|为)?\s*[:：#]?\s*`;
const code = String.raw`([0-9a-z][0-9a-z_-]*[0-9a-z])`;
const contextual = new RegExp(`${orderWord}${linker}${code}`, 'gi');

function isOrderCode(match: RegExpExecArray, text: string): boolean {
  const value = match[1] ?? '';
  const rest = text.slice((match.index ?? 0) + match[0].length);
  return value.length >= 6 && /\d/.test(value) && !/^-?(?:\.\.|…)/.test(rest);
}

/** The first order id in `text`, or null. */
export function findOrderId(text: string): Finding | null {
  const named = firstMatch(text, contextual, (match) => isOrderCode(match, text));
  // Evidence for a named id keeps its label ("주문번호: 5532198870") so the agent sees what it is.
  return earliest([firstMatch(text, uuid), named]);
}

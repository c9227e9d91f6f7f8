import type { PriorityRule } from '../domain/routing-schemas';
import { ticketPriorities, type TicketPriority } from '../domain/vocabulary';

/** What a priority rule looks at. */
export interface RuleSubject {
  subject: string;
  body: string;
  category: string | null;
  language: string | null;
}

/**
 * The rules a new service starts with: account-security tickets that speak of a hacked or taken-over
 * account or a withdrawal the customer did not make are urgent, in English, Korean and Chinese: every
 * minute counts while an attacker holds the account.
 */
export const defaultPriorityRules: readonly PriorityRule[] = [
  {
    id: 'account-takeover',
    name: 'Hacked account or unknown withdrawal',
    categories: ['account_security', 'deposit_withdrawal'],
    patterns: [
      'hacked',
      'compromised',
      'unauthorized',
      'unauthorised',
      'unknown withdrawal',
      "didn't withdraw",
      'did not withdraw',
      '해킹',
      '도용',
      '출금한 적',
      '被盗',
      '被黑',
      '盗号',
      '未授权',
    ],
    languages: [],
    priority: 'urgent',
  },
];

/** Whether every condition `rule` sets matches `ticket`. */
export function ruleMatches(rule: PriorityRule, ticket: RuleSubject): boolean {
  if (
    rule.categories.length > 0 &&
    (ticket.category === null || !rule.categories.includes(ticket.category))
  ) {
    return false;
  }
  if (rule.languages.length > 0 && (ticket.language === null || !rule.languages.includes(ticket.language))) {
    return false;
  }
  if (rule.patterns.length > 0) {
    // Plain text, not regular expressions: a lead's pattern can never hang intake or need escaping.
    const text = `${ticket.subject}\n${ticket.body}`.toLocaleLowerCase();
    return rule.patterns.some((pattern) => text.includes(pattern.toLocaleLowerCase()));
  }
  return true;
}

/** The highest priority among the rules that match, with the first rule giving it; `normal` when none. */
export function priorityFor(
  rules: readonly PriorityRule[],
  ticket: RuleSubject,
): { priority: TicketPriority; rule: PriorityRule | null } {
  let best: { priority: TicketPriority; rule: PriorityRule | null } = { priority: 'normal', rule: null };
  for (const rule of rules) {
    if (!ruleMatches(rule, ticket)) {
      continue;
    }
    const isHigher =
      best.rule === null || ticketPriorities.indexOf(rule.priority) > ticketPriorities.indexOf(best.priority);
    if (isHigher) {
      best = { priority: rule.priority, rule };
    }
  }
  return best;
}

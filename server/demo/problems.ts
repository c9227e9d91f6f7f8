import type { DefaultCategory, SupportedLanguage, TicketPriority } from '../../shared/domain/vocabulary';

/** The pieces of information a customer may or may not give (the help center's checklist, roughly). */
export const detailKinds = [
  'transaction',
  'address',
  'order',
  'time',
  'device',
  'error',
  'account',
  'attempts',
  'ip',
] as const;

/** A piece of information a customer may or may not give. */
export type DetailKind = (typeof detailKinds)[number];

/** Which coins and networks a problem is about; decides the `{coin}`, `{txid}` and `{address}` slots. */
export type AssetGroup = 'onchain' | 'evm' | 'memo' | 'any';

/** The language-independent description of one kind of customer problem. */
export interface ProblemDefinition {
  /** Stable key; the phrase banks of every language have texts under it. */
  key: string;
  category: DefaultCategory;
  /** Relative frequency inside its category. */
  weight: number;
  /** Relative chance of low, normal, high and urgent priority. */
  priorities: readonly [number, number, number, number];
  /** Tags an agent would put on such a ticket, most typical first. */
  tags: readonly string[];
  /** The details a customer could add for this problem. */
  details: readonly DetailKind[];
  /** The coins the problem can be about, or null when it is not about a coin. */
  assets: AssetGroup | null;
  /** Frequency multipliers for languages whose customers meet this problem more or less often. */
  languages?: Partial<Record<SupportedLanguage, number>>;
}

/** The texts of one problem in one language; `{slot}` placeholders are filled per ticket. */
export interface ProblemText {
  subjects: readonly string[];
  bodies: readonly string[];
  /** Agent explanations that solve the problem (the middle of a solving reply); `resolutions[i % n]` answers `bodies[i]`. */
  resolutions: readonly string[];
  /** What customers of this problem say they tried; the category's lines are used otherwise. */
  attempts?: readonly string[];
  /** Error messages as the customer sees them, for the `{error}` slot. */
  errors?: readonly string[];
}

/** How often each category occurs, per 100 tickets. */
export const categoryWeights: Readonly<Record<DefaultCategory, number>> = {
  deposit_withdrawal: 32,
  account_security: 20,
  trade_execution: 13,
  kyc: 11,
  general: 10,
  api: 7,
  derivatives: 7,
};

const fundDetails: readonly DetailKind[] = ['transaction', 'address', 'time', 'device', 'attempts'];

// prettier-ignore
/** Every problem the demo customers write about (one a line, a table Prettier leaves alone). */
export const problemDefinitions = [
  // deposit_withdrawal
  { key: 'deposit-not-credited', category: 'deposit_withdrawal', weight: 22, priorities: [5, 62, 31, 2], tags: ['deposit-missing'], details: fundDetails, assets: 'onchain' },
  { key: 'withdrawal-pending', category: 'deposit_withdrawal', weight: 18, priorities: [5, 56, 37, 2], tags: ['withdrawal-delay'], details: ['address', 'time', 'device', 'attempts', 'account'], assets: 'onchain' },
  { key: 'withdrawal-not-arrived', category: 'deposit_withdrawal', weight: 10, priorities: [4, 57, 37, 2], tags: ['withdrawal-delay', 'not-received'], details: fundDetails, assets: 'onchain' },
  { key: 'wrong-network', category: 'deposit_withdrawal', weight: 9, priorities: [2, 46, 49, 3], tags: ['wrong-network', 'recovery'], details: ['transaction', 'address', 'time'], assets: 'evm' },
  { key: 'missing-memo', category: 'deposit_withdrawal', weight: 8, priorities: [3, 55, 40, 2], tags: ['missing-memo', 'recovery'], details: ['transaction', 'address', 'time', 'account'], assets: 'memo' },
  { key: 'krw-deposit-delay', category: 'deposit_withdrawal', weight: 8, priorities: [5, 60, 33, 2], tags: ['krw', 'deposit-missing'], details: ['time', 'device', 'attempts', 'account'], assets: null, languages: { en: 0.3, zh: 0.2 } },
  { key: 'withdrawal-restricted', category: 'deposit_withdrawal', weight: 7, priorities: [15, 70, 15, 0], tags: ['withdrawal-limit'], details: ['error', 'time', 'device'], assets: 'onchain' },
  { key: 'travel-rule-address', category: 'deposit_withdrawal', weight: 6, priorities: [15, 72, 13, 0], tags: ['travel-rule'], details: ['address', 'error', 'device'], assets: 'onchain' },
  { key: 'deposit-suspended', category: 'deposit_withdrawal', weight: 6, priorities: [35, 60, 5, 0], tags: ['wallet-maintenance'], details: ['time'], assets: 'onchain' },
  // account_security
  { key: 'account-hacked', category: 'account_security', weight: 10, priorities: [0, 0, 15, 85], tags: ['account-takeover', 'security-incident'], details: ['time', 'transaction', 'address', 'device', 'ip'], assets: 'onchain' },
  { key: 'unknown-login-alert', category: 'account_security', weight: 14, priorities: [2, 35, 45, 18], tags: ['suspicious-login'], details: ['time', 'device', 'ip', 'attempts'], assets: null },
  { key: 'otp-lost', category: 'account_security', weight: 22, priorities: [10, 70, 18, 2], tags: ['otp-reset'], details: ['device', 'attempts', 'account'], assets: null },
  { key: 'account-locked', category: 'account_security', weight: 18, priorities: [5, 60, 32, 3], tags: ['account-locked'], details: ['time', 'error', 'device', 'attempts'], assets: null },
  { key: 'phishing-site', category: 'account_security', weight: 12, priorities: [2, 20, 45, 33], tags: ['phishing'], details: ['time', 'device', 'attempts'], assets: null },
  { key: 'impostor-contact', category: 'account_security', weight: 8, priorities: [2, 30, 45, 23], tags: ['phishing', 'impostor'], details: ['time', 'attempts'], assets: null },
  { key: 'password-reset-email', category: 'account_security', weight: 12, priorities: [20, 70, 9, 1], tags: ['password-reset'], details: ['device', 'attempts', 'account'], assets: null },
  // trade_execution
  { key: 'order-wont-cancel', category: 'trade_execution', weight: 20, priorities: [3, 52, 42, 3], tags: ['order-cancel'], details: ['order', 'time', 'device', 'error', 'attempts'], assets: null },
  { key: 'partial-fill', category: 'trade_execution', weight: 16, priorities: [20, 70, 10, 0], tags: ['partial-fill'], details: ['order', 'time'], assets: null },
  { key: 'unexpected-fill-price', category: 'trade_execution', weight: 14, priorities: [5, 60, 33, 2], tags: ['slippage'], details: ['order', 'time', 'device'], assets: null },
  { key: 'balance-locked', category: 'trade_execution', weight: 12, priorities: [10, 70, 20, 0], tags: ['balance'], details: ['error', 'device', 'attempts'], assets: null },
  { key: 'order-error', category: 'trade_execution', weight: 10, priorities: [20, 70, 10, 0], tags: ['order-error'], details: ['error', 'device', 'time'], assets: null },
  // api
  { key: 'api-unauthorized', category: 'api', weight: 30, priorities: [10, 60, 28, 2], tags: ['api-auth'], details: ['error', 'attempts', 'ip'], assets: null },
  { key: 'api-signature', category: 'api', weight: 20, priorities: [10, 65, 25, 0], tags: ['api-auth', 'signature'], details: ['error', 'attempts'], assets: null },
  { key: 'api-rate-limit', category: 'api', weight: 22, priorities: [10, 55, 33, 2], tags: ['rate-limit'], details: ['error', 'time', 'ip'], assets: null },
  { key: 'api-ip-allowlist', category: 'api', weight: 14, priorities: [10, 70, 20, 0], tags: ['api-ip'], details: ['error', 'ip', 'attempts'], assets: null },
  { key: 'api-websocket', category: 'api', weight: 14, priorities: [15, 65, 20, 0], tags: ['websocket'], details: ['error', 'time', 'attempts'], assets: null },
  // kyc
  { key: 'kyc-rejected', category: 'kyc', weight: 35, priorities: [15, 75, 10, 0], tags: ['kyc-rejected'], details: ['device', 'error', 'attempts'], assets: null },
  { key: 'kyc-pending', category: 'kyc', weight: 30, priorities: [25, 65, 10, 0], tags: ['kyc-pending'], details: ['time', 'account'], assets: null },
  { key: 'kyc-bank-mismatch', category: 'kyc', weight: 20, priorities: [15, 75, 10, 0], tags: ['bank-verification'], details: ['error', 'device', 'attempts'], assets: null, languages: { en: 0.3, zh: 0.3 } },
  { key: 'kyc-foreign-passport', category: 'kyc', weight: 15, priorities: [20, 70, 10, 0], tags: ['kyc-foreigner'], details: ['device', 'error', 'attempts'], assets: null, languages: { ko: 0.05, en: 3, zh: 3 } },
  // derivatives
  { key: 'liquidation-dispute', category: 'derivatives', weight: 35, priorities: [2, 42, 48, 8], tags: ['liquidation'], details: ['order', 'time', 'device'], assets: null },
  { key: 'funding-fee', category: 'derivatives', weight: 20, priorities: [30, 60, 10, 0], tags: ['funding-fee'], details: ['time', 'order'], assets: null },
  { key: 'position-close-error', category: 'derivatives', weight: 25, priorities: [0, 37, 53, 10], tags: ['position-close'], details: ['order', 'error', 'time', 'device'], assets: null },
  { key: 'margin-transfer', category: 'derivatives', weight: 20, priorities: [15, 70, 15, 0], tags: ['margin-transfer'], details: ['time', 'error'], assets: null },
  // general
  { key: 'maintenance-question', category: 'general', weight: 30, priorities: [40, 55, 5, 0], tags: ['maintenance'], details: [], assets: null },
  { key: 'event-reward', category: 'general', weight: 25, priorities: [40, 55, 5, 0], tags: ['event'], details: ['account'], assets: 'any' },
  { key: 'transaction-history', category: 'general', weight: 20, priorities: [50, 45, 5, 0], tags: ['statement'], details: ['device'], assets: null },
  { key: 'app-crash', category: 'general', weight: 25, priorities: [15, 65, 20, 0], tags: ['app-bug'], details: ['device', 'error', 'attempts'], assets: null },
] as const satisfies readonly ProblemDefinition[];

/** The key of a problem in `problemDefinitions`. */
export type ProblemKey = (typeof problemDefinitions)[number]['key'];

/** The texts of every problem in one language. */
export type ProblemTextBank = Record<ProblemKey, ProblemText>;

/** Priorities in the order the weights of `ProblemDefinition.priorities` use. */
export const priorityOrder: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

/**
 * The problem texts of each language are split by theme, one data file each (`data/<language>/<theme>.json`):
 * a theme's file holds the texts of every problem of its categories, and no other.
 */
export const problemThemes = {
  funds: ['deposit_withdrawal', 'general'],
  trading: ['trade_execution', 'derivatives', 'api'],
  account: ['account_security', 'kyc'],
} as const satisfies Record<string, readonly DefaultCategory[]>;

/** The name of a theme, which is also the name of its data files. */
export type ProblemTheme = keyof typeof problemThemes;

/** The keys of the problems of a theme, in catalogue order. */
export function problemKeysOf(theme: ProblemTheme): ProblemKey[] {
  const categories: readonly DefaultCategory[] = problemThemes[theme];
  return problemDefinitions
    .filter((problem) => categories.includes(problem.category))
    .map((problem) => problem.key);
}

import type { FaqReply } from '../../../../shared/domain/faq-schemas';

/** A stored reply for tests; override what the test is about. */
export function makeReply(overrides: Partial<FaqReply> & { id: string }): FaqReply {
  return {
    folder: '',
    keywords: [],
    categories: [],
    variants: [{ language: 'en', title: `Reply ${overrides.id}`, body: `Body of ${overrides.id}` }],
    prompts: [],
    actions: {},
    retired: false,
    usage_count: 0,
    usage_by_category: {},
    created_at: '2025-03-01T00:00:00.000Z',
    updated_at: '2025-03-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** The Korean-and-English withdrawal reply: asks for the tx hash, sets "awaiting customer", tags the ticket. */
export const withdrawalReply = makeReply({
  id: 'faq-withdrawal-pending',
  folder: 'Withdrawals::Pending',
  keywords: ['withdrawal', 'pending', '출금', '지연'],
  categories: ['deposit_withdrawal'],
  variants: [
    {
      language: 'ko',
      title: '출금 지연 안내',
      body: '{{customer.name|고객}}님, 안녕하세요.\n출금 건(TXID: {{prompt.tx_hash}})을 확인하고 있습니다.\n{{agent.name}} 드림',
    },
    {
      language: 'en',
      title: 'Withdrawal pending',
      body: 'Hello {{customer.name|there}},\nwe are checking your withdrawal (TXID: {{prompt.tx_hash}}).\n{{agent.name}}',
    },
  ],
  prompts: [{ key: 'tx_hash', label: { en: 'Transaction hash', ko: '트랜잭션 해시' } }],
  actions: { status: 'awaiting_customer', add_tags: ['withdrawal-delay'] },
  usage_count: 40,
  usage_by_category: { deposit_withdrawal: 40 },
});

/** An English-only reply: the picker must say it stands in for the customer's language. */
export const securityReply = makeReply({
  id: 'faq-security-warning',
  folder: 'Security',
  keywords: ['password', 'seed phrase', 'phishing'],
  categories: ['account_security'],
  variants: [
    {
      language: 'en',
      title: 'We never ask for your secrets',
      body: 'We never ask for passwords, seed phrases, private keys or OTP codes.',
    },
  ],
});

/** An API reply in English and Chinese. */
export const apiReply = makeReply({
  id: 'faq-api-401',
  folder: 'API',
  keywords: ['api', '401', 'unauthorized', 'signature'],
  categories: ['api'],
  variants: [
    { language: 'en', title: 'API key returns 401', body: 'Please check the API key signature and clock.' },
    { language: 'zh', title: 'API 密钥返回 401', body: '请检查 API 密钥签名和时钟。' },
  ],
});

export const library: FaqReply[] = [withdrawalReply, securityReply, apiReply];

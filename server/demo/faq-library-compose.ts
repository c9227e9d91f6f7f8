import type { FaqActions, FaqPrompt, FaqReplyInput } from '../../shared/domain/faq-schemas';

/**
 * Helpers of the demo FAQ library: every demo reply greets the customer and signs off the same way in each
 * language, so the texts below hold only what the reply says.
 */

export interface DemoFaqText {
  title: string;
  body: string;
}

export interface DemoFaqEntry {
  folder: string;
  categories: string[];
  keywords: string[];
  ko: DemoFaqText;
  en: DemoFaqText;
  zh: DemoFaqText;
  prompts?: FaqPrompt[];
  actions?: FaqActions;
}

const greetings = {
  ko: '안녕하세요, {{customer.name|고객}}님.\n문의 주셔서 감사합니다(문의 번호 #{{ticket.number}}).',
  en: 'Hello {{customer.name|there}},\nThank you for contacting us about request #{{ticket.number}}.',
  zh: '{{customer.name|尊敬的用户}}您好，\n感谢您的来信（工单号 #{{ticket.number}}）。',
};
const signatures = {
  ko: '추가로 궁금하신 점이 있으시면 언제든지 이 메일에 회신해 주세요.\n감사합니다.\n{{agent.name}} 드림',
  en: 'If anything is unclear, simply reply to this message.\nBest regards,\n{{agent.name}}',
  zh: '如有任何疑问，请直接回复此邮件。\n祝好，\n{{agent.name}}',
};

/** The prompts the demo replies share, with labels in the three languages. */
export const demoPrompts = {
  txHash: {
    key: 'tx_hash',
    label: { ko: '트랜잭션 해시(TXID)', en: 'Transaction hash (TXID)', zh: '交易哈希（TXID）' },
  },
  network: { key: 'network', label: { ko: '네트워크', en: 'Network', zh: '网络' } },
  asset: { key: 'asset', label: { ko: '자산', en: 'Asset', zh: '币种' } },
  maintenanceEnd: {
    key: 'maintenance_end',
    label: { ko: '점검 종료 예정 시각', en: 'Expected end of maintenance', zh: '预计维护结束时间' },
  },
  orderId: { key: 'order_id', label: { ko: '주문 번호', en: 'Order ID', zh: '订单号' } },
  delistingDate: {
    key: 'delisting_date',
    label: { ko: '상장 폐지일', en: 'Delisting date', zh: '下架日期' },
  },
  reviewHours: {
    key: 'review_hours',
    label: { ko: '예상 검토 시간', en: 'Expected review time', zh: '预计审核时间' },
  },
} satisfies Record<string, FaqPrompt>;

/** Waiting for the customer's answer, as most replies that ask for something do. */
export const awaitCustomer: FaqActions = { status: 'awaiting_customer' };

/** The reply input of `entry`, greeting and signature added to each language. */
export function demoFaqInput(entry: DemoFaqEntry): FaqReplyInput {
  const variant = (language: 'ko' | 'en' | 'zh', text: DemoFaqText) => ({
    language,
    title: text.title,
    body: `${greetings[language]}\n\n${text.body}\n\n${signatures[language]}`,
  });
  return {
    folder: entry.folder,
    keywords: entry.keywords,
    categories: entry.categories,
    variants: [variant('ko', entry.ko), variant('en', entry.en), variant('zh', entry.zh)],
    prompts: entry.prompts ?? [],
    actions: entry.actions ?? {},
  };
}

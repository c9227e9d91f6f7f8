import { computeSla, slaPausingStatuses } from '../../shared/sla/clock';
import { defaultSlaPolicy } from '../../shared/sla/policy';
import type { Agent, Ticket } from '../../shared/domain/schemas';
import { defaultCategories, ticketPriorities, ticketStatuses } from '../../shared/domain/vocabulary';

/**
 * Synthetic tickets for the queue benchmark: realistic subjects and bodies in English, Korean and Chinese,
 * generated in the page from a fixed seed (no service, no data files), so every run measures the same queue.
 */

const coins = ['USDT', 'BTC', 'ETH', 'SOL', 'XRP', 'TRX', 'ADA'];
const subjects: Record<'en' | 'ko' | 'zh', readonly string[]> = {
  en: [
    'Withdrawal pending for {n} hours',
    '{coin} deposit not credited',
    'Cannot log in after 2FA reset',
    'API key returns 401 on every request',
    'Order filled at the wrong price',
    'KYC rejected twice, need help',
    'Liquidated on {coin} perpetual without warning',
    'Pending deposit on the {coin} network',
    'Account locked after password change',
    'Withdrawal address whitelist not saving',
  ],
  ko: [
    '출금이 {n}시간째 대기 중입니다',
    '{coin} 입금이 반영되지 않았어요',
    '2단계 인증 초기화 후 로그인 불가',
    'API 키가 계속 401 오류를 반환합니다',
    '주문이 잘못된 가격에 체결됐어요',
    '본인 인증이 두 번 거절되었습니다',
    '{coin} 무기한 선물 강제 청산 문의',
    '{coin} 네트워크 입금 지연',
  ],
  zh: [
    '提现已等待{n}小时',
    '{coin} 充值未到账',
    '重置双重验证后无法登录',
    'API 密钥一直返回 401',
    '订单成交价格异常',
    '身份认证被拒绝两次',
    '{coin} 永续合约被强平',
    '{coin} 网络充值延迟',
  ],
};
const bodies: Record<'en' | 'ko' | 'zh', readonly string[]> = {
  en: [
    'Hello, my {coin} withdrawal has been pending since this morning. TxID {tx}. I already restarted the app and cleared the cache. Device: iPhone 14, iOS 17.2, app 1.45.2.',
    'I sent {coin} from another exchange two hours ago and it is still not in my balance. The transaction hash is {tx}. Please check.',
    'After I changed my password I cannot log in anymore, the app says the account is locked. Order ID {order}.',
  ],
  ko: [
    '안녕하세요. 오늘 아침에 신청한 {coin} 출금이 아직 대기 중입니다. TxID {tx}. 앱 재시작과 캐시 삭제는 이미 해 봤습니다.',
    '다른 거래소에서 {coin}을 보냈는데 두 시간째 잔고에 반영되지 않습니다. 트랜잭션 해시는 {tx} 입니다.',
    '비밀번호를 바꾼 뒤로 로그인이 안 됩니다. 계정이 잠겼다고 나와요. 주문 번호 {order}.',
  ],
  zh: [
    '您好，我今天早上申请的 {coin} 提现一直处于待处理状态。TxID {tx}。我已经重启了应用并清除了缓存。',
    '我从其他交易所转入了 {coin}，两个小时了还没有到账。交易哈希是 {tx}，请帮忙查看。',
    '修改密码后无法登录，提示账户已被锁定。订单号 {order}。',
  ],
};
const names = [
  'Kim Minjun',
  'Lee Seoyeon',
  'Park Jiho',
  'Choi Yuna',
  '김민준',
  '이서연',
  'Wang Fang',
  'Li Wei',
  'Zhang Min',
  '王芳',
  '李伟',
  'John Smith',
  'Maria Garcia',
  'Aisha Khan',
  'Tom Becker',
];

/** The agents the synthetic tickets are assigned to. */
export const syntheticAgents: Agent[] = [
  { id: 'agent-1', name: 'Jisoo Han', email: 'jisoo@example.com', role: 'agent' },
  { id: 'agent-2', name: 'Wei Chen', email: 'wei@example.com', role: 'agent' },
  { id: 'agent-3', name: 'Sam Taylor', email: 'sam@example.com', role: 'lead' },
  { id: 'agent-4', name: 'Minho Seo', email: 'minho@example.com', role: 'agent' },
];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` tickets numbered 1000 and up, the newest updated most recently before `nowMs`. */
export function generateTickets(count: number, nowMs: number, seed = 42): Ticket[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const hex = (length: number): string => {
    let text = '';
    while (text.length < length) {
      text += Math.floor(next() * 0xffffffff)
        .toString(16)
        .padStart(8, '0');
    }
    return text.slice(0, length);
  };
  const tickets: Ticket[] = [];
  for (let index = 0; index < count; index += 1) {
    const language = pick(['en', 'en', 'ko', 'ko', 'zh'] as const);
    const coin = pick(coins);
    const fill = (template: string): string =>
      template
        .replace('{n}', String(1 + Math.floor(next() * 23)))
        .replace('{coin}', coin)
        .replace('{tx}', `0x${hex(64)}`)
        .replace('{order}', String(100000000 + Math.floor(next() * 899999999)));
    const name = pick(names);
    const createdMs = nowMs - (count - index) * 45_000 - Math.floor(next() * 30_000);
    const updatedMs = createdMs + Math.floor(next() * 6 * 3600_000);
    const number = 1000 + index;
    const assignee = next() < 0.3 ? null : pick(syntheticAgents).id;
    const ticket: Ticket = {
      id: `synthetic-${number}`,
      number,
      subject: fill(pick(subjects[language])),
      body: fill(pick(bodies[language])),
      status: pick(ticketStatuses),
      priority: pick(ticketPriorities),
      category: next() < 0.1 ? null : pick(defaultCategories),
      requester: { email: `customer${index}@example.com`, name, locale: language },
      customer_id: `customer-${index}`,
      assignee_id: assignee,
      language,
      tags: [],
      source: 'demo',
      occurred_at: null,
      device: null,
      suggested_category: null,
      possible_duplicates: [],
      related: [],
      checklist: { analyzed: false, items: [] },
      redactions: [],
      message_count: 0,
      created_at: new Date(createdMs).toISOString(),
      updated_at: new Date(Math.min(updatedMs, nowMs)).toISOString(),
      first_response_at: null,
      solved_at: null,
      version: 1,
    };
    const pausedSince = slaPausingStatuses.includes(ticket.status) ? ticket.updated_at : null;
    ticket.sla = computeSla({
      policy: defaultSlaPolicy,
      ticket: { ...ticket, paused_ms: 0, paused_since: pausedSince },
      now: nowMs,
    });
    tickets.push(ticket);
  }
  return tickets;
}

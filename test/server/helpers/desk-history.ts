/** A small desk history in English, Korean and Chinese, for tests that need auto-triage to suggest. */
export const deskHistory: readonly { text: string; category: string }[] = [
  ...[
    'My withdrawal to my wallet has not arrived',
    'Withdrawal pending for hours, where is my BTC',
    'I withdrew USDT yesterday and it is still not in my wallet',
    'How long does a withdrawal take?',
    '출금 신청했는데 아직 지갑에 안 들어왔어요',
    '어제 출금한 비트코인이 도착하지 않았습니다',
    '提现已经两个小时了还没有到账',
    '昨天提现的USDT一直没有到钱包',
  ].map((text) => ({ text, category: 'withdrawal' })),
  ...[
    'I forgot my password and cannot log in',
    'Someone logged into my account, please lock it',
    'My two-factor code is not accepted when I log in',
    'Reset my 2FA, I lost my phone',
    '비밀번호를 잊어버려서 로그인이 안 돼요',
    '제 계정에 누가 로그인했어요 계정을 잠가주세요',
    '我忘记密码了无法登录',
    '有人登录了我的账户请帮我冻结',
  ].map((text) => ({ text, category: 'account_security' })),
];

/** The history as `POST /api/import` records, solved in January 2025, external ids `<prefix>-<n>`. */
export function deskHistoryRecords(prefix: string): Record<string, unknown>[] {
  return deskHistory.map((example, index) => ({
    external_id: `${prefix}-${index}`,
    requester: { email: `history${index}@example.com` },
    subject: example.text,
    body: example.text,
    category: example.category,
    status: 'solved',
    created_at: '2025-01-10T09:00:00Z',
    solved_at: '2025-01-11T09:00:00Z',
  }));
}

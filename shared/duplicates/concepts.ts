/**
 * A small multilingual concept map of exchange vocabulary. Resubmissions are often paraphrases ("withdrawal
 * pending 3 hours" vs "my withdrawal still hasn't arrived") or translations (출금 / withdrawal / 提现), which
 * share few words; mapping the words that name the problem to one concept lets them meet. Three kinds:
 * `topic` (what the problem is about), `asset` (which coin or currency), `state` (what went wrong).
 */

/** What a concept says about a ticket. */
export type ConceptKind = 'topic' | 'asset' | 'state';

interface ConceptEntry {
  kind: ConceptKind;
  /** Surface forms, lowercase. Latin forms match at a word start (so "withdraw" matches "withdrawals"). */
  forms: readonly string[];
}

/** The concept map: concept key → kind and surface forms in English, Korean and Chinese. */
export const concepts: Readonly<Record<string, ConceptEntry>> = {
  withdrawal: {
    kind: 'topic',
    forms: [
      'withdraw',
      'withdrew',
      'payout',
      'cash out',
      '출금',
      '인출',
      '출고',
      '提现',
      '提币',
      '出金',
      '提款',
      '提幣',
    ],
  },
  deposit: {
    kind: 'topic',
    forms: [
      'transfer into',
      'transferred into',
      'into the exchange',
      'credit it',
      'credit my',
      'deposit',
      'top up',
      'topped up',
      'top-up',
      '입금',
      '충전',
      '充值',
      '入金',
      '存入',
      '充币',
      '充幣',
    ],
  },
  kyc: {
    kind: 'topic',
    forms: [
      'kyc',
      'identity verification',
      'verify my identity',
      'verification level',
      'id card',
      'passport',
      'selfie',
      'proof of address',
      'verify my account',
      'account verification',
      '신분증',
      '본인인증',
      '본인 인증',
      '본인확인',
      '실명인증',
      '실명 인증',
      '신원 확인',
      '신원확인',
      '여권',
      '셀카',
      'kyc인증',
      '身份认证',
      '实名',
      '身份证',
      '护照',
      '身份验证',
      '自拍',
      '人脸识别',
      '高级认证',
      '认证',
    ],
  },
  two_factor: {
    kind: 'topic',
    forms: [
      '인증 앱',
      '인증앱',
      '인증 문자',
      '인증문자',
      '문자 인증',
      '2fa',
      'otp',
      'authenticator',
      'verification code',
      'sms code',
      'two-factor',
      'two factor',
      'security code',
      '2단계',
      '2차 인증',
      '2차인증',
      '인증번호',
      '인증 번호',
      '인증코드',
      '인증 코드',
      '보안코드',
      '谷歌验证',
      '验证码',
      '二次验证',
      '双重验证',
      '两步验证',
      '动态码',
      '短信验证',
    ],
  },
  login: {
    kind: 'topic',
    forms: [
      'login',
      'log in',
      'logging in',
      'sign in',
      'signing in',
      'password',
      'locked out',
      "can't access my account",
      'cannot access my account',
      '로그인',
      '비밀번호',
      '접속',
      '登录',
      '登陆',
      '密码',
      '登不上',
    ],
  },
  account_restriction: {
    kind: 'topic',
    forms: [
      'frozen',
      'freeze',
      'suspended',
      'restricted',
      'disabled',
      'banned',
      'locked account',
      'account locked',
      '계정 정지',
      '계정정지',
      '동결',
      '정지',
      '잠김',
      '잠겼',
      '제한',
      '冻结',
      '封号',
      '限制',
      '封禁',
      '锁定',
    ],
  },
  order: {
    kind: 'topic',
    forms: [
      'order',
      'trade',
      'filled',
      'fill price',
      'limit order',
      'limit price',
      'market buy',
      'market sell',
      'stop loss',
      'slippage',
      'spot',
      '주문',
      '체결',
      '매수',
      '매도',
      '지정가',
      '시장가',
      '손절',
      '현물',
      '订单',
      '成交',
      '挂单',
      '下单',
      '买入',
      '卖出',
      '限价',
      '市价',
      '止损',
      '现货',
      '滑点',
    ],
  },
  futures: {
    kind: 'topic',
    forms: [
      'funding',
      '펀딩',
      'futures',
      'liquidat',
      'margin',
      'leverage',
      'perpetual',
      'position',
      'funding rate',
      '선물',
      '청산',
      '레버리지',
      '마진',
      '포지션',
      '펀딩비',
      '合约',
      '爆仓',
      '强平',
      '杠杆',
      '保证金',
      '仓位',
      '资金费率',
    ],
  },
  api: {
    kind: 'topic',
    forms: [
      'ip 限制',
      'ip限制',
      '白名单',
      'whitelist',
      '화이트리스트',
      'api',
      'websocket',
      'endpoint',
      'rate limit',
      'ip whitelist',
      'signature',
      'http 4',
      'bot',
      'api 키',
      'api키',
      '웹소켓',
      '接口',
      '密钥',
      '签名',
      '限频',
    ],
  },
  fee: {
    kind: 'topic',
    forms: ['fee', 'commission', 'charged twice', 'overcharged', '수수료', '手续费', '费用', '扣费'],
  },
  memo_tag: {
    kind: 'topic',
    forms: [
      '转错',
      '错链',
      'memo',
      'destination tag',
      'tag',
      'tags',
      'wrong network',
      'wrong chain',
      '메모',
      '데스티네이션 태그',
      '태그',
      '네트워크를 잘못',
      '잘못된 네트워크',
      '备注',
      '标签',
      '链选错',
      '错误的网络',
      '选错网络',
      '选错了网络',
    ],
  },
  contact_change: {
    kind: 'topic',
    forms: [
      '邮箱',
      '改邮箱',
      '换邮箱',
      'change my email',
      'change my phone',
      'phone number',
      'email address',
      'new phone',
      '휴대폰 번호',
      '전화번호',
      '이메일 변경',
      '이메일 주소',
      '번호 변경',
      '手机号',
      '更换邮箱',
      '换手机',
      '邮箱地址',
      '更换手机',
    ],
  },
  reward: {
    kind: 'topic',
    forms: [
      'reward',
      'bonus',
      'referral',
      'airdrop',
      'promotion',
      'voucher',
      'coupon',
      'cashback',
      '보상',
      '이벤트',
      '에어드랍',
      '에어드롭',
      '추천인',
      '쿠폰',
      '리워드',
      '奖励',
      '返佣',
      '空投',
      '活动',
      '赠金',
      '优惠券',
    ],
  },
  app: {
    kind: 'topic',
    forms: [
      'crash',
      'the app',
      'app keeps',
      'blank screen',
      'white screen',
      '앱이',
      '앱 ',
      '튕',
      '화면이',
      '闪退',
      'app',
      '白屏',
      '打不开',
    ],
  },
  bank: {
    kind: 'topic',
    forms: ['bank', 'card', 'wire', 'fiat', '은행', '계좌', '카드', '银行', '银行卡', '法币', '电汇'],
  },
  btc: { kind: 'asset', forms: ['btc', 'bitcoin', '비트코인', '비트', '比特币', '比特幣'] },
  eth: { kind: 'asset', forms: ['eth', 'ether', 'ethereum', '이더리움', '이더', '以太坊', '以太币'] },
  usdt: { kind: 'asset', forms: ['usdt', 'tether', '테더', '泰达币', 'u币'] },
  usdc: { kind: 'asset', forms: ['usdc'] },
  xrp: { kind: 'asset', forms: ['xrp', 'ripple', '리플', '瑞波'] },
  sol: { kind: 'asset', forms: ['sol', 'solana', '솔라나', '索拉纳'] },
  trx: { kind: 'asset', forms: ['trx', 'tron', '트론', '波场'] },
  doge: { kind: 'asset', forms: ['doge', 'dogecoin', '도지', '狗狗币'] },
  ada: { kind: 'asset', forms: ['ada', 'cardano', '에이다', '艾达币'] },
  bnb: { kind: 'asset', forms: ['bnb', '바이낸스코인'] },
  krw: { kind: 'asset', forms: ['krw', '원화', '韩元'] },
  pending: {
    kind: 'state',
    forms: [
      'pending',
      'stuck',
      'not arrived',
      "hasn't arrived",
      "haven't arrived",
      'has not arrived',
      'not received',
      "haven't received",
      "didn't receive",
      'did not receive',
      'not credited',
      "hasn't been credited",
      'not showing',
      "doesn't show",
      'still processing',
      'processing',
      'delayed',
      'delay',
      'waiting',
      'missing',
      'still not',
      'still no',
      "hasn't reached",
      'not reflected',
      '지연',
      '안 왔',
      '안왔',
      '안 들어',
      '안들어',
      '도착하지',
      '못 받',
      '못받',
      '미입금',
      '대기',
      '처리중',
      '처리 중',
      '반영이 안',
      '반영되지',
      '들어오지',
      '안 보여',
      '안보여',
      '오지 않',
      '아직',
      '未到账',
      '没到账',
      '没有到账',
      '还没到',
      '延迟',
      '卡住',
      '处理中',
      '等待',
      '未收到',
      '没收到',
      '没有收到',
      '一直没',
      '还没有',
      '不显示',
      '没显示',
      '未显示',
      '迟迟',
    ],
  },
  failure: {
    kind: 'state',
    forms: [
      'error',
      'failed',
      'fails',
      'failure',
      'rejected',
      'declined',
      "doesn't work",
      'not working',
      'invalid',
      '오류',
      '에러',
      '실패',
      '거절',
      '거부',
      '안 돼',
      '안돼',
      '안 됩',
      '안됩',
      '작동',
      '失败',
      '错误',
      '报错',
      '被拒',
      '无效',
      '不行',
      '不能用',
      '用不了',
      '出错',
    ],
  },
};

interface Form {
  concept: string;
  text: string;
  isLatin: boolean;
}

// By first character, longest first: at each position the longest form that matches wins ("verification
// code" is two_factor, not a shorter form inside it).
const formsByFirstCharacter = new Map<string, Form[]>();
for (const [concept, entry] of Object.entries(concepts)) {
  for (const text of entry.forms) {
    const first = text[0] ?? '';
    const list = formsByFirstCharacter.get(first) ?? [];
    list.push({ concept, text, isLatin: /^[\x20-\x7e]+$/u.test(text) });
    formsByFirstCharacter.set(first, list);
  }
}
for (const list of formsByFirstCharacter.values()) {
  list.sort((left, right) => right.text.length - left.text.length);
}

const letterOrDigit = /[\p{L}\p{N}]/u;
/** Latin forms at least this long are stems and may be followed by more letters ("withdraw" → "withdrawals"). */
const shortestStem = 5;

function isWordBoundedMatch(text: string, at: number, form: string): boolean {
  const before = at === 0 ? ' ' : (text[at - 1] ?? ' ');
  const after = text[at + form.length] ?? ' ';
  return !letterOrDigit.test(before) && (form.length >= shortestStem || !letterOrDigit.test(after));
}

/**
 * The concepts named in `normalized` (the output of `normalizeText`), each once, sorted. Scans left to
 * right taking the longest form that matches at each position and skipping past it, so a longer form hides
 * the shorter ones inside it. Latin forms must start at a word boundary (short ones end at one too).
 */
export function conceptsOf(normalized: string): string[] {
  const found = new Set<string>();
  let at = 0;
  while (at < normalized.length) {
    const candidates = formsByFirstCharacter.get(normalized[at] ?? '');
    const match = candidates?.find(
      (form) =>
        normalized.startsWith(form.text, at) &&
        (!form.isLatin || isWordBoundedMatch(normalized, at, form.text)),
    );
    if (match === undefined) {
      at += 1;
      continue;
    }
    found.add(match.concept);
    at += match.text.length;
  }
  return [...found].sort();
}

/** The kind of `concept` (a key of `concepts`), or null for an unknown key. */
export function conceptKind(concept: string): ConceptKind | null {
  return concepts[concept]?.kind ?? null;
}

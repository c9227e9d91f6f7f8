import { createConceptMatcher, type ConceptForms } from './concept-matcher';

/**
 * Crypto-exchange support knowledge in Korean, Chinese and English: the ways customers name the same thing
 * in each language, mapped to one concept, so history in one language teaches tickets in another (an
 * English "withdrawal stuck" history and a Korean "출금이 안 돼요" ticket share `withdraw`). General domain
 * vocabulary of exchange support desks; no entry is a phrase of one ticket.
 *
 * Korean and Chinese forms match anywhere in the text (no spaces needed, particles may follow); Latin
 * forms match whole words; a form of five letters or more also as a word start (`withdraw` matches
 * "withdrawals").
 */
export type ExchangeConcept = ConceptForms;

export const exchangeConcepts: Readonly<Record<string, ExchangeConcept>> = {
  withdraw: {
    ko: ['출금', '인출', '출고', '송금'],
    zh: ['提币', '提现', '提幣', '提款', '出金', '转出', '提出'],
    en: ['withdraw', 'withdrew', 'payout', 'cash out', 'send out', 'sent out'],
  },
  deposit: {
    ko: ['입금', '충전', '입고'],
    zh: ['充值', '充币', '充幣', '入金', '存入', '转入', '到账'],
    en: ['deposit', 'top up', 'topped up', 'credited', 'incoming transfer'],
  },
  network: {
    ko: ['네트워크', '체인', '메인넷', '오입금'],
    zh: ['网络', '主网', '公链', '转错链', '错充'],
    en: ['network', 'chain', 'erc20', 'trc20', 'bep20', 'mainnet'],
  },
  memo: {
    ko: ['태그', '메모', '데스티네이션'],
    zh: ['标签', '备注', '标签号'],
    en: ['memo', 'destination tag', 'tag'],
  },
  liquidation: {
    ko: ['청산', '강제청산', '강청', '리퀴데이션', '마진콜'],
    zh: ['强平', '爆仓', '强制平仓', '清算'],
    en: ['liquidat', 'liq price', 'margin call', 'force closed'],
  },
  futures: {
    ko: ['선물', '무기한', '레버리지', '포지션', '증거금', '마진', '펀딩', '격리', '교차'],
    zh: ['合约', '永续', '杠杆', '仓位', '持仓', '保证金', '资金费', '逐仓', '全仓', '多单', '空单', '平仓'],
    en: [
      'futures',
      'perpetual',
      'perp',
      'leverage',
      'position',
      'margin',
      'funding',
      'isolated',
      'cross margin',
    ],
  },
  deleveraging: {
    ko: ['디레버리징', '자동 감축', '자동감축'],
    zh: ['自动减仓'],
    en: ['adl', 'deleverag', 'auto deleverag'],
  },
  fill: {
    ko: ['체결', '미체결', '부분체결'],
    zh: ['成交', '未成交', '部分成交'],
    en: ['fill', 'filled', 'unfilled', 'executed', 'execution'],
  },
  order: {
    ko: ['주문', '매수', '매도', '지정가', '시장가', '호가', '오더'],
    zh: ['订单', '下单', '挂单', '委托', '买入', '卖出', '限价', '市价', '撤单', '盘口'],
    en: ['order', 'limit order', 'market order', 'buy', 'bought', 'sell', 'sold'],
  },
  stopOrder: {
    ko: ['스탑', '스톱', '손절', '익절', '감시가', '트리거', '예약 매', '예약매'],
    zh: ['止损', '止盈', '计划委托', '条件单', '触发'],
    en: ['stop loss', 'stop limit', 'stop order', 'take profit', 'trigger', 'conditional order'],
  },
  slippage: {
    ko: ['슬리피지', '체결가', '평단', '평균가'],
    zh: ['滑点', '成交价', '均价'],
    en: ['slippage', 'fill price', 'average price', 'execution price'],
  },
  cancel: {
    ko: ['취소'],
    zh: ['撤单', '撤销', '取消', '撤不'],
    en: ['cancel'],
  },
  kyc: {
    ko: [
      '본인인증',
      '신분증',
      '실명',
      '고객확인',
      '신원',
      '여권',
      '셀카',
      '얼굴',
      '외국인등록',
      '운전면허',
      '주민등록',
      '직업',
      '소득',
      '자금 출처',
      '자금출처',
    ],
    zh: [
      '实名',
      '身份认证',
      '身份验证',
      '证件',
      '护照',
      '人脸',
      '身份证',
      '活体',
      '居留',
      '职业',
      '资金来源',
      '收入证明',
    ],
    en: [
      'kyc',
      'identity',
      'passport',
      'id card',
      'driver license',
      'selfie',
      'liveness',
      'proof of address',
      'residence permit',
      'occupation',
      'source of funds',
      'proof of income',
    ],
  },
  verify: {
    ko: ['인증', '심사', '승인'],
    zh: ['认证', '审核', '验证'],
    en: ['verif', 'review', 'approval'],
  },
  twoFactor: {
    ko: [
      'OTP',
      '구글 OTP',
      '2단계 인증',
      '이중인증',
      '이중 인증',
      '인증 앱',
      '구글 인증',
      '인증번호',
      '보안코드',
    ],
    zh: ['谷歌验证', '二次验证', '双重验证', '动态码', '验证器', '安全验证', '验证码'],
    en: [
      '2fa',
      'two factor',
      'two-factor',
      'authenticator',
      'otp',
      'google auth',
      '6 digit code',
      'one time code',
    ],
  },
  login: {
    ko: ['로그인', '접속', '비밀번호', '비번', '패스워드', '로그아웃'],
    zh: ['登录', '登陆', '密码', '登不上', '登入'],
    en: ['login', 'log in', 'logged in', 'sign in', 'signed in', 'password', 'locked out'],
  },
  compromised: {
    ko: [
      '해킹',
      '털린',
      '털렸',
      '도용',
      '피싱',
      '사칭',
      '사기',
      '모르는 기기',
      '모르는 IP',
      '제가 한게 아',
      '제가 안',
    ],
    zh: ['被盗', '盗号', '被黑', '钓鱼', '冒充', '诈骗', '陌生', '不是我'],
    en: [
      'hack',
      'hacked',
      'hacker',
      'unauthori',
      'phishing',
      'scam',
      'stolen',
      'not me',
      'fake site',
      'compromised',
      'i did not do',
    ],
  },
  restriction: {
    ko: ['잠금', '잠겼', '잠김', '동결', '정지', '보호조치', '제한'],
    zh: ['锁定', '冻结', '限制', '封号', '被封', '锁住'],
    en: ['locked', 'frozen', 'freeze', 'suspend', 'restrict', 'blocked', 'disabled'],
  },
  api: {
    ko: [
      'API',
      '오픈API',
      '시크릿',
      '엑세스 키',
      '액세스 키',
      '서명',
      '웹소켓',
      '엔드포인트',
      '요청 제한',
      '화이트리스트',
    ],
    zh: ['接口', '密钥', '签名', '白名单', '限流', '调用', '请求频率'],
    en: [
      'api',
      'api key',
      'secret key',
      'signature',
      'endpoint',
      'websocket',
      'ws',
      'rate limit',
      'hmac',
      'whitelist',
      'sdk',
      'http',
      'json',
      'python',
    ],
  },
  fee: {
    ko: ['수수료', '펀딩비'],
    zh: ['手续费', '费率'],
    en: ['fee', 'commission', 'maker', 'taker'],
  },
  limit: {
    ko: ['한도', '최소 주문', '최대'],
    zh: ['限额', '额度', '最小', '最多'],
    en: ['limit', 'minimum', 'maximum'],
  },
  listing: {
    ko: ['상장', '상폐', '유의종목', '거래지원'],
    zh: ['上币', '上线', '下架', '退市', '风险警示'],
    en: ['listing', 'listed', 'delist', 'list'],
  },
  reward: {
    ko: ['이벤트', '에어드랍', '에어드롭', '리워드', '보상', '쿠폰', '추천인', '프로모션'],
    zh: ['活动', '空投', '奖励', '返佣', '邀请', '体验金', '抵扣券', '大赛'],
    en: ['promo', 'airdrop', 'reward', 'referral', 'bonus', 'voucher', 'campaign', 'competition', 'coupon'],
  },
  app: {
    ko: ['앱', '어플', '업데이트', '튕겨', '튕김', '꺼져', '푸시', '다크모드', '화면'],
    zh: ['APP', '闪退', '更新', '页面', '深色模式', '打不开', '推送通知'],
    en: ['app', 'crash', 'push notification', 'update', 'dark mode', 'screen'],
  },
  statement: {
    ko: ['거래내역서', '증명서', '엑셀', '세금', '연말정산', '확인서', '내역서'],
    zh: ['流水', '证明', '导出', '报税', '资产证明'],
    en: ['statement', 'export', 'tax', 'proof of asset', 'report'],
  },
  fiat: {
    ko: ['원화', '은행', '계좌', 'KRW', '케이뱅크'],
    zh: ['法币', '银行卡', 'C2C', '场外', 'OTC', '银行', '放币', '付款'],
    en: ['fiat', 'bank', 'p2p', 'card', 'wire'],
  },
  pending: {
    ko: [
      '처리중',
      '처리 중',
      '대기',
      '안 들어',
      '안들어',
      '안 왔',
      '안와',
      '도착을 안',
      '반영이 안',
      '반영 안',
      '미반영',
      '심사중',
      '진행중',
    ],
    zh: ['处理中', '审核中', '未到账', '没到账', '还没到', '没收到', '没有到', '待审核', '卡在'],
    en: [
      'pending',
      'processing',
      'not arrived',
      'not received',
      'not credited',
      'still not',
      'stuck',
      'under review',
    ],
  },
  profile: {
    ko: ['회원정보', '탈퇴', '휴대폰 번호', '전화번호', '이메일 변경', '이메일 주소', '계정 삭제'],
    zh: ['注销', '手机号', '换绑', '更换邮箱', '绑定的手机'],
    en: [
      'close my account',
      'delete my account',
      'phone number',
      'change my email',
      'email address',
      'personal data',
    ],
  },
  transfer: {
    ko: ['이체', '전송', '옮기'],
    zh: ['划转', '转账', '划回'],
    en: ['transfer', 'move'],
  },
};

const matcher = createConceptMatcher(exchangeConcepts);

/** The concepts named by Korean or Chinese forms only (matched in the text with its spaces removed). */
export const cjkConceptsOf: (normalized: string) => string[] = matcher.cjkConceptsOf;

/**
 * The exchange concepts a text names, sorted. `normalized` is the text after NFKC and lower case. Latin
 * forms match a sequence of whole words, each word matching at its start (so "liquidated" meets
 * `liquidat`, "withdrawals" meets `withdraw`); Korean and Chinese forms match anywhere in the text with
 * its spaces removed.
 */
export const exchangeConceptsOf: (normalized: string) => string[] = matcher.conceptsOf;

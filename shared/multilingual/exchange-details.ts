import { createConceptMatcher, type ConceptForms } from './concept-matcher';

/**
 * Finer crypto-exchange support knowledge in Korean, Chinese and English: which problem inside an area a
 * ticket names (inside futures: leverage, funding, margin mode, closing a position; inside KYC: the face
 * check, source of funds, the name, a foreign resident; inside security: a password reset, a lost
 * authenticator, phishing, an unknown login; inside the API: signatures, rate limits, websockets, IP
 * whitelists, keys and docs; …). The broad concepts of `exchange-concepts.ts` tell a futures ticket from a
 * KYC ticket; these tell the same customer's two futures problems apart. General domain vocabulary; no entry
 * is a phrase of one ticket.
 */
export const exchangeDetails: Readonly<Record<string, ConceptForms>> = {
  leverage: {
    ko: ['레버리지', '배율'],
    zh: ['杠杆', '倍数'],
    en: ['leverage'],
  },
  funding: {
    ko: ['펀딩'],
    zh: ['资金费'],
    en: ['funding'],
  },
  marginMode: {
    ko: ['격리', '교차', '크로스 마진', '마진 모드'],
    zh: ['逐仓', '全仓', '保证金模式'],
    en: ['isolated', 'cross margin', 'margin mode'],
  },
  addMargin: {
    ko: ['증거금 추가', '마진 추가', '증거금 넣'],
    zh: ['追加保证金', '增加保证金', '补充保证金'],
    en: ['add margin', 'adding margin', 'top up margin'],
  },
  closePosition: {
    ko: ['포지션 종료', '포지션 정리', '포지션 닫', '포지션이 안 닫', '포지션을 닫', '종료 버튼'],
    zh: ['平仓', '平掉', '全平', '平不了', '平不掉'],
    en: [
      'close position',
      'close my position',
      'close the position',
      'close a position',
      'closing my position',
      'close my long',
      'close my short',
      'market close',
    ],
  },
  liquidation: {
    ko: ['강제청산', '강청', '청산가', '청산됐', '청산 당', '청산당', '마진콜'],
    zh: ['强平', '爆仓', '强制平仓'],
    en: ['liquidat', 'liq price', 'margin call', 'force closed', 'forced close'],
  },
  deleveraging: {
    ko: ['디레버리징', '자동 감축', '자동감축', 'ADL'],
    zh: ['自动减仓', 'ADL'],
    en: ['adl', 'adled', 'deleverag'],
  },
  kycFace: {
    ko: ['셀카', '셀피', '얼굴', '안면', '카메라', '생체'],
    zh: ['人脸', '刷脸', '活体', '自拍', '摄像头', '相机'],
    en: ['selfie', 'face', 'liveness', 'camera', 'webcam'],
  },
  kycFunds: {
    ko: ['소득', '직업', '자금 출처', '자금출처', '재직', '원천'],
    zh: ['职业', '资金来源', '收入', '工作证明'],
    en: ['occupation', 'source of funds', 'income', 'employment', 'employer', 'salary'],
  },
  kycName: {
    ko: ['이름', '성명', '예금주', '영문명', '개명'],
    zh: ['名字', '姓名', '户名', '改名', '拼写'],
    en: ['name', 'legal name', 'spelling', 'surname'],
  },
  kycForeign: {
    ko: ['외국인', '외국', '해외 거주', '국적', '체류'],
    zh: ['外国人', '国籍', '居留', '海外', '境外'],
    en: ['foreigner', 'nationality', 'abroad', 'residence permit', 'non resident', 'expat'],
  },
  kycRedo: {
    ko: ['재이행', '재인증', '다시 인증', '인증을 다시', '재검증'],
    zh: ['重新认证', '重新验证', '重新做', '再次认证'],
    en: ['reverify', 're-verify', 'verify again', 'redo', 're-do'],
  },
  reviewWait: {
    ko: ['심사 중', '심사중', '검토 중', '검토중', '승인 대기', '심사 대기', '심사가'],
    zh: ['待审核', '审核中', '还在审核', '等待审核'],
    en: [
      'under review',
      'pending review',
      'waiting for approval',
      'awaiting approval',
      'still pending',
      'in review',
    ],
  },
  rejected: {
    ko: ['반려', '거절', '거부', '불합격'],
    zh: ['未通过', '被拒', '驳回', '不通过', '没通过'],
    en: ['rejected', 'declined', 'denied', 'refused'],
  },
  unfilled: {
    ko: ['미체결', '체결이 안', '체결 안', '체결이 되지'],
    zh: ['未成交', '没有成交', '没成交', '不成交'],
    en: [
      'unfilled',
      'not filled',
      'did not fill',
      'didnt fill',
      'never filled',
      'not executed',
      'never executed',
    ],
  },
  kycLevel: {
    ko: ['레벨', '등급 올', '상향', '고급 인증', '추가 인증'],
    zh: ['等级', '升级', '高级认证', '进阶认证'],
    en: ['level', 'upgrade', 'advanced verification'],
  },
  passwordReset: {
    ko: [
      '비밀번호 재설정',
      '비번 재설정',
      '비번 찾기',
      '비밀번호 찾기',
      '비밀번호를 잊',
      '비번을 잊',
      '재설정',
    ],
    zh: ['找回密码', '重置密码', '忘记密码', '忘了密码', '密码重置'],
    en: ['reset', 'forgot', 'forgotten'],
  },
  wrongPassword: {
    ko: [
      '비밀번호 오류',
      '비밀번호를 여러',
      '비밀번호 틀',
      '비번 틀',
      '비번을 틀',
      '비밀번호를 틀',
      '여러 번 틀',
    ],
    zh: ['密码错误', '输错密码', '密码输错', '输错'],
    en: ['wrong password', 'too many times', 'incorrect password', 'too many attempts'],
  },
  lostAuthenticator: {
    ko: [
      '폰 분실',
      '휴대폰 분실',
      '핸드폰 분실',
      '폰을 잃',
      '폰을 바꿨',
      '폰 바꿨',
      '새 폰',
      '기기 변경',
      '백업 키',
      '복구 키',
      '복구 코드',
    ],
    zh: ['换手机', '手机丢', '丢了手机', '手机掉', '备份密钥', '恢复码', '新手机'],
    en: [
      'lost phone',
      'lost my phone',
      'new phone',
      'changed phone',
      'backup key',
      'recovery code',
      'phone was stolen',
    ],
  },
  phishing: {
    ko: ['피싱', '사칭', '가짜'],
    zh: ['钓鱼', '冒充', '假网站', '假冒'],
    en: ['phishing', 'fake', 'pretending', 'impersonat'],
  },
  unknownLogin: {
    ko: ['모르는 기기', '새 기기', '새로운 기기', '로그인 기록', '접속 기록', '해외 IP', '낯선', '모르는 IP'],
    zh: ['登录记录', '陌生设备', '新设备', '异地登录', '国外IP', '陌生IP', '登录提醒'],
    en: [
      'new device',
      'unknown device',
      'login history',
      'another country',
      'unrecognised',
      'unrecognized',
      'recognise',
      'recognize',
      'sessions',
    ],
  },
  signature: {
    ko: ['서명', '시그니처'],
    zh: ['签名', '验签'],
    en: ['signature', 'hmac', '401'],
  },
  rateLimit: {
    ko: ['요청 제한', '호출 제한', '요청 한도', '초당', '429'],
    zh: ['限流', '频率', '请求次数', '429'],
    en: ['rate limit', 'throttl', 'too many requests', 'per second', '429'],
  },
  websocket: {
    ko: ['웹소켓', '소켓'],
    zh: ['长连接', '推送连接'],
    en: ['websocket', 'ws', 'socket'],
  },
  ipWhitelist: {
    ko: ['화이트리스트', 'IP 제한', 'IP 등록', 'IP 주소', '아이피'],
    zh: ['白名单', '绑定IP', 'IP限制', 'IP地址'],
    en: ['whitelist', 'ip restriction', 'ip address', 'bound ip'],
  },
  apiDocs: {
    ko: ['문서', '파라미터', '필드', '응답', '타임스탬프', '엔드포인트'],
    zh: ['文档', '参数', '字段', '返回', '时间戳'],
    en: ['docs', 'documentation', 'parameter', 'field', 'timestamp', '404'],
  },
  apiKeyPermission: {
    ko: ['키 생성', '키 발급', '권한', '키를 만들'],
    zh: ['创建API', '权限', '新建API'],
    en: ['create api key', 'create a key', 'permission', 'new api key'],
  },
  orderSize: {
    ko: ['최소 주문', '최소주문', '주문 수량', '소수점', '자릿수', '정밀도'],
    zh: ['最小下单', '下单数量', '精度', '小数'],
    en: ['minimum order', 'min order', 'precision', 'decimal', 'lot size', 'too small'],
  },
  insufficientBalance: {
    ko: ['잔고 부족', '잔액 부족', '잔고가 부족', '잔액이 부족', '주문 가능 금액'],
    zh: ['余额不足', '可用余额', '资金不足'],
    en: ['insufficient', 'not enough balance', 'available balance'],
  },
  delisting: {
    ko: ['상폐', '상장폐지', '상장 폐지', '유의종목', '거래지원 종료', '거래 지원 종료'],
    zh: ['下架', '退市', '风险警示'],
    en: ['delist'],
  },
  listingRequest: {
    ko: ['상장 신청', '상장 문의', '상장 요청', '상장 계획', '상장 예정', '신규 상장'],
    zh: ['上币', '申请上线', '项目方', '上线计划'],
    en: [
      'listing application',
      'apply for listing',
      'list my token',
      'list our token',
      'get listed',
      'new listing',
    ],
  },
  referral: {
    ko: ['추천인', '추천 코드', '추천코드', '레퍼럴', '초대'],
    zh: ['邀请', '返佣', '推荐码', '邀请码'],
    en: ['referral', 'referred', 'invite', 'invitation'],
  },
  coupon: {
    ko: ['쿠폰', '할인', '바우처'],
    zh: ['体验金', '抵扣券', '优惠券', '折扣', '代金券'],
    en: ['coupon', 'voucher', 'discount'],
  },
  airdrop: {
    ko: ['에어드랍', '에어드롭'],
    zh: ['空投'],
    en: ['airdrop'],
  },
  tradingFee: {
    ko: ['메이커', '테이커', 'VIP', '수수료율', '수수료 등급'],
    zh: ['挂单费', '吃单费', 'VIP', '费率'],
    en: ['maker', 'taker', 'vip', 'fee tier', 'trading fee'],
  },
  taxStatement: {
    ko: ['거래내역서', '거래 내역서', '연말정산', '세금', '엑셀', '내역 다운', '내역서'],
    zh: ['报税', '流水', '导出', 'Excel', '交易记录'],
    en: ['tax', 'export', 'excel', 'csv', 'trade history', 'transaction history'],
  },
  proofOfAssets: {
    ko: ['잔고 증명', '자산 증명', '잔고증명', '자산증명'],
    zh: ['资产证明', '余额证明'],
    en: ['proof of asset', 'proof of balance', 'balance certificate'],
  },
  notification: {
    ko: ['푸시', '알림'],
    zh: ['推送', '通知'],
    en: ['push', 'notification'],
  },
  appCrash: {
    ko: ['튕겨', '튕김', '튕기', '꺼져', '꺼짐', '강제 종료', '멈춰', '실행이 안'],
    zh: ['闪退', '卡死', '打不开', '崩溃'],
    en: ['crash', 'closes itself', 'keeps closing', 'will not open', 'wont open'],
  },
  display: {
    ko: ['하얗', '깨져', '다크모드', '다크 모드', '화면이'],
    zh: ['白屏', '显示不', '深色模式', '乱码'],
    en: ['blank', 'display', 'dark mode', 'white screen'],
  },
  accountClose: {
    ko: ['탈퇴', '계정 삭제', '계정삭제', '해지'],
    zh: ['注销', '删除账户', '删除账号', '销户'],
    en: ['close my account', 'delete my account', 'account deletion', 'close the account', 'delete account'],
  },
  contactChange: {
    ko: [
      '휴대폰 번호',
      '전화번호',
      '핸드폰 번호',
      '번호 변경',
      '번호가 바뀌',
      '이메일 변경',
      '이메일 주소 변경',
    ],
    zh: ['手机号', '换绑', '更换邮箱', '换邮箱', '手机号码'],
    en: ['phone number', 'change my email', 'new email', 'email address', 'mobile number'],
  },
  fiatCard: {
    ko: ['카드 결제', '신용카드', '체크카드', '카드로'],
    zh: ['信用卡', '刷卡', '银行卡买'],
    en: ['card', 'credit card', 'debit card'],
  },
  p2p: {
    ko: ['P2P', '판매자', '구매자', '개인간'],
    zh: ['C2C', '场外', '商家', '卖家', '买家', '放币', 'P2P'],
    en: ['p2p', 'seller', 'buyer', 'merchant', 'release', 'released'],
  },
};

const matcher = createConceptMatcher(exchangeDetails);

/** The finer exchange concepts a text names, sorted; `normalized` is the text after NFKC and lower case. */
export const exchangeDetailsOf: (normalized: string) => string[] = matcher.conceptsOf;

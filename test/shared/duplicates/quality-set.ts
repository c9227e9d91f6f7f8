/**
 * A hand-written evaluation set for duplicate detection, independent of the demo generator: thirty support
 * problems (ten first written in each of English, Korean and Chinese), each with the customer's original
 * ticket, a paraphrase of it in the same language and a translation by the same customer into another
 * language; plus hard negatives (the same customer, a different problem in the same area). quality.test.ts
 * derives exact copies, light edits and "any update?" follow-ups from these and measures precision and
 * recall.
 */

export type QualityLanguage = 'en' | 'ko' | 'zh';

/** One ticket's text. */
export interface QualityText {
  subject: string;
  body: string;
}

/** One problem as its customer wrote it, reworded and translated. */
export interface QualityProblem {
  key: string;
  /** The customer's category (the same for every wording). */
  category: string;
  language: QualityLanguage;
  original: QualityText;
  paraphrase: QualityText;
  /** The same problem, written again by the same customer in another language. */
  translation: QualityText;
}

/** A different problem from the same customer, close in area to `earlier` (should not be a duplicate). */
export interface HardNegative {
  language: QualityLanguage;
  category: string;
  earlier: QualityText;
  later: QualityText;
}

export const qualityProblems: readonly QualityProblem[] = [
  // English originals
  {
    key: 'en-btc-withdrawal-pending',
    category: 'deposit_withdrawal',
    language: 'en',
    original: {
      subject: 'BTC withdrawal pending for 3 hours',
      body: 'Hi, I requested a BTC withdrawal to my Ledger at 9:10 this morning and it has been pending for 3 hours. The status still says processing. Amount 0.42 BTC.',
    },
    paraphrase: {
      subject: 'Where is my bitcoin?',
      body: 'I withdrew 0.42 bitcoin to my hardware wallet this morning and it still has not arrived. Why is it taking so long?',
    },
    translation: {
      subject: '비트코인 출금이 아직 처리 중입니다',
      body: '오늘 아침에 레저 지갑으로 0.42 BTC 출금 신청했는데 3시간째 처리 중으로 나옵니다.',
    },
  },
  {
    key: 'en-eth-deposit-not-credited',
    category: 'deposit_withdrawal',
    language: 'en',
    original: {
      subject: 'ETH deposit not credited',
      body: 'I sent 1.5 ETH from MetaMask to my deposit address. Etherscan shows 64 confirmations, tx 0x9f3c2a7be41d0c8e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d, but my balance is still zero.',
    },
    paraphrase: {
      subject: 'Ethereum transfer from MetaMask missing',
      body: 'My 1.5 ETH transfer into the exchange is confirmed on chain but I do not see it in my account. Please credit it.',
    },
    translation: {
      subject: 'ETH 充值未到账',
      body: '我从 MetaMask 充值了 1.5 ETH，链上已经确认了，交易哈希 0x9f3c2a7be41d0c8e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d，但是余额还是零。',
    },
  },
  {
    key: 'en-2fa-new-phone',
    category: 'account_security',
    language: 'en',
    original: {
      subject: 'Lost my phone, cannot do 2FA',
      body: 'My phone was stolen and Google Authenticator was on it. I cannot log in because it asks for the 2FA code. How do I reset it?',
    },
    paraphrase: {
      subject: 'Need to reset Google Authenticator',
      body: 'I got a new phone and the authenticator codes are gone, so the login keeps asking for a code I do not have.',
    },
    translation: {
      subject: '手机丢了，无法谷歌验证',
      body: '我的手机被偷了，谷歌验证器在上面，现在登录要验证码，我没办法登录。怎么重置二次验证？',
    },
  },
  {
    key: 'en-kyc-rejected-selfie',
    category: 'kyc',
    language: 'en',
    original: {
      subject: 'KYC rejected again',
      body: 'My identity verification was rejected for the third time. It says the selfie does not match the passport photo, but it is clearly me.',
    },
    paraphrase: {
      subject: 'Verification keeps failing',
      body: 'I have tried to verify my identity three times and every time the face check fails against my passport. What am I doing wrong?',
    },
    translation: {
      subject: '신분 인증이 또 거절되었습니다',
      body: '본인인증이 세 번째로 거절됐어요. 셀카가 여권 사진과 다르다고 나오는데 제 얼굴이 맞습니다.',
    },
  },
  {
    key: 'en-limit-order-not-filled',
    category: 'trade_execution',
    language: 'en',
    original: {
      subject: 'Limit order not filled although price crossed',
      body: 'My limit order to buy SOL at 142.50 (order 7731029456) was not filled even though the chart shows the price went down to 141.90.',
    },
    paraphrase: {
      subject: 'Why did my SOL buy order not execute?',
      body: 'The price of SOL dropped below my limit price of 142.50 and the order 7731029456 is still open. It should have been filled.',
    },
    translation: {
      subject: 'SOL 限价单没有成交',
      body: '我挂了 142.50 买入 SOL 的限价单（订单号 7731029456），价格已经跌到 141.90 了还没有成交。',
    },
  },
  {
    key: 'en-futures-liquidation',
    category: 'derivatives',
    language: 'en',
    original: {
      subject: 'Unfair liquidation on BTC perpetual',
      body: 'My BTC perpetual long position was liquidated at 61,200 but the index price never went below 61,800. I want an explanation and a refund of the margin.',
    },
    paraphrase: {
      subject: 'Position liquidated by a wick',
      body: 'I lost my whole margin on the bitcoin futures long. The mark price did not reach my liquidation price, this looks like an error on your side.',
    },
    translation: {
      subject: 'BTC 永续合约被强平不合理',
      body: '我的 BTC 永续多单在 61200 被强平了，但指数价格从来没有低于 61800。请解释并退还保证金。',
    },
  },
  {
    key: 'en-api-signature-error',
    category: 'api',
    language: 'en',
    original: {
      subject: 'API returns invalid signature since yesterday',
      body: 'Since yesterday every private REST call returns error -1022 invalid signature. My bot code has not changed and the API key still has trading permission.',
    },
    paraphrase: {
      subject: 'Signed requests rejected',
      body: 'All my authenticated API requests started failing with a signature error. Nothing changed in my code. Did you change the signing rules?',
    },
    translation: {
      subject: 'API 서명 오류',
      body: '어제부터 모든 private REST 호출이 -1022 invalid signature 에러를 반환합니다. 봇 코드는 그대로이고 API 키 권한도 정상입니다.',
    },
  },
  {
    key: 'en-xrp-missing-tag',
    category: 'deposit_withdrawal',
    language: 'en',
    original: {
      subject: 'XRP deposit without destination tag',
      body: 'I deposited 800 XRP but forgot to enter the destination tag. Can you recover it? The transaction hash is 3AC4911BC0F6D0B807BF2177CED8F1AB3AC4911BC0F6D0B807BF2177CED8F1AB.',
    },
    paraphrase: {
      subject: 'Forgot the tag on my ripple transfer',
      body: 'I sent 800 ripple to my deposit address without the tag number and it never showed up. Please help me get it back.',
    },
    translation: {
      subject: 'XRP 충전 시 태그 누락',
      body: '800 XRP를 입금하면서 데스티네이션 태그를 안 넣었습니다. 복구 가능할까요? 해시 3AC4911BC0F6D0B807BF2177CED8F1AB3AC4911BC0F6D0B807BF2177CED8F1AB',
    },
  },
  {
    key: 'en-account-frozen',
    category: 'account_security',
    language: 'en',
    original: {
      subject: 'Account frozen without reason',
      body: 'I woke up and my account is frozen. I cannot trade or withdraw and there was no email explaining why. I did nothing suspicious.',
    },
    paraphrase: {
      subject: 'Why is my account suspended?',
      body: 'My account got suspended overnight, every button is greyed out and nobody told me the reason.',
    },
    translation: {
      subject: '账户被冻结了',
      body: '我早上起来发现账户被冻结了，不能交易也不能提现，也没有收到任何邮件说明原因。',
    },
  },
  {
    key: 'en-fee-charged-twice',
    category: 'general',
    language: 'en',
    original: {
      subject: 'Trading fee charged twice',
      body: 'On my last trade the fee was deducted twice: 12.40 USDT appears two times in my fee history for the same fill.',
    },
    paraphrase: {
      subject: 'Double commission on one trade',
      body: 'You took the commission two times for a single execution. I see two identical 12.40 USDT fee lines.',
    },
    translation: {
      subject: '交易手续费被扣了两次',
      body: '我最近一笔交易的手续费被扣了两次，同一笔成交在手续费记录里出现了两次 12.40 USDT。',
    },
  },
  // Korean originals
  {
    key: 'ko-usdt-withdrawal-trc20',
    category: 'deposit_withdrawal',
    language: 'ko',
    original: {
      subject: 'USDT 출금이 안 들어와요',
      body: '어제 저녁에 TRC20으로 USDT 1,000개 출금했는데 아직 지갑에 안 들어왔습니다. 출금 내역에는 완료로 나와요.',
    },
    paraphrase: {
      subject: '테더 출금 미도착',
      body: '트론 네트워크로 테더 천 개 보냈는데 받는 지갑에 도착하지 않았어요. 거래소에서는 완료라고 합니다.',
    },
    translation: {
      subject: 'USDT withdrawal not received',
      body: 'Yesterday evening I withdrew 1,000 USDT over TRC20. The history says completed but my wallet has not received it.',
    },
  },
  {
    key: 'ko-otp-lost',
    category: 'account_security',
    language: 'ko',
    original: {
      subject: '구글 OTP 분실',
      body: '휴대폰을 바꾸면서 구글 OTP를 옮기지 못했습니다. 로그인할 때 OTP 번호를 입력하라고 하는데 방법이 없어요. 초기화 부탁드립니다.',
    },
    paraphrase: {
      subject: 'OTP 재설정 요청',
      body: '새 폰으로 바꿨더니 인증 앱이 비어 있어서 2단계 인증을 통과할 수 없어요. OTP 해제 어떻게 하나요?',
    },
    translation: {
      subject: 'Google OTP lost after changing phone',
      body: 'I changed my phone and could not move Google OTP. Login asks for the OTP code and I have no way to get it. Please reset it.',
    },
  },
  {
    key: 'ko-krw-deposit-delay',
    category: 'deposit_withdrawal',
    language: 'ko',
    original: {
      subject: '원화 입금 반영 안 됨',
      body: '오후 2시에 케이뱅크 계좌에서 원화 500만원 입금했는데 2시간째 잔고에 반영이 안 되고 있습니다.',
    },
    paraphrase: {
      subject: '원화 충전이 안 됐어요',
      body: '은행에서 500만원 보냈는데 거래소 잔고가 그대로예요. 은행 앱에는 이체 완료로 나옵니다.',
    },
    translation: {
      subject: 'KRW deposit not reflected',
      body: 'At 2 pm I deposited 5,000,000 KRW from my K bank account and after two hours it is still not in my balance.',
    },
  },
  {
    key: 'ko-kyc-id-card',
    category: 'kyc',
    language: 'ko',
    original: {
      subject: '신분증 인증 실패',
      body: '운전면허증으로 신분증 인증을 하는데 계속 "정보가 일치하지 않습니다"라고 나와요. 이름과 생년월일 맞게 넣었습니다.',
    },
    paraphrase: {
      subject: '실명인증이 안 됩니다',
      body: '면허증 사진 올리고 본인 확인 진행하는데 정보 불일치 오류만 반복됩니다. 제가 뭘 잘못했을까요?',
    },
    translation: {
      subject: '身份证认证失败',
      body: '我用驾照做身份认证，一直提示"信息不一致"。姓名和出生日期都填对了。',
    },
  },
  {
    key: 'ko-market-order-slippage',
    category: 'trade_execution',
    language: 'ko',
    original: {
      subject: '시장가 주문 체결가 이상',
      body: '이더리움 시장가 매수를 했는데 화면 가격보다 3% 비싸게 체결됐습니다. 주문번호 2024031598765432 확인 부탁드립니다.',
    },
    paraphrase: {
      subject: 'ETH 매수 슬리피지가 너무 큼',
      body: 'ETH 시장가로 샀는데 보던 가격보다 훨씬 높은 가격에 체결됐어요. 주문번호 2024031598765432입니다.',
    },
    translation: {
      subject: 'Market buy filled 3% above the price',
      body: 'I placed a market buy for ethereum and it filled 3% above the price shown. Order 2024031598765432, please check.',
    },
  },
  {
    key: 'ko-app-crash',
    category: 'general',
    language: 'ko',
    original: {
      subject: '앱이 실행되자마자 꺼져요',
      body: '아이폰 15에서 업데이트 후 앱을 열면 로고만 보이고 바로 튕깁니다. 삭제 후 재설치해도 같아요.',
    },
    paraphrase: {
      subject: '업데이트 후 앱 튕김',
      body: '최신 버전으로 업데이트하고 나서 앱이 켜지지 않고 계속 종료돼요. 재설치도 해봤습니다. 아이폰입니다.',
    },
    translation: {
      subject: 'App crashes on launch after update',
      body: 'Since the update the app shows the logo and then crashes immediately on my iPhone 15. Reinstalling did not help.',
    },
  },
  {
    key: 'ko-futures-funding',
    category: 'derivatives',
    language: 'ko',
    original: {
      subject: '펀딩비가 이상하게 많이 나갔어요',
      body: '선물 숏 포지션을 들고 있었는데 펀딩비가 평소의 10배가 빠져나갔습니다. 계산이 맞는지 확인해 주세요.',
    },
    paraphrase: {
      subject: '펀딩비 과다 차감',
      body: '무기한 선물 포지션에서 펀딩 수수료가 너무 많이 차감됐습니다. 평소보다 열 배 정도예요.',
    },
    translation: {
      subject: 'Funding fee ten times higher than usual',
      body: 'I hold a short futures position and the funding rate payment taken was about ten times the normal amount. Please check the calculation.',
    },
  },
  {
    key: 'ko-phone-change',
    category: 'account_security',
    language: 'ko',
    original: {
      subject: '휴대폰 번호 변경',
      body: '번호를 바꿔서 기존 번호로 인증 문자를 받을 수 없습니다. 계정의 휴대폰 번호를 새 번호로 변경하고 싶어요.',
    },
    paraphrase: {
      subject: '전화번호 바꾸고 싶습니다',
      body: '통신사를 옮기면서 전화번호가 바뀌었어요. 등록된 번호를 새 번호로 변경하는 방법 알려주세요.',
    },
    translation: {
      subject: 'Change my phone number',
      body: 'I changed my number and can no longer receive SMS codes on the old one. I want to change the phone number on my account.',
    },
  },
  {
    key: 'ko-airdrop-missing',
    category: 'general',
    language: 'ko',
    original: {
      subject: '에어드랍 미지급',
      body: '지난주 공지된 SOL 보유자 에어드랍을 아직 못 받았습니다. 기준일에 SOL 20개 보유하고 있었어요.',
    },
    paraphrase: {
      subject: '솔라나 에어드롭 언제 들어오나요',
      body: '솔라나 보유 이벤트 보상이 다른 사람들은 받았다는데 저는 안 들어왔어요. 스냅샷 때 20개 있었습니다.',
    },
    translation: {
      subject: 'SOL airdrop not received',
      body: 'I have not received the SOL holder airdrop announced last week. I held 20 SOL on the snapshot date.',
    },
  },
  {
    key: 'ko-api-rate-limit',
    category: 'api',
    language: 'ko',
    original: {
      subject: 'API 호출 제한 429 오류',
      body: '초당 5회만 호출하는데도 API에서 429 Too Many Requests가 계속 납니다. 제 IP의 rate limit 확인 부탁드립니다.',
    },
    paraphrase: {
      subject: '429 에러가 계속 나요',
      body: '호출 횟수가 적은데 API 요청 제한에 걸립니다. 웹소켓이 아니라 REST로만 사용 중입니다.',
    },
    translation: {
      subject: 'API 429 rate limit errors',
      body: 'I only call the API 5 times per second but keep getting 429 Too Many Requests. Please check the rate limit on my IP.',
    },
  },
  // Chinese originals
  {
    key: 'zh-usdt-deposit-wrong-network',
    category: 'deposit_withdrawal',
    language: 'zh',
    original: {
      subject: 'USDT 充值选错网络',
      body: '我充值 300 USDT 的时候选错了网络，用了 BEP20 转到 TRC20 的地址，现在没到账，能找回吗？',
    },
    paraphrase: {
      subject: '泰达币转错链了',
      body: '我把 300 个 U 通过币安智能链转到了波场地址，钱一直没显示，请帮我找回。',
    },
    translation: {
      subject: 'USDT deposit sent on the wrong network',
      body: 'I deposited 300 USDT on BEP20 to my TRC20 address by mistake and it has not arrived. Can it be recovered?',
    },
  },
  {
    key: 'zh-withdrawal-review',
    category: 'deposit_withdrawal',
    language: 'zh',
    original: {
      subject: '提币一直在审核中',
      body: '我昨天提币 2 ETH，到现在一直显示审核中，已经超过 24 小时了，请尽快处理。',
    },
    paraphrase: {
      subject: 'ETH 提现卡在审核',
      body: '两个以太坊的提现申请从昨天到现在还是审核状态，为什么这么久？',
    },
    translation: {
      subject: 'ETH withdrawal under review for 24 hours',
      body: 'Yesterday I withdrew 2 ETH and it still shows under review after more than 24 hours. Please process it.',
    },
  },
  {
    key: 'zh-login-password-reset',
    category: 'account_security',
    language: 'zh',
    original: {
      subject: '重置密码后无法登录',
      body: '我刚重置了登录密码，但是用新密码登录一直提示密码错误，换了浏览器也一样。',
    },
    paraphrase: {
      subject: '新密码登不上',
      body: '改完密码以后，新的密码怎么都登不上，一直说密码不对。',
    },
    translation: {
      subject: 'Cannot log in after password reset',
      body: 'I just reset my password but logging in with the new one keeps saying wrong password, in every browser.',
    },
  },
  {
    key: 'zh-kyc-pending-review',
    category: 'kyc',
    language: 'zh',
    original: {
      subject: '高级认证审核太久',
      body: '我一周前提交了高级认证（护照 + 地址证明），到现在还在审核中，没有任何消息。',
    },
    paraphrase: {
      subject: '实名认证一直没通过审核',
      body: '护照和住址证明上传七天了，身份认证状态还是待审核，请问要等多久？',
    },
    translation: {
      subject: 'Advanced verification pending for a week',
      body: 'I submitted advanced KYC with my passport and proof of address a week ago and it is still under review with no news.',
    },
  },
  {
    key: 'zh-stop-loss-not-triggered',
    category: 'trade_execution',
    language: 'zh',
    original: {
      subject: '止损单没有触发',
      body: '我设置了 BTC 止损价 58000，价格跌到 57500 了止损单却没有触发，亏了很多。订单号 8812045577。',
    },
    paraphrase: {
      subject: '比特币止损失效',
      body: '比特币价格已经低于我的止损价了，但是订单 8812045577 一直没有执行，导致我损失很大。',
    },
    translation: {
      subject: 'BTC stop loss did not trigger',
      body: 'I set a BTC stop loss at 58000. The price fell to 57500 and the stop order 8812045577 did not trigger, I lost a lot.',
    },
  },
  {
    key: 'zh-leverage-change',
    category: 'derivatives',
    language: 'zh',
    original: {
      subject: '合约杠杆无法调整',
      body: '我想把 ETH 合约的杠杆从 20 倍调到 5 倍，点确定后提示失败，有持仓的时候不能改吗？',
    },
    paraphrase: {
      subject: '改不了杠杆倍数',
      body: 'ETH 永续合约的杠杆调低一直报错，我现在有仓位，是这个原因吗？',
    },
    translation: {
      subject: 'Cannot change leverage on ETH futures',
      body: 'I want to lower the leverage on my ETH futures from 20x to 5x but it fails when I confirm. Is it because I have an open position?',
    },
  },
  {
    key: 'zh-referral-reward',
    category: 'general',
    language: 'zh',
    original: {
      subject: '邀请返佣没有发放',
      body: '我邀请的三个朋友都完成了交易，但是返佣奖励到现在一分都没收到。',
    },
    paraphrase: {
      subject: '推荐奖励没到账',
      body: '朋友通过我的邀请链接注册并交易了，我的返佣一直是零。',
    },
    translation: {
      subject: 'Referral rewards not paid',
      body: 'Three friends I invited have all traded, but I have not received any referral reward so far.',
    },
  },
  {
    key: 'zh-api-key-ip',
    category: 'api',
    language: 'zh',
    original: {
      subject: 'API 密钥绑定 IP 后无法使用',
      body: '我给 API 密钥绑定了服务器 IP 白名单，之后所有请求都返回 -2015 无权限，IP 是对的。',
    },
    paraphrase: {
      subject: '设置 IP 白名单后接口报错',
      body: 'API key 加了 IP 限制以后接口一直报 -2015，请问是哪里设置错了？',
    },
    translation: {
      subject: 'API key fails after IP whitelist',
      body: 'After binding my server IP whitelist to the API key every request returns -2015 permission denied, the IP is correct.',
    },
  },
  {
    key: 'zh-email-change',
    category: 'account_security',
    language: 'zh',
    original: {
      subject: '更换绑定邮箱',
      body: '我原来的邮箱已经不能用了，想把账户绑定的邮箱地址换成新的，需要什么资料？',
    },
    paraphrase: {
      subject: '邮箱换了怎么改',
      body: '旧邮箱注销了，收不到验证码，请帮我把账号的邮箱改成新邮箱。',
    },
    translation: {
      subject: '이메일 주소 변경 요청',
      body: '예전 이메일을 더 이상 쓸 수 없어서 계정에 등록된 이메일 주소를 새 주소로 바꾸고 싶습니다. 어떤 서류가 필요한가요?',
    },
  },
  {
    key: 'zh-doge-withdrawal-failed',
    category: 'deposit_withdrawal',
    language: 'zh',
    original: {
      subject: '狗狗币提现失败但扣了余额',
      body: '我提现 5000 DOGE 显示失败，但是余额已经扣掉了，钱也没到我的钱包。',
    },
    paraphrase: {
      subject: 'DOGE 提币失败余额少了',
      body: '提币状态是失败，可是 5000 个狗狗币从账户里不见了，也没有退回来。',
    },
    translation: {
      subject: 'DOGE withdrawal failed but balance deducted',
      body: 'My withdrawal of 5000 DOGE shows failed, but the balance was deducted and nothing reached my wallet.',
    },
  },
];

/**
 * The same customer, a different problem close in area: a duplicate here would hide a real second issue.
 */
export const hardNegatives: readonly HardNegative[] = [
  {
    language: 'en',
    category: 'deposit_withdrawal',
    earlier: {
      subject: 'BTC deposit missing',
      body: 'I deposited 0.1 BTC two hours ago and it is not in my balance.',
    },
    later: {
      subject: 'KYC question',
      body: 'How long does the identity verification take for the higher withdrawal limit?',
    },
  },
  {
    language: 'en',
    category: 'deposit_withdrawal',
    earlier: {
      subject: 'ETH withdrawal pending',
      body: 'My ETH withdrawal has been pending since the morning.',
    },
    later: {
      subject: 'Wrong memo on ATOM deposit',
      body: 'I forgot the memo when depositing ATOM, can you recover the coins?',
    },
  },
  {
    language: 'en',
    category: 'account_security',
    earlier: { subject: 'Reset 2FA', body: 'I lost my authenticator app and need the 2FA reset.' },
    later: {
      subject: 'Change email address',
      body: 'Please change my email address to my new work email, the old one will be closed.',
    },
  },
  {
    language: 'en',
    category: 'trade_execution',
    earlier: {
      subject: 'Order not filled',
      body: 'My limit order to buy ADA was not filled although the price crossed it.',
    },
    later: {
      subject: 'Trading fees too high',
      body: 'Why are my trading fees 0.2%? I thought VIP 1 pays 0.1% commission.',
    },
  },
  {
    language: 'en',
    category: 'deposit_withdrawal',
    earlier: {
      subject: 'USDT withdrawal not received',
      body: 'I withdrew 500 USDT on TRC20 and my wallet did not receive it.',
    },
    later: {
      subject: 'BTC withdrawal not received',
      body: 'I withdrew 0.3 BTC to my Ledger last night and it has not arrived either.',
    },
  },
  {
    language: 'ko',
    category: 'deposit_withdrawal',
    earlier: { subject: '비트코인 입금 지연', body: '비트코인 입금했는데 2시간째 반영이 안 됩니다.' },
    later: { subject: 'OTP 분실', body: '구글 OTP 앱을 지워버려서 로그인을 못 하고 있습니다.' },
  },
  {
    language: 'ko',
    category: 'kyc',
    earlier: { subject: '신분증 인증 실패', body: '신분증 인증이 계속 실패합니다.' },
    later: { subject: '원화 출금 한도', body: '원화 출금 한도를 올리고 싶은데 어떻게 하나요?' },
  },
  {
    language: 'ko',
    category: 'derivatives',
    earlier: { subject: '선물 청산 문의', body: '비트코인 선물 포지션이 청산 가격 전에 청산됐습니다.' },
    later: { subject: '앱 알림이 안 와요', body: '가격 알림을 설정했는데 앱 푸시 알림이 오지 않습니다.' },
  },
  {
    language: 'ko',
    category: 'deposit_withdrawal',
    earlier: { subject: '리플 출금 지연', body: 'XRP 출금이 3시간째 처리 중입니다.' },
    later: { subject: '이더리움 입금 미반영', body: '이더리움을 입금했는데 잔고에 반영되지 않았어요.' },
  },
  {
    language: 'ko',
    category: 'account_security',
    earlier: { subject: '로그인이 안 돼요', body: '비밀번호를 맞게 입력해도 로그인이 안 됩니다.' },
    later: { subject: '에어드랍 문의', body: '이번 이벤트 에어드랍 보상은 언제 지급되나요?' },
  },
  {
    language: 'zh',
    category: 'deposit_withdrawal',
    earlier: { subject: '充值未到账', body: '我充值了 200 USDT 还没到账。' },
    later: { subject: '实名认证失败', body: '我的身份证认证一直失败，提示照片不清晰。' },
  },
  {
    language: 'zh',
    category: 'trade_execution',
    earlier: { subject: '限价单不成交', body: '我的 ETH 限价单价格到了却没有成交。' },
    later: { subject: 'API 报错', body: '调用接口下单一直返回签名错误。' },
  },
  {
    language: 'zh',
    category: 'derivatives',
    earlier: { subject: '合约爆仓', body: '我的合约仓位被强平了，价格根本没到。' },
    later: { subject: '邀请奖励', body: '邀请好友的返佣什么时候发放？' },
  },
  {
    language: 'zh',
    category: 'deposit_withdrawal',
    earlier: { subject: '提币审核太久', body: '提币 1 BTC 一直在审核中。' },
    later: { subject: '充值 SOL 没到账', body: '昨天充值的 SOL 到现在还没到账。' },
  },
  {
    language: 'zh',
    category: 'account_security',
    earlier: { subject: '谷歌验证丢失', body: '换手机后谷歌验证器没有了，无法登录。' },
    later: { subject: '账户被冻结', body: '我的账户突然被冻结了，不能交易。' },
  },
];

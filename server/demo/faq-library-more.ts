import { awaitCustomer, demoPrompts, type DemoFaqEntry } from './faq-library-compose';

/** More demo FAQ replies: the everyday questions beyond the big categories. */
export const moreReplies: DemoFaqEntry[] = [
  {
    folder: 'Withdrawals::Wrong address',
    categories: ['deposit_withdrawal'],
    keywords: [
      'wrong address',
      'sent to wrong address',
      'reverse transaction',
      '잘못된 주소',
      '주소 오류',
      '地址错误',
    ],
    prompts: [demoPrompts.txHash],
    ko: {
      title: '잘못된 주소로 출금한 경우',
      body: '블록체인 거래는 한 번 전송되면 거래소에서도 취소하거나 되돌릴 수 없습니다(TXID {{prompt.tx_hash}}).\n받는 주소가 다른 거래소의 주소라면 해당 거래소 고객센터에 TXID와 함께 반환을 요청해 보시기 바랍니다. 필요하시면 출금 증명서를 발급해 드리겠습니다.',
    },
    en: {
      title: 'Withdrawal sent to the wrong address',
      body: 'Once a blockchain transfer is broadcast, nobody, including us, can cancel or reverse it (TXID {{prompt.tx_hash}}).\nIf the address belongs to another exchange, contact their support with the TXID and ask for a return; we can issue a withdrawal certificate if that helps.',
    },
    zh: {
      title: '提币到错误地址',
      body: '区块链交易一经广播，包括本平台在内的任何人都无法撤销或追回（TXID {{prompt.tx_hash}}）。\n如收款地址属于其他交易所，请携带 TXID 联系该交易所客服申请退回；如有需要，我们可为您开具提币证明。',
    },
  },
  {
    folder: 'Withdrawals::Not received',
    categories: ['deposit_withdrawal'],
    keywords: [
      'withdrawal completed',
      'not received',
      'destination',
      '출금 완료',
      '미수령',
      '提币成功',
      '未收到',
    ],
    prompts: [demoPrompts.txHash],
    ko: {
      title: '출금 완료인데 받는 곳에 도착하지 않음',
      body: '저희 쪽 출금은 완료되어 블록체인에 기록되었습니다(TXID {{prompt.tx_hash}}). 익스플로러에서 "성공" 상태와 받는 주소를 확인하실 수 있습니다.\n받는 거래소나 지갑에 아직 반영되지 않았다면 해당 서비스의 입금 처리 상태를 문의해 주세요.',
    },
    en: {
      title: 'Withdrawal completed but not received',
      body: 'On our side the withdrawal is complete and recorded on the blockchain (TXID {{prompt.tx_hash}}); a block explorer shows it as successful, with the receiving address.\nIf the receiving exchange or wallet has not credited it yet, please ask them about their deposit processing.',
    },
    zh: {
      title: '提币已完成但对方未收到',
      body: '本平台的提币已完成并已上链（TXID {{prompt.tx_hash}}），您可在区块浏览器中查看"成功"状态及收款地址。\n如接收方交易所或钱包仍未入账，请联系对方查询充值处理状态。',
    },
  },
  {
    folder: 'Deposits::Address',
    categories: ['deposit_withdrawal'],
    keywords: ['deposit address', 'address changed', 'old address', '입금 주소', '주소 변경', '充值地址'],
    ko: {
      title: '입금 주소 변경 안내',
      body: '지갑 시스템 업그레이드로 일부 자산의 입금 주소가 변경되었습니다. 입금 전에는 항상 [입금] 화면에서 최신 주소를 복사해 사용해 주세요. 이전 주소로 보낸 입금도 일정 기간 반영되지만, 지연될 수 있습니다.',
    },
    en: {
      title: 'Deposit address changed',
      body: 'After a wallet upgrade, some assets have new deposit addresses. Always copy the current address from the Deposit screen before sending. Deposits to the old address are still credited for a while, but may be delayed.',
    },
    zh: {
      title: '充值地址变更说明',
      body: '由于钱包系统升级，部分币种的充值地址已变更。充值前请务必在【充值】页面复制最新地址。转入旧地址的资产在一段时间内仍会入账，但可能有所延迟。',
    },
  },
  {
    folder: 'Deposits::Network choice',
    categories: ['deposit_withdrawal'],
    keywords: ['TRC20', 'ERC20', 'USDT network', 'which network', '네트워크 선택', '选择网络'],
    ko: {
      title: 'USDT 입출금 네트워크 선택',
      body: 'USDT는 여러 네트워크(TRC20, ERC20, BEP20 등)로 발행되며, 보내는 쪽과 받는 쪽의 네트워크가 반드시 같아야 합니다. 네트워크마다 수수료와 처리 속도가 다르니 출금 화면에서 확인 후 선택해 주세요.',
    },
    en: {
      title: 'Choosing the USDT network',
      body: 'USDT exists on several networks (TRC20, ERC20, BEP20 and more), and sender and receiver must use the same one. Fees and speed differ by network; check them on the withdrawal screen before choosing.',
    },
    zh: {
      title: 'USDT 充提网络选择',
      body: 'USDT 发行于多个网络（TRC20、ERC20、BEP20 等），转出方与接收方必须选择相同网络。各网络手续费和到账速度不同，请在提币页面确认后再选择。',
    },
  },
  {
    folder: 'Withdrawals::Fiat',
    categories: ['deposit_withdrawal'],
    keywords: ['KRW withdrawal', 'bank withdrawal', 'fiat withdrawal', '원화 출금', '法币提现'],
    ko: {
      title: '원화 출금 지연',
      body: '원화 출금은 은행 점검 시간(매일 23:30~00:30)과 주말·공휴일에는 지연될 수 있습니다. 또한 원화 입금 후 24시간 동안은 보이스피싱 예방을 위해 가상자산 출금이 제한됩니다.',
    },
    en: {
      title: 'Bank (fiat) withdrawal delayed',
      body: 'Fiat withdrawals can be delayed during bank maintenance (23:30 to 00:30 daily), weekends and public holidays. For fraud prevention, crypto withdrawals are also paused for 24 hours after a fiat deposit.',
    },
    zh: {
      title: '法币提现延迟',
      body: '法币提现在银行维护时段（每日 23:30 至 00:30）、周末及法定节假日可能延迟。此外，为防范电信诈骗，法币充值后 24 小时内加密资产提币将受到限制。',
    },
  },
  {
    folder: 'Account::Password',
    categories: ['account_security'],
    keywords: [
      'reset password',
      'forgot password',
      '비밀번호 재설정',
      '비밀번호 찾기',
      '重置密码',
      '忘记密码',
    ],
    ko: {
      title: '비밀번호 재설정',
      body: '로그인 화면의 [비밀번호 찾기]에서 가입하신 이메일로 재설정 링크를 받으실 수 있습니다. 보안을 위해 비밀번호 변경 후 24시간 동안 출금이 제한됩니다. 저희는 비밀번호를 절대 묻지 않습니다.',
    },
    en: {
      title: 'Resetting your password',
      body: 'Use "Forgot password" on the sign-in screen to get a reset link at your registered e-mail. For your safety, withdrawals pause for 24 hours after a password change. We will never ask for your password.',
    },
    zh: {
      title: '重置登录密码',
      body: '请在登录页面点击【忘记密码】，重置链接将发送至您的注册邮箱。为保障安全，修改密码后 24 小时内暂停提币。我们绝不会询问您的密码。',
    },
  },
  {
    folder: 'Account::Verification e-mail',
    categories: ['account_security', 'general'],
    keywords: [
      'verification email',
      'email not received',
      'spam folder',
      '인증 메일',
      '메일 안옴',
      '验证邮件',
      '收不到邮件',
    ],
    ko: {
      title: '인증 메일이 오지 않을 때',
      body: '스팸함과 프로모션함을 먼저 확인해 주세요. 그래도 없다면 noreply 주소를 수신 허용 목록에 추가한 뒤 5분 후 다시 요청해 주세요. 회사 메일은 보안 정책으로 차단되는 경우가 있습니다.',
    },
    en: {
      title: 'Verification e-mail not arriving',
      body: 'Please check your spam and promotions folders first. If it is not there, add our noreply address to your safe senders and request it again after 5 minutes. Company mail servers sometimes block it.',
    },
    zh: {
      title: '收不到验证邮件',
      body: '请先检查垃圾邮件和推广邮件文件夹。如仍未找到，请将我们的 noreply 地址加入白名单，5 分钟后重新发送。部分企业邮箱可能因安全策略拦截此类邮件。',
    },
  },
  {
    folder: 'Security::Anti-phishing code',
    categories: ['account_security'],
    keywords: ['anti-phishing code', 'fake email', '피싱 방지 코드', '防钓鱼码'],
    ko: {
      title: '피싱 방지 코드 설정',
      body: '[보안 설정 > 피싱 방지 코드]에서 원하는 문구를 등록하시면, 저희가 보내는 모든 이메일에 해당 문구가 표시됩니다. 코드가 없는 메일은 사칭 메일이니 링크를 누르지 마세요.',
    },
    en: {
      title: 'Setting an anti-phishing code',
      body: 'Set a phrase under Security > Anti-phishing code and every e-mail we send will show it. An e-mail without your code is not from us: do not click its links.',
    },
    zh: {
      title: '设置防钓鱼码',
      body: '在【安全设置 > 防钓鱼码】中设置专属短语后，我们发送的所有邮件都会显示该短语。未显示防钓鱼码的邮件均为仿冒邮件，请勿点击其中链接。',
    },
  },
  {
    folder: 'Security::New device',
    categories: ['account_security'],
    keywords: ['new device', 'login confirmation', 'device verification', '새 기기', '기기 인증', '新设备'],
    ko: {
      title: '새 기기 로그인 확인',
      body: '처음 사용하는 기기나 새로운 위치에서 로그인하면 보안을 위해 이메일로 기기 인증을 요청합니다. 본인이 시도한 로그인이 아니라면 인증하지 마시고 즉시 비밀번호를 변경해 주세요.',
    },
    en: {
      title: 'Confirming a new device',
      body: 'Signing in from a new device or location triggers a device confirmation by e-mail. If it was not you, do not confirm it; change your password right away.',
    },
    zh: {
      title: '新设备登录确认',
      body: '在新设备或新位置登录时，系统会通过邮件要求设备验证。如非本人操作，请勿确认，并立即修改密码。',
    },
  },
  {
    folder: 'KYC::Proof of address',
    categories: ['kyc'],
    keywords: ['proof of address', 'utility bill', 'level 2', '주소 증명', '거주지 증명', '地址证明'],
    actions: awaitCustomer,
    ko: {
      title: 'KYC 2단계 - 주소 증명 서류',
      body: '2단계 인증에는 최근 3개월 이내 발급된 주소 증명 서류(공과금 고지서, 은행 거래 내역서, 주민등록등본 등)가 필요합니다. 이름과 주소가 모두 보이도록 전체 페이지를 제출해 주세요.',
    },
    en: {
      title: 'KYC level 2 - proof of address',
      body: 'Level 2 needs a proof of address issued within the last 3 months (utility bill, bank statement or residence certificate). Please submit the whole page with your name and address visible.',
    },
    zh: {
      title: '二级认证 - 地址证明',
      body: '二级认证需提供近 3 个月内出具的地址证明（水电燃气账单、银行对账单或户籍证明等）。请提交完整页面，确保姓名和地址清晰可见。',
    },
  },
  {
    folder: 'KYC::Unsupported region',
    categories: ['kyc'],
    keywords: [
      'restricted country',
      'unsupported region',
      'not available',
      '지원 국가',
      '제한 지역',
      '不支持地区',
    ],
    ko: {
      title: '서비스 제한 국가 안내',
      body: '관련 규제에 따라 고객님의 거주 국가에서는 현재 신규 인증과 거래 서비스를 제공하지 않습니다. 보유 자산은 언제든 출금하실 수 있습니다. 불편을 드려 죄송합니다.',
    },
    en: {
      title: 'Service not available in your country',
      body: 'Due to local regulation we cannot currently offer verification and trading in your country of residence. You can still withdraw your assets at any time. We are sorry for the inconvenience.',
    },
    zh: {
      title: '所在地区暂不支持',
      body: '受当地监管要求限制，我们目前无法在您的居住国家提供认证和交易服务。您仍可随时提取账户资产。给您带来不便，敬请谅解。',
    },
  },
  {
    folder: 'Trading::Stop orders',
    categories: ['trade_execution'],
    keywords: [
      'stop loss',
      'stop order not triggered',
      'trigger price',
      '스톱로스',
      '손절',
      '止损',
      '未触发',
    ],
    prompts: [demoPrompts.orderId],
    ko: {
      title: '스톱 주문이 발동되지 않았을 때',
      body: '스톱 주문 {{prompt.order_id}}은(는) 설정하신 기준 가격(최종 체결가 또는 마크 가격)에 도달해야 발동됩니다. 발동 후에는 지정가 주문으로 전환되므로, 가격이 빠르게 움직이면 체결되지 않을 수 있습니다. 확실한 체결이 필요하면 스톱 시장가 주문을 이용해 주세요.',
    },
    en: {
      title: 'Stop order did not trigger',
      body: 'Stop order {{prompt.order_id}} triggers only when its reference price (last price or mark price, as you chose) reaches the trigger. It then becomes a limit order, which may not fill if the price moves fast; use a stop-market order when the fill matters more than the price.',
    },
    zh: {
      title: '止损单未触发',
      body: '止损单 {{prompt.order_id}} 需在所选参考价格（最新成交价或标记价格）达到触发价时才会触发，触发后转为限价单，行情快速变动时可能无法成交。如需确保成交，请使用止损市价单。',
    },
  },
  {
    folder: 'Trading::Orders',
    categories: ['trade_execution'],
    keywords: [
      'insufficient balance',
      'order rejected',
      'available balance',
      '잔고 부족',
      '주문 거부',
      '余额不足',
    ],
    ko: {
      title: '잔고 부족으로 주문이 거부될 때',
      body: '미체결 주문에 묶인 금액은 사용 가능 잔고에서 제외됩니다. [미체결 주문]을 취소하시거나 주문 수량을 줄인 뒤 다시 시도해 주세요. 수수료만큼의 여유 잔고도 필요합니다.',
    },
    en: {
      title: 'Order rejected for insufficient balance',
      body: 'Funds reserved by open orders are not part of your available balance. Cancel open orders or lower the quantity and try again; keep a little extra for the fee.',
    },
    zh: {
      title: '余额不足导致下单失败',
      body: '当前委托占用的资金不计入可用余额。请撤销部分当前委托或减少下单数量后重试，并预留足够的手续费。',
    },
  },
  {
    folder: 'Derivatives::Auto-deleveraging',
    categories: ['derivatives'],
    keywords: ['ADL', 'auto-deleveraging', 'position reduced', '자동 디레버리징', '自动减仓'],
    ko: {
      title: '자동 디레버리징(ADL) 안내',
      body: '시장 급변으로 청산 주문을 보험 기금으로 감당할 수 없을 때, 수익률과 레버리지가 높은 반대 포지션부터 자동으로 일부 축소됩니다(ADL). 축소는 파산 가격 기준으로 정산되며 수수료는 부과되지 않습니다.',
    },
    en: {
      title: 'Auto-deleveraging (ADL)',
      body: 'When a market move leaves liquidations the insurance fund cannot absorb, opposing positions with the highest profit and leverage are reduced automatically (ADL). They are settled at the bankruptcy price, with no fee.',
    },
    zh: {
      title: '自动减仓（ADL）说明',
      body: '当行情剧烈波动、保险基金无法承接强平订单时，系统会按盈利和杠杆排序，自动减少对手方仓位（ADL）。减仓按破产价格结算，不收取手续费。',
    },
  },
  {
    folder: 'Derivatives::Margin mode',
    categories: ['derivatives'],
    keywords: ['cross margin', 'isolated margin', 'leverage', '교차 마진', '격리 마진', '全仓', '逐仓'],
    ko: {
      title: '교차 마진과 격리 마진',
      body: '격리 마진은 포지션에 배정한 증거금만 손실 위험에 노출되고, 교차 마진은 계정의 사용 가능 잔고 전체가 청산을 막는 데 쓰입니다. 포지션을 보유한 상태에서는 마진 모드를 바꿀 수 없습니다.',
    },
    en: {
      title: 'Cross margin vs isolated margin',
      body: 'With isolated margin only the margin assigned to the position is at risk; with cross margin your whole available balance is used to avoid liquidation. The mode cannot be changed while a position is open.',
    },
    zh: {
      title: '全仓与逐仓保证金',
      body: '逐仓模式下仅分配给该仓位的保证金承担风险；全仓模式下账户全部可用余额都会用于避免强平。持有仓位期间无法切换保证金模式。',
    },
  },
  {
    folder: 'API::Keys',
    categories: ['api'],
    keywords: ['create API key', 'permissions', 'trading permission', 'API 키 발급', '권한', '创建API'],
    ko: {
      title: 'API 키 발급과 권한',
      body: 'API 키는 [API 관리]에서 OTP 인증 후 발급하실 수 있으며, 조회·거래·출금 권한을 각각 선택합니다. 출금 권한은 IP 화이트리스트 설정 시에만 허용됩니다. Secret Key는 발급 시 한 번만 표시되니 안전하게 보관해 주세요.',
    },
    en: {
      title: 'Creating an API key and its permissions',
      body: 'Create keys under API management after OTP verification, choosing read, trade and withdraw permissions separately. Withdraw permission requires an IP whitelist. The secret key is shown only once: store it safely.',
    },
    zh: {
      title: '创建 API 密钥及权限',
      body: '请在【API 管理】中完成验证码验证后创建密钥，并分别选择读取、交易和提币权限。提币权限需绑定 IP 白名单后方可开启。Secret Key 仅在创建时显示一次，请妥善保管。',
    },
  },
  {
    folder: 'API::WebSocket',
    categories: ['api'],
    keywords: ['websocket disconnect', 'ping pong', 'stream', '웹소켓 끊김', 'WebSocket 断开'],
    ko: {
      title: 'WebSocket 연결이 끊길 때',
      body: '서버는 30초 동안 ping 응답이 없으면 연결을 종료하며, 모든 연결은 24시간마다 재연결이 필요합니다. 클라이언트에서 pong 응답과 자동 재연결, 재연결 후 재구독을 구현해 주세요.',
    },
    en: {
      title: 'WebSocket keeps disconnecting',
      body: 'The server closes a connection that does not answer ping for 30 seconds, and every connection must reconnect every 24 hours. Please answer pong, reconnect automatically and resubscribe after reconnecting.',
    },
    zh: {
      title: 'WebSocket 连接断开',
      body: '连接 30 秒内未响应 ping 时服务器会断开，且所有连接每 24 小时需重新连接。请在客户端实现 pong 响应、自动重连及重连后重新订阅。',
    },
  },
  {
    folder: 'General::App',
    categories: ['general'],
    keywords: ['app crash', 'update app', 'not loading', '앱 오류', '앱 업데이트', 'App 闪退'],
    actions: awaitCustomer,
    ko: {
      title: '앱이 열리지 않거나 종료될 때',
      body: '앱을 최신 버전으로 업데이트하신 뒤 캐시를 삭제하고 다시 실행해 주세요. 그래도 같은 문제가 있으면 기기 모델, OS 버전, 앱 버전과 오류 화면을 보내 주시면 개발팀에 전달하겠습니다.',
    },
    en: {
      title: 'App will not open or crashes',
      body: 'Please update the app to the latest version, clear its cache and start it again. If it still happens, send us your device model, OS version, app version and a screenshot, and we will pass it to our developers.',
    },
    zh: {
      title: 'App 无法打开或闪退',
      body: '请将 App 更新至最新版本，清除缓存后重新打开。如问题仍存在，请提供设备型号、系统版本、App 版本及报错截图，我们会转交技术团队处理。',
    },
  },
  {
    folder: 'General::Statements',
    categories: ['general'],
    keywords: [
      'transaction history',
      'tax report',
      'export',
      'statement',
      '거래 내역',
      '세금',
      '交易记录',
      '导出',
    ],
    ko: {
      title: '거래 내역서 발급(세금 신고용)',
      body: '[내 자산 > 거래 내역 > 내보내기]에서 기간을 지정해 CSV로 내려받으실 수 있습니다. 공식 직인이 필요한 잔고 증명서나 거래 내역서는 회신 주시면 3영업일 이내 이메일로 발급해 드립니다.',
    },
    en: {
      title: 'Transaction history for tax reporting',
      body: 'Export any period as CSV under Assets > History > Export. If you need an officially stamped balance certificate or statement, reply and we will e-mail it within 3 business days.',
    },
    zh: {
      title: '交易记录导出（报税用）',
      body: '您可以在【资产 > 历史记录 > 导出】中选择时间段下载 CSV 文件。如需加盖公章的资产证明或交易明细，请回复我们，将在 3 个工作日内通过邮件发送。',
    },
  },
  {
    folder: 'General::Escalation',
    categories: [],
    keywords: ['escalate', 'specialist team', 'investigation', '담당 부서', '전달', '转交', '专门团队'],
    actions: { status: 'on_hold', add_tags: ['escalated'] },
    ko: {
      title: '전문 부서 이관 안내',
      body: '정확한 확인을 위해 문의 내용을 담당 전문 부서로 전달했습니다. 검토에는 영업일 기준 2~3일이 걸릴 수 있으며, 결과가 나오는 대로 이 문의로 안내해 드리겠습니다. 기다려 주셔서 감사합니다.',
    },
    en: {
      title: 'Passed to a specialist team',
      body: 'To get this right, we have passed your request to the specialist team in charge. Their review can take 2 to 3 business days, and we will update you here as soon as we hear back. Thank you for your patience.',
    },
    zh: {
      title: '已转交专门团队',
      body: '为准确处理您的问题，我们已将工单转交相关专门团队。审核可能需要 2 至 3 个工作日，有结果后我们会第一时间在此回复您。感谢您的耐心等待。',
    },
  },
  {
    folder: 'General::Rewards',
    categories: ['general'],
    keywords: ['referral', 'reward', 'bonus', 'coupon', '추천인', '리워드', '邀请返佣', '奖励'],
    ko: {
      title: '추천인 리워드 지급 안내',
      body: '추천 리워드는 초대받은 분이 KYC를 완료하고 첫 거래를 한 다음 날 지급됩니다. [이벤트 > 내 리워드]에서 지급 내역을 확인하실 수 있습니다. 이벤트별 조건은 공지사항을 참고해 주세요.',
    },
    en: {
      title: 'Referral rewards',
      body: "A referral reward is paid the day after your invitee completes KYC and makes a first trade. See payouts under Events > My rewards; each campaign's conditions are in its announcement.",
    },
    zh: {
      title: '邀请奖励发放说明',
      body: '被邀请人完成身份认证并首次交易后，邀请奖励将于次日发放。您可在【活动 > 我的奖励】中查看发放记录，各活动规则请参阅相关公告。',
    },
  },
  {
    folder: 'Earn::Redemption',
    categories: ['general'],
    keywords: ['staking', 'earn', 'redeem', 'unstake', '스테이킹', '상환', '质押', '赎回'],
    ko: {
      title: '스테이킹(예치) 상환 소요 시간',
      body: '자유 예치 상품은 즉시, 고정 예치 상품은 만기일 다음 날 원금과 이자가 현물 계정으로 상환됩니다. 온체인 스테이킹은 네트워크 규칙에 따라 언스테이킹에 수일이 걸릴 수 있습니다.',
    },
    en: {
      title: 'Staking redemption times',
      body: "Flexible products redeem instantly; fixed-term products return principal and interest to your spot account the day after maturity. On-chain staking can take several days to unstake, per the network's rules.",
    },
    zh: {
      title: '质押赎回到账时间',
      body: '活期产品可即时赎回；定期产品于到期次日将本金和收益返还至现货账户。链上质押根据网络规则，解除质押可能需要数天。',
    },
  },
];

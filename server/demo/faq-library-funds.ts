import { awaitCustomer, demoPrompts, type DemoFaqEntry } from './faq-library-compose';

/** Demo FAQ replies about deposits, withdrawals, fees and the Travel Rule. */
export const fundsReplies: DemoFaqEntry[] = [
  {
    folder: 'Deposits::Not credited',
    categories: ['deposit_withdrawal'],
    keywords: ['deposit', 'not credited', 'txid', '입금', '미반영', '充值', '未到账'],
    prompts: [demoPrompts.txHash],
    actions: awaitCustomer,
    ko: {
      title: '입금 미반영 - TXID 확인 요청',
      body: '입금하신 자산이 아직 계정에 반영되지 않아 불편을 드려 죄송합니다.\n확인해 주신 트랜잭션 해시는 {{prompt.tx_hash}} 입니다. 블록체인 익스플로러에서 해당 거래가 "성공" 상태인지, 받는 주소가 고객님의 입금 주소와 일치하는지 확인 부탁드립니다.\n두 가지 모두 맞다면 입금 화면 캡처를 보내 주시면 바로 수동 반영을 진행하겠습니다.',
    },
    en: {
      title: 'Deposit not credited - TXID check',
      body: 'We are sorry your deposit has not reached your account yet.\nThe transaction hash we are checking is {{prompt.tx_hash}}. Please confirm in a block explorer that the transaction shows "Success" and that the receiving address matches your deposit address.\nIf both are correct, send us a screenshot of the deposit page and we will credit it manually.',
    },
    zh: {
      title: '充值未到账 - 核对交易哈希',
      body: '很抱歉您的充值尚未到账。\n我们正在核查的交易哈希为 {{prompt.tx_hash}}。请在区块浏览器中确认该交易状态为"成功"，且收款地址与您的充值地址一致。\n如两项均无误，请发送充值页面截图，我们将为您人工入账。',
    },
  },
  {
    folder: 'Deposits::Not credited',
    categories: ['deposit_withdrawal'],
    keywords: [
      'wrong network',
      'recovery',
      'BEP20',
      'ERC20',
      '잘못된 네트워크',
      '오입금',
      '错误网络',
      '充错链',
    ],
    prompts: [demoPrompts.txHash, demoPrompts.network],
    actions: { status: 'on_hold', add_tags: ['wrong-network'] },
    ko: {
      title: '다른 네트워크로 입금(오입금) 복구 안내',
      body: '확인 결과 {{prompt.network}} 네트워크로 전송되어 저희가 지원하지 않는 경로로 입금된 것으로 보입니다(TXID {{prompt.tx_hash}}).\n오입금 복구는 보안 검토를 거쳐 영업일 기준 7~14일이 소요되며, 복구 수수료가 차감될 수 있습니다. 복구가 불가능한 경우에도 결과를 안내해 드리겠습니다.\n복구 진행을 위해 추가 조치는 필요하지 않습니다.',
    },
    en: {
      title: 'Deposit sent over the wrong network - recovery',
      body: 'Our check shows the transfer was sent over the {{prompt.network}} network, which this deposit address does not support (TXID {{prompt.tx_hash}}).\nRecovery goes through a security review and takes 7 to 14 business days; a recovery fee may be deducted. We will let you know the outcome either way.\nYou do not need to do anything else for now.',
    },
    zh: {
      title: '充错网络 - 找回说明',
      body: '经核查，该笔转账通过 {{prompt.network}} 网络发送，而该充值地址不支持此网络（TXID {{prompt.tx_hash}}）。\n找回需经过安全审核，约需 7 至 14 个工作日，可能会扣除找回手续费。无论结果如何，我们都会通知您。\n目前您无需进行其他操作。',
    },
  },
  {
    folder: 'Deposits::Not credited',
    categories: ['deposit_withdrawal'],
    keywords: ['memo', 'destination tag', 'tag', 'XRP', 'EOS', '메모', '태그', '备注', '标签'],
    prompts: [demoPrompts.txHash, demoPrompts.asset],
    actions: awaitCustomer,
    ko: {
      title: '메모/데스티네이션 태그 누락 입금',
      body: '{{prompt.asset}} 입금 시 필요한 메모(데스티네이션 태그)가 누락되어 자동 반영되지 않았습니다.\n수동 반영을 위해 아래 정보를 회신해 주세요.\n1. 트랜잭션 해시: {{prompt.tx_hash}}\n2. 출금한 거래소 또는 지갑 이름\n3. 출금 내역 화면 캡처(금액과 시간이 보이도록)',
    },
    en: {
      title: 'Deposit without memo / destination tag',
      body: 'Your {{prompt.asset}} deposit arrived without the memo (destination tag) it needs, so it could not be credited automatically.\nTo credit it manually, please reply with:\n1. Transaction hash: {{prompt.tx_hash}}\n2. The exchange or wallet you sent it from\n3. A screenshot of the withdrawal record showing amount and time',
    },
    zh: {
      title: '充值缺少备注（Memo/Tag）',
      body: '您的 {{prompt.asset}} 充值缺少必需的备注（Memo/Tag），因此无法自动入账。\n为人工入账，请回复以下信息：\n1. 交易哈希：{{prompt.tx_hash}}\n2. 转出的交易所或钱包名称\n3. 显示金额和时间的提币记录截图',
    },
  },
  {
    folder: 'Deposits::Pending',
    categories: ['deposit_withdrawal'],
    keywords: ['confirmations', 'pending', 'block', '컨펌', '승인 대기', '确认数', '区块确认'],
    prompts: [demoPrompts.network],
    ko: {
      title: '입금 컨펌(블록 승인) 대기 중',
      body: '입금 거래는 확인되었으며, 현재 {{prompt.network}} 네트워크의 필요 컨펌 수를 기다리고 있습니다.\n네트워크 혼잡도에 따라 수십 분 이상 걸릴 수 있으며, 필요한 컨펌이 완료되면 자동으로 반영됩니다. 조금만 더 기다려 주세요.',
    },
    en: {
      title: 'Deposit waiting for confirmations',
      body: 'We can see your deposit; it is waiting for the number of confirmations the {{prompt.network}} network requires.\nDepending on congestion this can take from several minutes to over an hour. It will be credited automatically once confirmed.',
    },
    zh: {
      title: '充值等待区块确认',
      body: '我们已查到您的充值，目前正在等待 {{prompt.network}} 网络所需的区块确认数。\n根据网络拥堵情况，可能需要几十分钟甚至更久，确认完成后将自动入账，请您耐心等待。',
    },
  },
  {
    folder: 'Deposits::Fiat',
    categories: ['deposit_withdrawal'],
    keywords: ['bank transfer', 'KRW', 'fiat', '원화 입금', '계좌 이체', '法币', '银行转账'],
    actions: awaitCustomer,
    ko: {
      title: '원화(법정화폐) 입금 미반영',
      body: '원화 입금은 실명 확인된 본인 명의 계좌에서만 반영됩니다. 입금자명이 계정 실명과 다르거나 등록되지 않은 계좌에서 이체하신 경우 자동 반환됩니다.\n이체 확인증(은행 앱 화면)을 보내 주시면 처리 상태를 확인해 드리겠습니다.',
    },
    en: {
      title: 'Bank (fiat) deposit not credited',
      body: 'Fiat deposits are credited only from a verified bank account in your own name. A transfer from another name or an unregistered account is returned automatically.\nPlease send us the transfer receipt (a screenshot of your banking app) and we will check its status.',
    },
    zh: {
      title: '法币（银行）充值未到账',
      body: '法币充值仅支持从已实名认证的本人银行账户转入。若付款人姓名与账户实名不一致，或使用未绑定的账户转账，款项将被自动退回。\n请发送转账凭证（银行 App 截图），我们将为您查询处理状态。',
    },
  },
  {
    folder: 'Withdrawals::Pending',
    categories: ['deposit_withdrawal'],
    keywords: [
      'withdrawal pending',
      'processing',
      'delay',
      '출금 지연',
      '출금 대기',
      '提币延迟',
      '提现待处理',
    ],
    prompts: [demoPrompts.txHash],
    ko: {
      title: '출금 지연 - 처리 중 안내',
      body: '출금 신청이 정상 접수되어 현재 처리 중입니다. 네트워크 혼잡이나 지갑 점검으로 인해 평소보다 시간이 더 걸리고 있습니다.\n출금이 전송되면 트랜잭션 해시({{prompt.tx_hash}})로 블록체인에서 진행 상황을 확인하실 수 있습니다. 출금 신청을 취소하거나 다시 신청하실 필요는 없습니다.',
    },
    en: {
      title: 'Withdrawal pending - still processing',
      body: 'Your withdrawal request was received and is being processed. Network congestion or wallet maintenance is making it take longer than usual.\nOnce broadcast, you can follow it on the blockchain with the transaction hash {{prompt.tx_hash}}. There is no need to cancel or submit the withdrawal again.',
    },
    zh: {
      title: '提币延迟 - 处理中',
      body: '您的提币申请已成功提交，目前正在处理中。由于网络拥堵或钱包维护，处理时间比平时更长。\n广播后，您可以通过交易哈希 {{prompt.tx_hash}} 在区块链上查看进度。无需撤销或重新提交提币申请。',
    },
  },
  {
    folder: 'Withdrawals::Under review',
    categories: ['deposit_withdrawal'],
    keywords: [
      'withdrawal review',
      'risk control',
      'under review',
      '출금 심사',
      '검토 중',
      '提币审核',
      '风控',
    ],
    prompts: [demoPrompts.reviewHours],
    actions: { status: 'on_hold', add_tags: ['withdrawal-review'] },
    ko: {
      title: '출금 보안 심사 중',
      body: '고객님의 자산 보호를 위해 해당 출금 건은 보안 심사 대상으로 분류되었습니다. 심사는 보통 {{prompt.review_hours}} 이내에 완료됩니다.\n심사 중에는 출금을 취소하지 마시고, 추가 서류가 필요한 경우 별도로 연락드리겠습니다.',
    },
    en: {
      title: 'Withdrawal under security review',
      body: 'To protect your assets, this withdrawal was selected for a security review, which usually completes within {{prompt.review_hours}}.\nPlease do not cancel it in the meantime; we will contact you if we need any document.',
    },
    zh: {
      title: '提币安全审核中',
      body: '为保护您的资产安全，该笔提币已进入安全审核流程，通常会在 {{prompt.review_hours}} 内完成。\n审核期间请勿撤销提币，如需补充材料我们会另行联系您。',
    },
  },
  {
    folder: 'Withdrawals::Address whitelist',
    categories: ['deposit_withdrawal', 'account_security'],
    keywords: ['whitelist', 'address book', 'new address', '화이트리스트', '출금 주소', '白名单', '地址簿'],
    ko: {
      title: '출금 주소 화이트리스트 등록 안내',
      body: '출금 주소 화이트리스트가 켜져 있어 등록되지 않은 주소로는 출금할 수 없습니다.\n[보안 설정 > 출금 주소 관리]에서 새 주소를 등록하실 수 있으며, 보안을 위해 등록 후 24시간 동안은 해당 주소로 출금이 제한됩니다.',
    },
    en: {
      title: 'Withdrawal address whitelist',
      body: 'Your withdrawal address whitelist is on, so withdrawals can only go to saved addresses.\nYou can add an address under Security > Withdrawal addresses. For your safety, a new address can receive withdrawals 24 hours after it is added.',
    },
    zh: {
      title: '提币地址白名单说明',
      body: '您已开启提币地址白名单，只能向已保存的地址提币。\n您可以在【安全设置 > 提币地址管理】中添加新地址。为保障安全，新地址添加后 24 小时内无法用于提币。',
    },
  },
  {
    folder: 'Withdrawals::Limits',
    categories: ['deposit_withdrawal'],
    keywords: ['withdrawal limit', 'daily limit', '출금 한도', '일일 한도', '提币限额', '每日额度'],
    ko: {
      title: '출금 한도 안내',
      body: '현재 계정 인증 단계에 따라 24시간 출금 한도가 적용되고 있습니다. 한도는 [계정 > 인증 단계]에서 확인하실 수 있으며, 추가 인증을 완료하시면 한도가 상향됩니다.',
    },
    en: {
      title: 'Withdrawal limits',
      body: 'A 24-hour withdrawal limit applies according to your verification level. You can see it under Account > Verification level; completing the next level raises the limit.',
    },
    zh: {
      title: '提币限额说明',
      body: '根据您当前的身份认证等级，账户适用 24 小时提币限额。您可以在【账户 > 认证等级】中查看，完成更高级别认证后限额将相应提高。',
    },
  },
  {
    folder: 'Withdrawals::Cancelled',
    categories: ['deposit_withdrawal'],
    keywords: ['withdrawal failed', 'returned', 'cancelled', '출금 실패', '출금 취소', '提币失败', '退回'],
    ko: {
      title: '출금 실패 후 자산 반환',
      body: '해당 출금은 받는 주소 오류로 실패 처리되었으며, 출금 금액과 수수료는 고객님의 계정으로 전액 반환되었습니다.\n주소와 네트워크를 다시 확인하신 후 새로 신청해 주세요.',
    },
    en: {
      title: 'Failed withdrawal returned',
      body: 'The withdrawal failed because of a problem with the receiving address; the amount and the fee have been returned to your account in full.\nPlease check the address and network, then submit a new withdrawal.',
    },
    zh: {
      title: '提币失败，资产已退回',
      body: '该笔提币因收款地址异常而失败，提币金额及手续费已全额退回至您的账户。\n请核对地址和网络后重新提交提币申请。',
    },
  },
  {
    folder: 'Fees',
    categories: ['deposit_withdrawal', 'general'],
    keywords: [
      'withdrawal fee',
      'network fee',
      'gas',
      '출금 수수료',
      '네트워크 수수료',
      '提币手续费',
      '矿工费',
    ],
    ko: {
      title: '출금 수수료 안내',
      body: '출금 수수료는 블록체인 네트워크에 지불되는 전송 비용으로, 자산과 네트워크별로 다르며 네트워크 상황에 따라 조정됩니다. 최신 수수료는 출금 화면과 [수수료 안내] 페이지에서 확인하실 수 있습니다.',
    },
    en: {
      title: 'Withdrawal fees',
      body: 'The withdrawal fee covers the blockchain network cost of the transfer. It differs by asset and network and is adjusted to network conditions; the current fee is shown on the withdrawal screen and the Fees page.',
    },
    zh: {
      title: '提币手续费说明',
      body: '提币手续费用于支付区块链网络的转账成本，不同币种和网络的费用不同，并会根据网络状况调整。最新费用请查看提币页面及【费率说明】页面。',
    },
  },
  {
    folder: 'Fees',
    categories: ['trade_execution', 'general'],
    keywords: ['trading fee', 'maker', 'taker', 'VIP', '거래 수수료', '메이커', '交易手续费', '挂单'],
    ko: {
      title: '거래 수수료(메이커/테이커) 안내',
      body: '지정가 주문으로 호가창에 유동성을 공급하면 메이커 수수료가, 즉시 체결되는 주문에는 테이커 수수료가 적용됩니다. 30일 거래량에 따라 VIP 등급과 수수료율이 정해지며 [수수료 안내]에서 확인하실 수 있습니다.',
    },
    en: {
      title: 'Trading fees (maker / taker)',
      body: 'A limit order that rests on the order book pays the maker fee; an order that fills immediately pays the taker fee. Your 30-day volume sets your VIP level and rates, listed on the Fees page.',
    },
    zh: {
      title: '交易手续费（挂单/吃单）',
      body: '挂在订单簿上的限价单按挂单（Maker）费率收费，立即成交的订单按吃单（Taker）费率收费。VIP 等级及费率根据近 30 日交易量确定，详见【费率说明】页面。',
    },
  },
  {
    folder: 'Compliance::Travel Rule',
    categories: ['deposit_withdrawal'],
    keywords: ['travel rule', 'beneficiary', 'VASP', '트래블룰', '수취인 정보', '旅行规则', '受益人信息'],
    actions: awaitCustomer,
    ko: {
      title: '트래블룰 - 송수신인 정보 확인',
      body: '특정금융정보법상 트래블룰에 따라 100만 원 이상 가상자산 이전 시 송신인과 수신인 정보를 확인해야 합니다.\n입금이 보류된 경우 [입출금 > 트래블룰 확인]에서 보낸 거래소명과 송신인 정보를 입력해 주시면 확인 후 반영됩니다.',
    },
    en: {
      title: 'Travel Rule - sender and beneficiary details',
      body: 'Under the Travel Rule, transfers above the threshold must carry verified sender and beneficiary details.\nIf your deposit is on hold, open Wallet > Travel Rule check and enter the sending exchange and sender details; it will be credited once verified.',
    },
    zh: {
      title: '旅行规则 - 核实收发方信息',
      body: '根据旅行规则（Travel Rule），超过规定金额的转账须核实转出方和受益人信息。\n如您的充值被暂缓，请在【资产 > 旅行规则核验】中填写转出交易所及转出人信息，核验通过后即可到账。',
    },
  },
  {
    folder: 'Deposits::Unsupported asset',
    categories: ['deposit_withdrawal'],
    keywords: [
      'unsupported token',
      'contract address',
      '미지원 토큰',
      '지원하지 않는',
      '不支持的代币',
      '合约地址',
    ],
    prompts: [demoPrompts.txHash, demoPrompts.asset],
    actions: { status: 'on_hold', add_tags: ['unsupported-asset'] },
    ko: {
      title: '미지원 자산 입금',
      body: '입금하신 {{prompt.asset}}은(는) 현재 저희 거래소에서 지원하지 않는 자산입니다(TXID {{prompt.tx_hash}}).\n기술 검토 후 반환 가능 여부를 안내해 드리며, 가능한 경우 보내신 주소로 반환됩니다. 검토에는 최대 30일이 소요될 수 있습니다.',
    },
    en: {
      title: 'Deposit of an unsupported asset',
      body: 'The {{prompt.asset}} you sent is not supported on our exchange (TXID {{prompt.tx_hash}}).\nOur engineers will check whether it can be returned; if so, it goes back to the sending address. The review can take up to 30 days.',
    },
    zh: {
      title: '充值了不支持的币种',
      body: '您充值的 {{prompt.asset}} 目前不在本平台支持范围内（TXID {{prompt.tx_hash}}）。\n技术团队将评估能否退回，如可退回将原路返还至转出地址。评估最长可能需要 30 天。',
    },
  },
];

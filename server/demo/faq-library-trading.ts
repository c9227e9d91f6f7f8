import { awaitCustomer, demoPrompts, type DemoFaqEntry } from './faq-library-compose';

/** Demo FAQ replies about trading, derivatives, the API and announcements. */
export const tradingReplies: DemoFaqEntry[] = [
  {
    folder: 'API::Authentication',
    categories: ['api'],
    keywords: ['401', 'invalid signature', 'HMAC', 'signature', '서명 오류', '签名错误'],
    ko: {
      title: 'API 401 - 서명(signature) 오류',
      body: '401 invalid signature 오류는 서명 문자열이 서버 계산과 다를 때 발생합니다.\n1. 쿼리 문자열과 본문을 보낸 그대로(정렬·인코딩 포함) 서명했는지\n2. Secret Key로 HMAC-SHA256을 사용하고 결과를 16진수 소문자로 보냈는지\n3. timestamp 파라미터가 서명에 포함되었는지 확인해 주세요.',
    },
    en: {
      title: 'API 401 - invalid signature',
      body: 'A 401 invalid signature means the string you signed differs from what the server computes.\n1. Sign the query string and body exactly as sent (same order and encoding)\n2. Use HMAC-SHA256 with your secret key, hex-encoded in lower case\n3. Include the timestamp parameter in what you sign.',
    },
    zh: {
      title: 'API 401 - 签名错误',
      body: '401 invalid signature 表示您签名的字符串与服务器计算的不一致。\n1. 请按实际发送的内容（顺序和编码一致）对查询字符串和请求体签名\n2. 使用 Secret Key 进行 HMAC-SHA256 签名，并以小写十六进制发送\n3. 确认签名内容包含 timestamp 参数。',
    },
  },
  {
    folder: 'API::Authentication',
    categories: ['api'],
    keywords: ['timestamp', 'clock skew', 'recvWindow', '시간 오차', '时间戳', '时间偏差'],
    ko: {
      title: 'API 401 - 타임스탬프/서버 시간 오차',
      body: '요청의 timestamp가 서버 시간과 5초 이상 차이 나면 거부됩니다. 서버의 NTP 시간 동기화를 켜 주시고, /api/v1/time 으로 서버 시간을 확인해 차이를 보정해 주세요. 필요하면 recvWindow 값을 늘릴 수 있습니다.',
    },
    en: {
      title: 'API 401 - timestamp / clock skew',
      body: 'Requests whose timestamp is more than 5 seconds away from server time are refused. Enable NTP time sync on your machine, compare with /api/v1/time and correct the offset; you can also raise recvWindow.',
    },
    zh: {
      title: 'API 401 - 时间戳偏差',
      body: '请求的 timestamp 与服务器时间相差超过 5 秒将被拒绝。请开启服务器的 NTP 时间同步，并通过 /api/v1/time 获取服务器时间校正偏差，必要时可调大 recvWindow。',
    },
  },
  {
    folder: 'API::Authentication',
    categories: ['api'],
    keywords: ['IP whitelist', 'IP restriction', 'API key', 'IP 화이트리스트', 'IP 白名单'],
    ko: {
      title: 'API 키 IP 화이트리스트',
      body: '해당 API 키에는 IP 제한이 설정되어 있어 등록되지 않은 IP에서의 요청은 401로 거부됩니다. [API 관리]에서 서버의 공인 IP를 추가해 주세요. 변경은 최대 5분 후 적용됩니다.',
    },
    en: {
      title: 'API key IP whitelist',
      body: "This API key is restricted to listed IP addresses, so requests from any other IP get a 401. Add your server's public IP under API management; changes apply within 5 minutes.",
    },
    zh: {
      title: 'API 密钥 IP 白名单',
      body: '该 API 密钥设置了 IP 限制，来自未登记 IP 的请求会返回 401。请在【API 管理】中添加服务器的公网 IP，修改最多 5 分钟后生效。',
    },
  },
  {
    folder: 'API::Rate limits',
    categories: ['api'],
    keywords: ['429', 'rate limit', 'too many requests', '요청 제한', '限频', '请求过多'],
    ko: {
      title: 'API 429 - 요청 한도 초과',
      body: '429 Too Many Requests는 요청 한도를 넘었을 때 반환됩니다. 응답 헤더의 Retry-After 시간만큼 기다린 뒤 재시도하시고, 시세 조회는 REST 대신 WebSocket 구독을 이용하시면 한도를 크게 줄일 수 있습니다.',
    },
    en: {
      title: 'API 429 - rate limit exceeded',
      body: 'A 429 Too Many Requests means you went over the request limit. Wait for the Retry-After header before retrying, and use WebSocket subscriptions instead of REST polling for market data.',
    },
    zh: {
      title: 'API 429 - 超出请求频率限制',
      body: '429 Too Many Requests 表示请求超出频率限制。请按响应头 Retry-After 的时间等待后重试，行情数据建议改用 WebSocket 订阅代替 REST 轮询。',
    },
  },
  {
    folder: 'Trading::Orders',
    categories: ['trade_execution'],
    keywords: ['cancel order', 'order stuck', "won't cancel", '주문 취소', '취소 안됨', '撤单失败'],
    prompts: [demoPrompts.orderId],
    actions: { add_tags: ['order-cancel'] },
    ko: {
      title: '주문이 취소되지 않을 때',
      body: '주문 {{prompt.order_id}}을(를) 확인했습니다. 취소 요청 시점에 이미 체결이 진행 중이었던 경우 취소되지 않고 체결 처리됩니다.\n앱을 새로고침하신 후에도 미체결 목록에 남아 있다면 알려 주세요. 시스템에서 강제 취소해 드리겠습니다.',
    },
    en: {
      title: "Order won't cancel",
      body: 'We checked order {{prompt.order_id}}. When a cancel arrives while the order is already being matched, it fills instead of cancelling.\nIf it still shows under open orders after refreshing the app, let us know and we will cancel it from our side.',
    },
    zh: {
      title: '订单无法撤销',
      body: '我们已查询订单 {{prompt.order_id}}。如撤单请求到达时订单已在撮合中，则会成交而不会撤销。\n若刷新 App 后仍显示在当前委托中，请告知我们，我们将在系统中为您强制撤单。',
    },
  },
  {
    folder: 'Trading::Orders',
    categories: ['trade_execution'],
    keywords: ['partial fill', 'partially filled', '부분 체결', '部分成交'],
    prompts: [demoPrompts.orderId],
    ko: {
      title: '부분 체결 안내',
      body: '지정가 주문 {{prompt.order_id}}은(는) 해당 가격에 맞는 상대 주문 수량만큼만 체결되어 부분 체결 상태입니다. 남은 수량은 취소하실 때까지 호가창에 유지되며, 체결된 수량의 수수료만 부과됩니다.',
    },
    en: {
      title: 'Partially filled order',
      body: 'Limit order {{prompt.order_id}} was filled only as far as matching orders existed at your price. The rest stays on the order book until you cancel it; fees apply only to the filled part.',
    },
    zh: {
      title: '订单部分成交说明',
      body: '限价单 {{prompt.order_id}} 仅按该价格的对手盘数量成交，目前为部分成交状态。剩余数量将保留在订单簿中直至您撤销，手续费仅按已成交部分收取。',
    },
  },
  {
    folder: 'Trading::Orders',
    categories: ['trade_execution'],
    keywords: ['slippage', 'market order', 'price difference', '슬리피지', '시장가', '滑点', '市价单'],
    ko: {
      title: '시장가 주문 슬리피지',
      body: '시장가 주문은 호가창의 가장 좋은 가격부터 차례로 체결되므로, 주문 수량이 크거나 변동성이 클 때 예상 가격과 차이(슬리피지)가 생길 수 있습니다. 가격을 지정하려면 지정가 주문을 이용해 주세요.',
    },
    en: {
      title: 'Market order slippage',
      body: 'A market order fills against the best prices on the book in turn, so a large order or a volatile market can fill away from the price you saw (slippage). Use a limit order to control the price.',
    },
    zh: {
      title: '市价单滑点说明',
      body: '市价单会按订单簿最优价格依次成交，订单量较大或行情波动剧烈时，成交价可能与预期价格存在差异（滑点）。如需控制价格，请使用限价单。',
    },
  },
  {
    folder: 'Derivatives::Liquidation',
    categories: ['derivatives'],
    keywords: ['liquidation', 'margin', 'mark price', '강제 청산', '청산', '强平', '爆仓'],
    ko: {
      title: '강제 청산 발생 원인 안내',
      body: '선물 포지션은 마크 가격이 청산 가격에 도달하면 유지 증거금 부족으로 강제 청산됩니다. 청산은 최종 거래 가격이 아닌 마크 가격 기준이므로 차트의 가격과 다를 수 있습니다.\n청산 내역은 [선물 > 주문 내역 > 청산]에서 확인하실 수 있습니다.',
    },
    en: {
      title: 'Why a position was liquidated',
      body: 'A futures position is liquidated when the mark price reaches its liquidation price and the maintenance margin is no longer covered. Liquidation follows the mark price, not the last traded price, so it can differ from the chart.\nYou can review it under Futures > Order history > Liquidations.',
    },
    zh: {
      title: '强制平仓原因说明',
      body: '当标记价格触及强平价格、维持保证金不足时，合约仓位将被强制平仓。强平依据的是标记价格而非最新成交价，因此可能与K线价格不同。\n您可在【合约 > 历史委托 > 强平记录】中查看详情。',
    },
  },
  {
    folder: 'Derivatives::Funding',
    categories: ['derivatives'],
    keywords: [
      'funding fee',
      'funding rate',
      'perpetual',
      '펀딩비',
      '자금 조달 수수료',
      '资金费率',
      '资金费',
    ],
    ko: {
      title: '펀딩비 안내',
      body: '무기한 선물은 8시간마다 롱과 숏 포지션 사이에 펀딩비를 주고받습니다. 펀딩비율이 양수이면 롱 포지션이 숏에게, 음수이면 숏이 롱에게 지급하며, 정산 시점에 포지션을 보유한 경우에만 적용됩니다. 거래소는 펀딩비를 수취하지 않습니다.',
    },
    en: {
      title: 'Funding fees explained',
      body: 'Perpetual futures exchange funding between long and short positions every 8 hours. With a positive rate longs pay shorts; with a negative rate shorts pay longs. It applies only to positions held at the funding time, and the exchange keeps none of it.',
    },
    zh: {
      title: '资金费用说明',
      body: '永续合约每 8 小时在多空双方之间结算一次资金费用。资金费率为正时多头支付给空头，为负时空头支付给多头，仅对结算时刻持有的仓位收取，平台不收取任何资金费用。',
    },
  },
  {
    folder: 'Announcements::Maintenance',
    categories: [],
    keywords: ['maintenance', 'downtime', 'upgrade', '점검', '서버 점검', '维护', '系统升级'],
    prompts: [demoPrompts.maintenanceEnd],
    actions: { status: 'solved', add_tags: ['maintenance'] },
    ko: {
      title: '시스템 점검 안내',
      body: '현재 서비스 안정화를 위한 정기 점검이 진행 중이며, {{prompt.maintenance_end}}에 종료될 예정입니다. 점검 중에는 거래와 입출금이 일시 중단되며, 고객님의 자산은 안전하게 보관되고 있습니다.\n점검이 끝나면 공지사항으로 알려 드리겠습니다.',
    },
    en: {
      title: 'Scheduled maintenance',
      body: 'Scheduled maintenance is in progress and should end at {{prompt.maintenance_end}}. Trading, deposits and withdrawals are paused meanwhile; your assets are safe.\nWe will post an announcement as soon as it is over.',
    },
    zh: {
      title: '系统维护通知',
      body: '平台正在进行例行系统维护，预计于 {{prompt.maintenance_end}} 结束。维护期间交易及充提币暂停，您的资产安全不受影响。\n维护结束后我们将发布公告通知。',
    },
  },
  {
    folder: 'Announcements::Delisting',
    categories: ['general', 'deposit_withdrawal'],
    keywords: ['delisting', 'delist', 'trading end', '상장 폐지', '거래 지원 종료', '下架', '下币'],
    prompts: [demoPrompts.asset, demoPrompts.delistingDate],
    ko: {
      title: '거래 지원 종료(상장 폐지) 안내',
      body: '{{prompt.asset}}의 거래 지원이 {{prompt.delisting_date}}에 종료됩니다. 종료 후 30일 동안 출금은 계속 가능하니 그 전에 다른 지갑으로 옮겨 주세요. 자세한 내용은 공지사항을 확인해 주세요.',
    },
    en: {
      title: 'Delisting notice',
      body: 'Trading of {{prompt.asset}} ends on {{prompt.delisting_date}}. Withdrawals stay open for 30 days afterwards, so please move your holdings to another wallet before then. See the announcement for details.',
    },
    zh: {
      title: '下架通知',
      body: '{{prompt.asset}} 将于 {{prompt.delisting_date}} 停止交易。下架后 30 天内仍可提币，请在此之前转移至其他钱包。详情请参阅官方公告。',
    },
  },
  {
    folder: 'General::Follow-up',
    categories: [],
    keywords: ['more information', 'screenshot', 'details needed', '추가 정보', '캡처', '补充信息', '截图'],
    actions: awaitCustomer,
    ko: {
      title: '추가 정보 요청',
      body: '정확한 확인을 위해 문제가 발생한 시각, 사용하신 기기와 앱 버전, 오류 화면 캡처를 보내 주시겠어요? 받는 대로 바로 확인하겠습니다.',
    },
    en: {
      title: 'Asking for more details',
      body: 'To look into this properly, could you send the time it happened, your device and app version, and a screenshot of the error? We will check as soon as we have them.',
    },
    zh: {
      title: '请求补充信息',
      body: '为便于准确核查，请提供问题发生的时间、所用设备及 App 版本，以及报错页面截图。收到后我们会立即处理。',
    },
  },
  {
    folder: 'General::Closing',
    categories: [],
    keywords: ['resolved', 'closing', 'thank you', '해결', '종료', '已解决'],
    actions: { status: 'solved' },
    ko: {
      title: '해결 확인 후 문의 종료',
      body: '문제가 해결되었다니 다행입니다. 이 문의는 종료 처리하겠습니다. 같은 문제가 다시 생기면 이 메일에 회신해 주시면 바로 이어서 도와드리겠습니다.',
    },
    en: {
      title: 'Resolved - closing the request',
      body: 'Glad to hear it is sorted out. We will mark this request as solved; if the problem comes back, just reply here and we will pick it up again.',
    },
    zh: {
      title: '问题已解决，结束工单',
      body: '很高兴问题已经解决，我们将关闭此工单。如同一问题再次出现，直接回复此邮件即可，我们会继续为您处理。',
    },
  },
];

import type { ProblemText, TradingProblemKey } from './problems';

/** Chinese texts of order, futures and API problems. */
export const chineseTradingTexts: Record<TradingProblemKey, ProblemText> = {
  'order-wont-cancel': {
    subjects: ['订单撤销不了', '{market}挂单无法撤单', '撤单后还是成交了'],
    bodies: [
      '我{time}挂的{market}订单撤不掉，点撤单提示“{error}”。',
      '我想撤销{market}的限价买单，点了好几次撤单，订单还是一直在当前委托里。',
      '我已经点了撤单，结果过了一会儿显示成交了。明明是先撤单的，为什么还会成交？',
    ],
    resolutions: [
      '经核查，该订单在您撤单请求到达前已开始成交，因此撤单未能生效。订单日志显示成交时间早于撤单请求。',
      '由于订单服务器短暂延迟导致撤单未生效，我们已为您撤销该订单，冻结资金已返还。',
    ],
    errors: ['订单正在处理中。(O-4009)', '撤单失败，请稍后再试。(O-5001)', 'order_not_found'],
  },
  'partial-fill': {
    subjects: ['订单只成交了一部分', '部分成交咨询', '{market}订单部分成交后不动了'],
    bodies: [
      '我在{market}以{price}挂了买单，只成交了一部分，剩下的一直挂着，可是价格明明跌下去过。',
      '部分成交的订单手续费怎么算？',
      '我在{market}以{price}挂的卖单，价格明明到了，却只成交了一部分，为什么没有全部成交？',
    ],
    resolutions: [
      '限价单只会按该价格上的挂单量成交，剩余部分继续挂单。当时该价格的卖单数量不足，所以只部分成交。',
      '手续费只按实际成交数量收取，未成交部分不收手续费。',
    ],
  },
  'unexpected-fill-price': {
    subjects: ['市价单成交价格异常', '成交价格不对', '{market}成交价差太多'],
    bodies: [
      '我在{market}市价买入，成交价比屏幕上显示的高很多，我看到的价格大概是{price}。',
      '止损限价单没有按我设置的价格成交。',
      '我{time}暴跌的时候市价止损卖出，平均成交价低得离谱，是不是系统出错了？',
    ],
    resolutions: [
      '市价单会按盘口依次成交，行情剧烈波动时平均成交价可能与显示价格不同。经查订单日志，成交正常，无系统错误。',
      '止损限价单在触发价到达后提交限价单，随后根据当时盘口在您的限价范围内成交。',
    ],
  },
  'balance-locked': {
    subjects: ['没有挂单却有冻结金额', '可用余额不对', '资金被冻结了'],
    bodies: [
      '我没有任何挂单，但是有一部分韩元余额不能用。',
      '资产页面和下单页面显示的币数量不一样。',
      '买入时提示“{error}”，可我余额是够的。',
    ],
    resolutions: [
      '提现处理中的金额在完成前不计入可用余额。该笔提现现已完成，余额显示已恢复正常。',
      'APP的资产缓存没有及时刷新，服务器数据是正确的，重启APP即可正常显示。',
    ],
    errors: ['可用余额不足', '余额不足。(O-4001)'],
  },
  'order-error': {
    subjects: ['最小下单金额报错', '下不了单', '下单时报错'],
    bodies: [
      '想把剩下的一点点币卖掉，但是低于最小下单金额卖不了。这些小额资产怎么处理？',
      '在{market}下买单总是报错“{error}”，下不了单。',
      '下单一直报错，昨天还好好的。',
    ],
    resolutions: [
      '韩元市场最小下单金额为5,000韩元，小额资产可以使用“小额资产兑换”功能一次性兑换。',
      '您输入的价格不符合该市场的价格单位，因此报错。按价格单位输入即可正常下单。',
    ],
    errors: ['最小下单金额为5,000韩元', '请确认价格单位。(O-4103)', 'under_min_total_bid'],
  },
  'liquidation-dispute': {
    subjects: ['强平不合理', '{symbol}仓位被强平', '没到强平价就被强平了'],
    bodies: [
      '我{symbol}开了{leverage}倍多单，{time}被强平了。我看的K线根本没跌到强平价。',
      '我的强平价明明更低，却突然被强平了，是不是插针？要求赔偿损失。',
      '没有收到任何追加保证金提醒，仓位就没了。我想追加保证金，但APP卡住了。',
    ],
    resolutions: [
      '强平以标记价格而不是最新成交价为准。当时标记价格已触及您的强平价格，属于正常强平。',
      '经查当时系统日志，订单服务器运行正常，强平也是按照标记价格正常执行的。详细记录可在合约 > 历史记录中查看。',
    ],
  },
  'funding-fee': {
    subjects: ['资金费率扣太多了', '平仓了还被收资金费', '资金费结算时间'],
    bodies: [
      '我{symbol}仓位扣的资金费比预期多很多，请问怎么计算的？',
      '我在结算前一分钟就平仓了，还是被收了资金费。',
      '资金费每天几点结算？',
    ],
    resolutions: [
      '资金费每8小时结算一次（韩国时间01:00、09:00、17:00），按仓位名义价值×资金费率计算。结算时您仍持有仓位。',
      '您的平仓单在结算时间之后才成交，因此资金费收取正确。',
    ],
  },
  'position-close-error': {
    subjects: ['无法平仓', '{symbol}平仓报错', '急！合约仓位平不掉'],
    bodies: [
      '点平仓没有任何反应，我现在是{leverage}倍，风险太大了。',
      '我想市价平掉{symbol}仓位，提示“{error}”，平不了，亏损一直在扩大。',
      '点了一键平仓，只平掉了一部分，剩下的还在。',
    ],
    resolutions: [
      '当时存在短暂的订单延迟，目前已恢复正常，平仓功能可以正常使用。延迟期间是否造成损失，我们会另行核查后通知您。',
      '您的只减仓委托数量超过了仓位数量，导致报错。请先撤销未成交的只减仓委托后再平仓。',
    ],
    errors: ['只减仓委托数量超过仓位数量。(F-3021)', '订单处理出错。(F-5000)'],
  },
  'margin-transfer': {
    subjects: ['可划转金额太少', '划转的USDT看不到', '合约划转到现货失败'],
    bodies: [
      '可划转金额比实际余额少。',
      '从现货账户划转USDT到合约账户，合约钱包里看不到。',
      '从合约划转到现货时提示“{error}”。',
    ],
    resolutions: [
      '合约账户只能划出扣除未实现亏损和仓位保证金后的金额，目前显示的可划转金额是正确的。',
      '划转已成功，只是APP刷新较慢，资金已在您的合约钱包中。',
    ],
    errors: ['超出可划转金额。(F-2104)', '持仓期间划转受限'],
  },
  'api-unauthorized': {
    subjects: ['API调用返回401', 'invalid_access_key 报错', 'API认证一直失败'],
    bodies: [
      '量化机器人昨天还正常，今天开始认证失败，我没有换过key。',
      '生成JWT发请求，一直返回401 Unauthorized，用的是Python的pyjwt。',
      '通过Open API调用{endpoint}返回401，响应是 {error}',
    ],
    resolutions: [
      '该API Key已超过一年有效期并已过期，请在 我的页面 > Open API管理 中重新生成。',
      'JWT payload中缺少nonce，每次请求都需要放入一个新的UUID作为nonce，即可正常使用。',
    ],
    errors: [
      '{"error":{"name":"invalid_access_key","message":"Invalid access key."}}',
      '{"error":{"name":"jwt_verification","message":"Failed to verify Jwt token."}}',
      '{"error":{"name":"expired_access_key","message":"Expired access key."}}',
    ],
  },
  'api-signature': {
    subjects: ['API签名错误', 'query_hash验证失败', '下单接口签名报错'],
    bodies: [
      '查询接口都正常，只有{endpoint}报签名错误：{error}',
      'query_hash用SHA512生成，但每次都验证失败，是参数顺序的问题吗？',
      '传数组参数（uuids[]）的时候签名就会出错。',
    ],
    resolutions: [
      'query_hash必须基于实际发送的查询字符串（URL编码前）生成，数组参数请保持uuids[]=a&uuids[]=b的格式。',
      'POST请求的body参数也需要参与query_hash计算，参考文档中的示例修改即可。',
    ],
    errors: [
      '{"error":{"name":"invalid_query_payload","message":"Invalid query payload."}}',
      '{"error":{"name":"jwt_verification","message":"Failed to verify Jwt token."}}',
    ],
  },
  'api-rate-limit': {
    subjects: ['API返回429 Too Many Requests', '请求频率限制咨询', 'API限频太严格了'],
    bodies: [
      '下单接口经常返回too_many_requests，具体的限制规则是什么？',
      '我每秒只查询几次行情，还是返回429：{error}',
      '同一个key跑了几个机器人，好像触发了限制，可以提高额度吗？',
    ],
    resolutions: [
      '请求频率按账户和IP计算，而不是按key：下单接口每秒8次，行情接口每秒10次，可通过响应头Remaining-Req查看剩余次数。',
      '行情数据建议使用WebSocket代替REST轮询，没有请求次数限制。',
    ],
    errors: [
      '{"error":{"name":"too_many_requests","message":"Too many API requests."}}',
      'HTTP 429 Too Many Requests',
    ],
  },
  'api-ip-allowlist': {
    subjects: ['API提示IP未授权', 'no_authorization_ip 错误', '服务器换IP后API不能用了'],
    bodies: [
      '服务器迁移到AWS之后，每次调用都返回 {error}',
      '创建key的时候已经登记了IP，还是提示IP未验证。',
      '家里的IP经常变，可以不限制IP使用API吗？',
    ],
    resolutions: [
      '具有交易或提现权限的API Key只能在已登记的IP上使用，请在Open API管理中添加服务器的公网IP。',
      '您的请求来自与登记IP不同的公网IP。如果使用了NAT网关，请登记其出口IP。',
    ],
    errors: [
      '{"error":{"name":"no_authorization_ip","message":"This is not a verified IP."}}',
      'no_authorization_ip',
    ],
  },
  'api-websocket': {
    subjects: ['WebSocket经常断开', 'WebSocket成交数据丢失', 'WebSocket连接被关闭'],
    bodies: [
      '订阅ticker的WebSocket每隔几分钟就断一次，错误：{error}',
      '和REST接口对比，WebSocket的成交数据好像有缺失。',
      '连接大概120秒后就被关闭了，需要发ping吗？',
    ],
    resolutions: [
      '连接在120秒内没有数据收发会被关闭，请定期发送PING保持连接。',
      '当时WebSocket服务器有短暂重启，请加入自动重连逻辑，并通过REST接口补齐缺失的数据。',
    ],
    errors: [
      'WebSocket closed: code 1006',
      'Connection reset by peer',
      '{"error":{"name":"INVALID_AUTH","message":"Invalid auth."}}',
    ],
  },
};

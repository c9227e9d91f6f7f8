import type { IntentSource } from './types';

/** Chinese intents (casual customer wording, English terms mixed in, some traditional characters). */
export const chineseIntents: readonly IntentSource[] = [
  // account_security
  {
    category: 'account_security',
    key: 'zh-sec-unknown-login',
    paraphrases: [
      '收到邮件说我的账号在陌生设备上登录了，但不是我本人操作的，是不是被盗了',
      '登录记录里有一个国外IP，我从来没去过那里，麻烦帮我冻结账户',
      '刚收到新设备登录提醒，我没有登录过啊，怎么回事',
      '账户好像被别人登进去了，登录历史里有我不认识的手机型号',
    ],
  },
  {
    category: 'account_security',
    key: 'zh-sec-otp-lost',
    paraphrases: [
      '换了新手机，谷歌验证器里的记录都没了，现在登不上去',
      '手机丢了，收不到二次验证码，怎么解绑谷歌验证',
      '没有备份谷歌验证的密钥，新手机上绑定不了，想申请重置',
      'google authenticator被我删了，六位动态码拿不到，登录卡住了',
    ],
  },
  {
    category: 'account_security',
    key: 'zh-sec-locked',
    paraphrases: [
      '密码输错了好几次，账户被锁定了，请帮我解锁',
      '登录失败次数太多，现在提示账号已被限制登录',
      '我的帐户被锁住了什么都操作不了，确认是本人，请解除',
      '连续输错密码后被冻结了24小时吗？什么时候能恢复',
    ],
  },
  {
    category: 'account_security',
    key: 'zh-sec-phishing',
    paraphrases: [
      '我点了一个冒充你们的短信链接，输入了账号密码，怎么办',
      '有人自称客服打电话让我报验证码，我说了，感觉被骗了，请先冻结账号',
      '好像在钓鱼网站上登录过，怕资产被转走，麻烦紧急处理',
      '电报群里有人发空投链接，我连接了钱包还登录了，后来发现是假网站',
    ],
  },
  {
    category: 'account_security',
    key: 'zh-sec-password-reset',
    paraphrases: [
      '重置密码的邮件一直收不到，垃圾箱也看过了',
      '点了忘记密码，可是邮箱验证码一直没来',
      '修改登录密码时提示重置链接已过期',
      '密码忘了想找回，但是收不到邮件验证码',
    ],
  },
  {
    category: 'account_security',
    key: 'zh-sec-unknown-withdrawal',
    paraphrases: [
      '我没有操作，账户里的币被提到一个陌生地址去了，被盗了',
      '早上醒来发现余额全没了，有人登录我账户把币都转走了',
      '提币记录里有一笔我不知道的提现，不是我申请的，请立刻冻结',
      '账号被黑了，{coin}全部被转出去了，求帮忙追回',
    ],
  },
  // trade_execution
  {
    category: 'trade_execution',
    key: 'zh-trade-limit-unfilled',
    paraphrases: [
      '挂了限价买单，价格已经到了但是没有成交',
      '{coin}限价卖单，K线明明碰到我的价格了，订单还是未成交',
      '盘口价格都到我挂单的价位了，为什么没成交，请解释',
      '下了limit单，图上价格已经触及，委托一直挂着不动',
    ],
  },
  {
    category: 'trade_execution',
    key: 'zh-trade-slippage',
    paraphrases: [
      '市价买入，成交价比页面上显示的价格高很多',
      '市价卖出成交的价格太低了，这个滑点太离谱了吧',
      '下了市价单，成交均价和最新价差了3%',
      '市价单成交价格不对，均价被拉得特别高',
    ],
  },
  {
    category: 'trade_execution',
    key: 'zh-trade-cancel-stuck',
    paraphrases: [
      '点了撤单没有反应，订单一直在当前委托里',
      '撤销未成交订单后资金还是被冻结，没有解冻',
      '撤单撤不掉，点了好多次都一样',
      '订单已经取消了，可是{coin}还显示冻结，可用余额少了',
    ],
  },
  {
    category: 'trade_execution',
    key: 'zh-trade-stop-not-triggered',
    paraphrases: [
      '设置了止损，价格跌破了也没有触发',
      '计划委托的触发价到了，单子却没有下出去',
      '止损单没触发，亏损扩大了很多，能赔偿吗',
      '止盈止损的条件单没有生效，为什么',
    ],
  },
  {
    category: 'trade_execution',
    key: 'zh-trade-min-order',
    paraphrases: [
      '买入的时候提示低于最小下单金额，下不了单',
      '下单提示可用余额不足，可是我账户里明明有钱',
      '卖出的时候说数量精度不对，下单失败',
      '点买入一直提示下单失败，USDT余额是够的',
    ],
  },
  {
    category: 'trade_execution',
    key: 'zh-trade-wrong-fill',
    paraphrases: [
      '成交记录里有一笔我没下过的订单',
      '提示买入成功了，可是资产里没有看到{coin}',
      '成交数量和我下单的数量不一样，说是部分成交，剩下的呢',
      '历史成交里同一笔订单成交了两次，麻烦核实',
    ],
  },
  // deposit_withdrawal
  {
    category: 'deposit_withdrawal',
    key: 'zh-dw-withdraw-pending',
    paraphrases: [
      '{coin}提币申请已经{when}了，还是显示处理中',
      '提现一直在审核中，什么时候能到账',
      '我提出去的{coin}对方钱包还没收到，麻烦查一下进度',
      '提币提交很久了，状态一直卡在转账中',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'zh-dw-deposit-missing',
    paraphrases: [
      '从别的交易所转了{coin}过来，一直没到账，链上显示已经成功了',
      '往充值地址转了{amount}，余额没有变化',
      '钱包那边显示已发送，你们这边充币记录里看不到',
      '充值{coin}{when}了还没到账，区块确认数早就够了',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'zh-dw-wrong-network',
    paraphrases: [
      'USDT本来应该走ERC20，我选成了BEP20网络，能找回吗',
      '充币的时候网络选错了，币还能找回来吗',
      '应该用TRC20转的，结果用以太坊链转过来了',
      '转错链了，错充的币怎么申请找回',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'zh-dw-memo-missing',
    paraphrases: [
      '充XRP的时候忘了填标签，怎么办',
      '转EOS没有填MEMO，现在没到账',
      '标签填错了，瑞波币已经转出去了',
      '充币时备注栏空着就发了，请帮我找回',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'zh-dw-fiat',
    paraphrases: [
      'C2C买币付款了，卖家一直不放币',
      '法币提现到银行卡一直没到账',
      '用银行卡买USDT，钱扣了但币没到',
      '场外交易对方说已付款，但我银行卡没收到钱，订单被冻结了',
    ],
  },
  {
    category: 'deposit_withdrawal',
    key: 'zh-dw-limit',
    paraphrases: [
      '提币额度太低了，怎么提高每日限额',
      '提示超过当日提现额度，但我今天还没提过',
      '只能提{amount}，想申请提高额度',
      '充值后说要24小时才能提币，这个限制能解除吗',
    ],
  },
  // api
  {
    category: 'api',
    key: 'zh-api-signature',
    paraphrases: [
      '调用API下单一直报invalid signature，HMAC签名有示例代码吗',
      '用python调接口，签名一直校验不通过',
      'REST接口返回401，提示签名验证失败',
      '生成签名的时候参数要按字母排序吗？总是鉴权失败',
    ],
  },
  {
    category: 'api',
    key: 'zh-api-rate-limit',
    paraphrases: [
      'API调用经常返回429 too many requests，频率限制是多少',
      '请求太频繁被限流了，机器人停了，每秒最多几次',
      '行情接口触发了rate limit，能不能提高限额',
      '下单接口发得快一点IP就被封了',
    ],
  },
  {
    category: 'api',
    key: 'zh-api-key-create',
    paraphrases: [
      '创建API Key的按钮是灰的，点不了',
      'API密钥创建完了没看到Secret，还能再查看吗',
      'API Key权限里没有提现的选项',
      '创建apikey必须绑定IP白名单吗？我是动态IP',
    ],
  },
  {
    category: 'api',
    key: 'zh-api-websocket',
    paraphrases: [
      'websocket连接几分钟就断开，需要发ping吗',
      '用websocket订阅深度数据，中途就收不到推送了',
      'ws一连上就被服务器关闭了，地址变了吗',
      '实时成交推送老是disconnect',
    ],
  },
  {
    category: 'api',
    key: 'zh-api-ip-whitelist',
    paraphrases: [
      '用白名单里的IP调用也被拒绝，说IP不在允许范围内',
      '服务器换了IP，API全部被拦截了，白名单在哪里改',
      '设置了IP限制，还是提示这个IP未绑定',
      '在阿里云服务器上调API报IP校验错误',
    ],
  },
  {
    category: 'api',
    key: 'zh-api-docs',
    paraphrases: [
      '按照API文档里的地址请求，返回404，文档是最新的吗',
      'K线接口返回的数据里少了成交量字段',
      '接口返回的时间戳是毫秒还是秒？文档没写',
      '查询余额接口的结果和APP里显示的不一致',
    ],
  },
  // kyc
  {
    category: 'kyc',
    key: 'zh-kyc-id-rejected',
    paraphrases: [
      '身份认证一直被驳回，照片拍得很清楚了',
      '上传身份证做实名，结果显示审核未通过，原因是什么',
      '用护照做KYC失败了',
      '证件照片提交后显示认证失败，要怎么重新提交',
    ],
  },
  {
    category: 'kyc',
    key: 'zh-kyc-pending',
    paraphrases: [
      '实名认证审核{when}了还在审核中，什么时候能好',
      'KYC资料交上去了一直是待审核',
      '身份验证一直等待审批，没法交易',
      '高级认证结果什么时候出来，提交很久了',
    ],
  },
  {
    category: 'kyc',
    key: 'zh-kyc-selfie',
    paraphrases: [
      '人脸识别那一步一直过不去',
      '手持证件照一直失败，相机打不开',
      '做人脸认证的时候屏幕是黑的，进行不下去',
      '活体检测一直提示请重试',
    ],
  },
  {
    category: 'kyc',
    key: 'zh-kyc-name-mismatch',
    paraphrases: [
      '我改过名字，证件上的名字和账户实名不一致，怎么修改',
      '提示实名信息和银行卡户名不一致',
      '拼音名字和护照上的拼写不一样，认证不了',
      '我的姓名填错了，导致身份验证不通过，请帮忙改一下',
    ],
  },
  {
    category: 'kyc',
    key: 'zh-kyc-foreigner',
    paraphrases: [
      '我是外国人，可以用居留卡认证吗',
      '用护照认证时国籍列表里没有我的国家',
      '人在海外，没有大陆手机号，实名认证有别的办法吗',
      '港澳台用户做身份认证需要提交什么材料',
    ],
  },
  {
    category: 'kyc',
    key: 'zh-kyc-level-up',
    paraphrases: [
      '想升级认证等级，需要提交什么收入证明',
      '收到通知说要重新做身份认证，在哪里做',
      '一直弹窗让我填职业和资金来源，这是什么',
      '地址证明可以用水电费账单吗',
    ],
  },
  // derivatives
  {
    category: 'derivatives',
    key: 'zh-der-liquidation',
    paraphrases: [
      '合约仓位被强平了，可是价格根本没到强平价',
      '被爆仓了，标记价格异常插针，要求补偿',
      '我的多单突然被强制平仓了，K线上没到强平价格啊',
      '空单被强平了，看不懂为什么，麻烦查下强平记录',
    ],
  },
  {
    category: 'derivatives',
    key: 'zh-der-funding',
    paraphrases: [
      '资金费扣得太多了，计算对不对',
      '永续合约资金费率几点结算',
      '持仓的时候资金费被扣了两次',
      '资金费率是负的，为什么还是我付钱',
    ],
  },
  {
    category: 'derivatives',
    key: 'zh-der-leverage',
    paraphrases: [
      '杠杆倍数改不了，有持仓就不能调吗',
      '想开20倍杠杆，提示最多只能10倍',
      '全仓想切换成逐仓，按钮点不了',
      '切换保证金模式报错，没有挂单啊',
    ],
  },
  {
    category: 'derivatives',
    key: 'zh-der-close-position',
    paraphrases: [
      '点了合约平仓，仓位还是没平掉',
      '市价全平只平了一部分',
      '空单平不了仓，亏损越来越大，很急',
      '设置了止盈，仓位没有被平掉',
    ],
  },
  {
    category: 'derivatives',
    key: 'zh-der-margin-transfer',
    paraphrases: [
      '从现货账户划转到合约账户转不过去',
      '合约账户里的USDT想划回现货，可划转金额是0',
      '想追加保证金，找不到追加按钮',
      '合约账户余额不对，未实现盈亏好像没算进去',
    ],
  },
  {
    category: 'derivatives',
    key: 'zh-der-adl',
    paraphrases: [
      '盈利中的仓位被自动减仓(ADL)了',
      '被ADL了，这是什么机制，利润没了',
      '我的仓位在我没操作的情况下被自动减少了',
      '说是风险保障基金不足触发了自动减仓，有没有补偿',
    ],
  },
  // general
  {
    category: 'general',
    key: 'zh-gen-listing',
    paraphrases: [
      '{coin}有上线计划吗？什么时候上币',
      '项目方想申请上币，联系哪里',
      '持有的币要下架了，最晚什么时候要卖掉',
      '被标记为风险警示的币种会怎么样',
    ],
  },
  {
    category: 'general',
    key: 'zh-gen-event',
    paraphrases: [
      '参加了新用户活动，奖励一直没发',
      '说我空投中奖了，什么时候发放',
      '填了邀请码，返佣一直没有到账',
      '交易大赛的条件达到了，体验金没收到',
    ],
  },
  {
    category: 'general',
    key: 'zh-gen-fee',
    paraphrases: [
      '现货交易手续费是多少？VIP等级怎么算',
      '用了手续费抵扣券，手续费还是照扣',
      'maker和taker费率有什么区别',
      '提币手续费比别家贵太多了吧',
    ],
  },
  {
    category: 'general',
    key: 'zh-gen-app',
    paraphrases: [
      'APP更新以后一打开就闪退',
      '苹果手机上K线图是白的，什么都看不到',
      'APP推送通知一条都收不到，设置都开了',
      'APP深色模式设置保存不了',
    ],
  },
  {
    category: 'general',
    key: 'zh-gen-statement',
    paraphrases: [
      '能开具去年的交易流水吗？报税要用',
      '想导出全部历史成交记录为Excel',
      '资产证明在哪里申请',
      '充提记录能导出PDF吗',
    ],
  },
  {
    category: 'general',
    key: 'zh-gen-account-close',
    paraphrases: [
      '想注销账户，找不到入口',
      '账号注销以后个人信息什么时候删除',
      '手机号换了，想修改绑定的手机',
      '邮箱怎么更换？原来的邮箱不用了',
    ],
  },
];

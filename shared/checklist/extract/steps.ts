import { clauseAround, earliest, firstMatch, negationBefore, type Finding } from './finding';

/**
 * Steps to reproduce: a numbered list (`1. … 2. …`, `1) … 2) …`), a "Steps:" / `步骤：` / `재현 방법:`
 * label, or actions in sequence: "I clicked X, then …", "when I tap …", "first I connect, then …",
 * `눌렀더니`, `눌러도`, `클릭하면`, `먼저 … 그다음에`, `点击…后`, `先…然后…`. Amounts and versions
 * (`1.25 BTC`, `1.45.2`) are not list numbers; "I did not click anything" is not a step.
 */
const patterns = [
  /(?:^|[\s:：])1[.)、](?!\d)\s*[^\d\s][^\n]*?[\s,，;；]2[.)、](?!\d)\s*\S/g,
  /\bsteps(?:\s+to\s+reproduce)?\s*:|步骤\s*[:：]|(?:재현\s*)?(?:방법|순서|절차)\s*[:：]/gi,
  /\b(?:click(?:ed)?|tap(?:ped)?|press(?:ed)?|select(?:ed)?|enter(?:ed)?|open(?:ed)?|submit(?:ted)?|confirm(?:ed)?|connect(?:ed)?|subscribe[ds]?|sends?|sent|choose|chose|went to|go to|allowed|logged in|type[ds]?)\b[^.!?\n]{0,60}?\bthen\b/gi,
  /\b(?:first|then|after that|afterwards)\b[^.!?\n]{0,40}?\b(?:then|after that)\b/gi,
  /\b(?:when|after|once|whenever)\s+I\s+(?:click|tap|press|hit|select|submit|confirm)\w*/gi,
  /(?:눌렀|누르|눌러|클릭|터치|탭|선택|입력)[가-힣]{0,3}?(?:더니|니까|면|도\s|고\s*나서|고\s)/g,
  // Korean connectives of a sequence: "…하고 나서", "…한 다음", "…한 후에" after an action, and a screen
  // action told with its result ("주문하니까", "올리면", "들어갔더니", "들어가서 … 눌렀는데").
  /[가-힣]{1,8}(?:고\s*나서|고나서|한\s*다음|한\s*뒤|한\s*후에?|하자마자)(?=\s|[,.]|$)/g,
  /(?:주문하|올리|올렸|업로드하|업로드했|제출하|제출했|들어가|들어갔|붙여넣|로그인하|로그인했|실행하|열었|켰)[가-힣]{0,2}?(?:니까|더니|면\s|는데|서\s)/g,
  /먼저[^.!?\n]{0,40}?(?:그다음|그 다음|다음에|그리고 나서|그러고 나서)/g,
  /(?:点击|点了|点一下|点|按了|按下|选择了?|选了|输入了?|上传|提交|打开|进入|复制|粘贴|拍完|拍了|填完|填了)[^，。！？\n]{0,15}?(?:后|之后|以后|时候?|就)/g,
  /(?:先|首先)[^。！？\n]{0,40}?(?:然后|再|接着|之后)/g,
  // A clause, then 接着/然后/之后 with another action: "点了提币，接着选了网络，然后输入数量".
  /[^，。！？\n]{2,20}[，,]\s*(?:接着|然后|随后|之后)[^，。！？\n]{1,20}/g,
  // Arrow chains of at least three screens: "打开App→点击现货→选择BTC/USDT", "Wallet -> Withdraw -> Confirm".
  /[^\s→>]{1,30}\s*(?:→|->|=>)\s*[^→\n]{1,30}?\s*(?:→|->|=>)\s*\S/g,
  // Menu paths: "Profile > Verification > Upload", "지갑 > 출금 > 확인".
  /\S[^>\n]{0,25}\s>\s[^>\n]{1,25}\s>\s\S/g,
  // English: a failing action ("when I tried to sell"), and three or more past actions told in a row
  // ("I opened Wallet, chose Withdraw, pasted the address and hit Submit").
  /\bwhen I tried to \w+/gi,
  /\b(?:opened|went to|clicked|tapped|pressed|chose|selected|entered|pasted|typed|copied|uploaded|picked|logged in|placed|submitted|took)\b[^.!?\n]{1,40}?,\s*(?:then\s+)?(?:I\s+)?(?:opened|went to|clicked|tapped|pressed|chose|selected|entered|pasted|typed|copied|uploaded|picked|placed|submitted|took|edited|hit|tapped|got)\b/gi,
  // Korean actions chained with -서/-고 before a later past action told with its result: "주소 복사해서 …
  // 붙여넣고 보냈는데", "차트 열어서 … 넣었더니" (a transfer or a screen action, not "바빠서").
  /(?:복사해|붙여넣어|눌러|클릭해|선택해|입력해|골라|찍어|올려|열어|켜|들어가|로그인해|업로드해|스캔해|캡처해|설정해|연결해|보내|송금해|이체해|전송해|옮겨)서\s[^.!?\n]{0,40}?(?:었|았|였|했|냈|왔|갔|렀)(?:는데|더니)/g,
  // A past action followed by what came of it: "수량 넣었더니", "확인 눌렀더니" (-더니 after one's own action);
  // waiting or asking someone is not a step ("기다렸더니", "챗봇한테 물어봤더니").
  /(?<![가-힣])(?!얘기|이야기|물어|물었|문의|말|전화|상담|기다|기달)[가-힣]{1,6}(?:었|았|였|했|렀|냈)더니/g,
  // Chinese: a wider set of actions after which something happened: "下单后提示…", "绑定之后就闪退"
  // (at the moment of one action, "下单时提示…", is the error's context, not steps).
  /(?:登录|登入|注册|下单|买入|卖出|提现|提币|充值|充币|转账|划转|绑定|解绑|扫码|开仓|平仓|撤单|支付|付款|填写|确认|领取|兑换|申购|赎回)[^，。！？\n]{0,8}?(?:之后|以后|后)[，,]?\s*(?:页面|界面|系统|App|APP|app)?\s*(?:一直|总是|老是|就|又|还)?\s*(?:提示|显示|弹出|出现|报错|报|跳|卡|闪退|转圈|白屏|没反应|没有反应|失败)/g,
  // English: two of the customer's own actions in one sentence ("I paste the address and I pick TRC20",
  // "when I log in … and after I type it …"); one action with its outcome ("crashes when I open it") is not.
  /\bI\s+(?:log(?:ged)? ?in|sign(?:ed)? ?in|type|typed|enter|entered|open|opened|paste|pasted|upload|uploaded|pick|picked|choose|chose|select|selected|tap|tapped|click|clicked|press|pressed|hit|scan|scanned|submit|submitted|confirm|confirmed|go|went|switch|switched|connect|connected|place|placed|add|added|copy|copied)\b[^.!?\n]{0,60}?\b(?:and|then)\s+(?:(?:after|when|once)\s+)?I\s+(?:type|typed|enter|entered|open|opened|paste|pasted|upload|uploaded|pick|picked|choose|chose|select|selected|tap|tapped|click|clicked|press|pressed|hit|scan|scanned|submit|submitted|confirm|confirmed|go|went|switch|switched|connect|connected|place|placed|add|added|copy|copied|log|sign)\b/gi,
];

const questionPatterns = new Set(patterns.slice(-1));

// A question is not a step: "when I sign up, do I need a passport?".
function isQuestion(text: string, index: number): boolean {
  const rest = text.slice(index);
  const end = rest.search(/[.!。！\n]|[?？]/u);
  return end >= 0 && /[?？]/u.test(rest.charAt(end));
}

/** The first description of steps in `text`, or null. */
export function findSteps(text: string): Finding | null {
  return earliest(
    patterns.map((pattern) =>
      firstMatch(
        text,
        pattern,
        (match) =>
          !negationBefore.test(clauseAround(text, match.index, 0).before) &&
          !(questionPatterns.has(pattern) && isQuestion(text, match.index)),
      ),
    ),
  );
}

import { clauseAround, earliest, firstMatch, negationAfter, negationBefore, type Finding } from './finding';

/**
 * Error messages and codes the customer saw. In order of preference:
 * 1. quoted text that reads like an error (`"Document unreadable"`, `“下单失败”`, `"…부족합니다"라고`) or that
 *    a display word introduces (`showed "…"`, `提示“…”`, `"…" 메시지`); a quoted button label is not one;
 * 2. codes: `E1002`, `HTTP 429`, `returns 401`, `error code 1006`, `-1021 에러`, `错误码 -2015`, JSON
 *    error fields (`{"code":"invalid_signature"}`) and snake_case error names (`invalid_signature`);
 * 3. phrases saying an error appeared: "got an error", "the message was: …", "오류가 떠요", "에러 메시지",
 *    "提示错误", "报错", "提示：…". A negated phrase ("no error", "오류는 안 떠요", "没有错误提示") is not.
 */
const quotes = /["“”「『'‘]([^"“”「」『』'‘’\n]{2,120})["”“」』'’]/g;
const errorWords =
  /^\s*-?\d{3,5}\b|error|fail|invalid|not valid|not supported|does not|doesn't|out of range|unable|cannot|can't|insufficient|exceed|unavailable|denied|incorrect|wrong|mismatch|unreadable|expired|not allowed|not found|timed? ?out|rejected|try again|too (?:many|large|small|big|long|short|low|high)|outside|abnormal|suspended|paused|maintenance|restricted|blocked|locked|disabled|temporarily|not available|오류|에러|실패|부족|초과|없습니다|할 수 없|불가|제한|않습니다|않아요|않음|유효하지|올바르지|잘못|되지 않|안 됩니다|안됩니다|못했|못합니다|错误|失败|不足|超出|超过|无法|异常|模糊|不支持|拒绝|不正确|不一致|不存在|繁忙|稍后|过期|已过期|无效|暂停|暂时|冻结|受限|维护|超时|일시적|중단|정지|잠금|점검|만료|흐립|흐리/i;
const displayBefore =
  /(?:(?:에러|오류|메시지|메세지|문구)\s*(?:는|은|가|이)?|said|says|saying|showed|shows|showing|displayed|displays|message|error|prompt|popup|pop-up|rejected with|failed with|answers|answered|reads|read|states|stated|got|get|getting|received|banner|toast|alert|notice|warning|pops up|popped up|appears|appeared|提示|显示|报错|弹出|弹窗)\W{0,3}$/i;
const displayAfter =
  /^\W{0,3}(?:라고|라는|메시지|문구|오류|에러|이라고|팝업|떠|나와|나옵|이 떠|가 떠|로 와|로 떠|로 나|이라는)/;
// A message in square brackets, as some apps show it: "[레버리지 변경 실패] 떠요".
const bracketed = /\[([^\]\n]{2,60})\]/g;

const codePatterns = [
  /\b(?:E|ERR|ERROR)[-_]?\d{3,5}\b/g,
  /\b(?:HTTP|status(?:\s*code)?|returns?|returned|returning|responds? with|response)\s*(?:code\s*)?[45]\d\d\b/gi,
  /\b[45]\d\d\s*(?:error|unauthorized|forbidden|too many requests|not found|bad request|invalid\s+\w+|service unavailable)/gi,
  // "401 이 떠요", "500 에러가 나요": a status code the screen showed, said the Korean way.
  /(?<![\w.])[45]\d\d\s*(?:이|가)?\s*(?:떠|떴|뜹|뜨네|나와|나옵|납니다|났)/g,
  /(?:error|err|code|에러|오류|错误|代码|报错)\s*(?:code|코드|码|代码)?\s*(?:is|는|은|是|为)?\s*[:：=]?\s*-?\d{3,5}\b/gi,
  /(?<![\w.])-?\d{3,5}\s*(?:에러|오류|错误|报错|\berror\b)/gi,
  // A code the connection closed or answered with: "1006 코드로 끊겨요", "with code 1006", "错误代码 0x80070005".
  /(?<![\w.])\d{3,5}\s*(?:번\s*)?(?:코드|代码|码)/g,
  /\b(?:with|error|exit|status)\s+code\s+(?:0x[0-9a-f]{4,8}|-?\d{3,5})\b/gi,
  /(?:error|err|code|에러|오류|错误|代码)\s*(?:code|코드|码|代码)?\s*[:：=]?\s*0x[0-9a-f]{4,8}\b/gi,
  /(?:에러|오류)\s*코드\s*[:：]?\s*[A-Z]{1,4}[-_]?\d{2,5}\b/g,
  /"(?:code|error|err|msg|message|error_code|errorCode)"\s*:\s*(?:"[^"]+"|-?\d+)/g,
  /\b(?:invalid|insufficient|unauthorized|forbidden|expired|missing|unknown|bad|too_many|not)_[a-z_]+\b/g,
  // Error constants as browsers and SDKs print them: ERR_CONNECTION_RESET, NET::ERR_CERT_DATE_INVALID,
  // SSL_PROTOCOL_ERROR, ORDER_REJECTED.
  /\b(?:[A-Z]+::)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_?(?:ERR|ERROR|FAIL|FAILED|FAILURE|INVALID|DENIED|TIMEOUT|TIMED_OUT|REFUSED|RESET|NOT_FOUND|EXPIRED|FORBIDDEN|UNAUTHORIZED|INSUFFICIENT|REJECTED|EXCEEDED)(?:_[A-Z0-9]+)*\b/g,
];

const phrasePatterns = [
  /\b(?:got|get|getting|gets|see|seeing|saw|shows?|showed|showing|receive[ds]?|receiving|throws?|threw|returns?|returned|gives?|gave|pops? up|popped up)\b[^.!?\n]{0,20}?\berror\b/gi,
  /\berror\s*(?:message|msg|says|said|popped|pops|appears|appeared|shows|showed|:)/gi,
  /\b(?:the )?message (?:was|is|says|said)\b|\bit (?:says|said|shows|showed)\s*:/gi,
  // No "에러 코드" here: "에러 코드 목록 알려주세요" asks about codes; a code the customer saw has a number.
  /(?:오류|에러)\s*(?:가|이)?\s*(?:떠|떴|뜹|뜨|나와|나요|나옵|났|발생|메시지|메세지|창)/g,
  /(?:오류|에러)\s*(?:메시지|메세지)\s*[:：]/g,
  /라고\s*(?:떠요|떴|나와|나옵|뜹)/g,
  /(?:提示|显示|出现|弹出)\s*(?:错误|失败|异常|[:：])|报错|错误提示|错误信息/g,
  // What the screen said, unquoted: "提示余额不足", "显示地址格式不正确", "弹出验证码无效".
  /(?:提示|显示|弹出|报)[^，。！？\n]{0,12}?(?:错误|失败|异常|无效|不正确|不足|过期|超时|不支持|受限|限制|不能|无法|不存在|繁忙)/g,
];

// Korean reported speech the screen showed; the message itself may say 않/없, so only the words around it
// can negate it ("…다고 안 떠요").
const reportedPatterns = [
  // Korean reported speech the screen showed: "올바르지 않다고 나와요", "흐리다고 떠요", "부족하대요".
  /[가-힣]{1,10}(?:다고|라고|이라고)\s*(?:계속\s*)?(?:떠|떴|뜹|뜨|나와|나옵|나왔|표시)/g,
  /(?:부족|유효하지\s*않|올바르지\s*않|잘못|실패|불가|제한|오류|에러|초과|만료|없)[가-힣]{0,4}?(?:대요|래요|답니다|대서|래서)/g,
];

function isErrorQuote(text: string, match: RegExpExecArray): boolean {
  const inner = match[1] ?? '';
  const before = text.slice(Math.max(0, match.index - 20), match.index);
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
  return errorWords.test(inner) || displayBefore.test(before) || displayAfter.test(after);
}

function isAffirmed(text: string, match: RegExpExecArray): boolean {
  const { before, after } = clauseAround(text, match.index, match[0].length);
  return (
    !negationBefore.test(before) && !negationAfter.test(after.slice(0, 8)) && !negationAfter.test(match[0])
  );
}

/** The first error message or code in `text`, preferring quoted messages, then codes, then phrases. */
export function findErrorMessage(text: string): Finding | null {
  const quoted = earliest([
    firstMatch(text, quotes, (match) => isErrorQuote(text, match)),
    firstMatch(text, bracketed, (match) => errorWords.test(match[1] ?? '')),
  ]);
  if (quoted !== null) {
    return quoted;
  }
  const code = earliest(codePatterns.map((pattern) => firstMatch(text, pattern)));
  if (code !== null) {
    return code;
  }
  return earliest([
    ...phrasePatterns.map((pattern) => firstMatch(text, pattern, (match) => isAffirmed(text, match))),
    ...reportedPatterns.map((pattern) =>
      firstMatch(text, pattern, (match) => {
        const { before, after } = clauseAround(text, match.index, match[0].length);
        return !negationBefore.test(before) && !negationAfter.test(after.slice(0, 8));
      }),
    ),
  ]);
}

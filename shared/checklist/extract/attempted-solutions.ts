import { clauseAround, earliest, firstMatch, type Finding } from './finding';

/**
 * What the customer already tried: "already reinstalled", "I restarted", "cleared the cache", "logged out
 * and back in", "tried again", "이미 재설치해봤", "다시 로그인해봤는데", "캐시 삭제도 해봤어요", "已经重启过",
 * "重装了两次", "换了浏览器". A negated claim is not one: "I have not tried anything", "아직 아무것도 안
 * 해봤어요", "还没试过任何办法"; nor is trying the failing action itself ("I tried to withdraw").
 */
const patterns = [
  /\b(?:already|also)\s+(?:have\s+)?(?:tried|re-?\w+ed|cleared|updated|reset|changed|synced|checked|contacted|uploaded|logged out|turned|added|set|enabled|disabled|whitelisted|lowered|reduced|increased|switched|double-?checked|verified)\b/gi,
  /\b(?:re-?installed|uninstalled|restarted|rebooted|regenerated|re-?synced|synced|re-?uploaded|re-?logged|reset my|changed my password|cleared (?:the |my )?(?:cache|cookies|browser)|logged out and (?:back )?in|switched (?:to )?(?:another|a different)|updated the app|turned (?:it )?off and on)\b/gi,
  /\b(?:tried|try)\s+(?:again|another|a different|other|re\w+|clearing|reinstalling|restarting|logging|updating|resetting|switching|using|backing|lowering|reducing|slowing|waiting|changing|adding|disabling|enabling|syncing|regenerating|refreshing)\b/gi,
  /\b(?:tried|attempted)\s+to\s+(?:re\w+|clear|reset|update|log out|change|switch|contact)\b/gi,
  /\buploaded\b[^.!?\n]{0,30}\bagain\b/gi,
  /\b(?:read|checked|went through|looked at|searched)\s+(?:the\s+|your\s+|a\s+)?(?:faq|help|docs|documentation|status page|support article|article|guide)/gi,
  /\b(?:asked|chatted with|talked to|contacted)\s+(?:the\s+|your\s+)?(?:chat ?bot|bot|virtual assistant|live chat|support)/gi,
  /\b(?:logged out|refreshed|cleared (?:the |my )?(?:cookies|cache)|switched (?:from|to)|reinstalled|restarted)\b/gi,
  /[가-힣]+\s*(?:해|어|아|여|져)\s*(?:봤|보고|봐도|보았)/g,
  // Help the customer already read or asked: the FAQ, help center, notices, the chatbot.
  /(?:FAQ|faq|자주\s*묻는|도움말|고객센터\s*글|공지(?:사항)?|가이드|이용\s*안내)[^.!?\n]{0,12}?(?:읽|봤|보고|확인했|확인해|찾아)/g,
  /(?:챗봇|상담봇|AI\s*상담|자동\s*상담)[^.!?\n]{0,8}?(?:물어|물었|문의|대화|모른다|답|얘기|이야기|채팅|말해|말했|상담했)/g,
  // Support already contacted: "고객센터에 전화도 했는데", "상담원한테 문의했는데".
  /(?:고객센터|상담원|상담사|콜센터|1:1\s*문의)[^.!?\n]{0,8}?(?:전화|문의|연락|메일|채팅)[가-힣\s]{0,3}?(?:했|해\s*봤|해봤|드렸|넣었)/g,
  /(?:새로고침|로그아웃|재로그인|재제출|재신청|재업로드|재부팅|재설치)[가-힣\s]{0,10}?(?:했|해\s*봤|하고|했다가|까지)/g,
  /(?:다시)\s*(?:찍|올리|올려|제출|신청|시도|깔|설치|로그인)[가-힣]{0,6}?(?:했|봤|어서|아서|았|었)/g,
  /(?:지웠|삭제했|껐|로그아웃했)다가?\s*(?:다시|재)/g,
  /이미[^.!?\n]{0,20}?(?:했|봤|완료)/g,
  // "껐다 켜봤는데", "다시 켜봤어요": the Korean way of saying restarted.
  /껐다\s*(?:가\s*)?(?:다시\s*)?켜|켜\s*봤/g,
  // "바로 비밀번호 변경했고": the customer's own action; "누가 비밀번호를 변경했어요" (someone else) has no such adverb.
  /(?:제가|바로|곧바로|즉시|일단|먼저|급하게)\s*[^.!?\n]{0,15}?(?:(?:변경|바꿔|재설정|잠금)\s*(?:했|해|처리)|바꿨|바꿔\s*놨)/g,
  // Any 재- action done, often more than once: "재촬영 몇 번 했는데도", "재인증 해봤어요".
  /(?<![가-힣])재[가-힣]{1,2}\s*(?:를|을|도|는)?\s*(?:까지\s*)?(?:(?:한|두|세|몇|여러)\s*번\s*)?(?:했|해\s*봤)/g,
  /(?:재설치|재부팅|재시작|재로그인|재설정|재연결|재발급|캐시\s*삭제|업데이트)\s*(?:를|을|도|는)?\s*(?:까지\s*)?(?:(?:한|두|세|몇|여러)\s*번\s*)?했/g,
  /(?:껐다|끄고)\s*(?:다시\s*)?켜/g,
  /已经?[^，。！？\n]{0,10}?(?:重置|重装|重启|清除|清理|清空|加|换|更新|卸载|修改|改|设置|联系|提交|绑定|试|尝试|降|调|关闭|删除|刷新|同步|校准)/g,
  // "换了" needs what was changed after it: "换了浏览器" is a fix, "手机换了" (the phone changed) is the situation.
  /(?:重装|重新安装|重新下载|删了重|删了|重启|重新启动|重新登录|退出重新登录|清除缓存|清理缓存|清了缓存|重置|卸载|重新试|重试|再试|换了(?=[^\s，。！？,.!?\n])|换成|试过|试了|尝试过|升级了|更新到|更新了|关了又开|重新填|重新提交|又提交)/g,
  // Help already read or asked: 常见问题, 帮助中心, 公告, the chatbot or the online service.
  /(?:看了|看过|查了|读了|翻了)[^，。！？\n]{0,6}?(?:常见问题|帮助|FAQ|faq|公告|教程|文章|说明)/g,
  /(?:问了|问过|咨询了|咨询过|联系了|联系过)[^，。！？\n]{0,6}?(?:客服|机器人|智能|在线)/g,
  // The help or the bot named first: "常见问题我都看过了", "客服机器人我也问过了", "FAQ和公告都翻过了".
  /(?:常见问题|帮助中心|帮助文档|FAQ|faq|公告|教程|客服|机器人|智能客服|在线客服)[^，。！？\n]{0,8}?(?:看过|看了|查过|查了|读过|翻过|翻了|问过|问了|咨询过|联系过)/g,
  // Done again, often several times: "重新扫码了好几次", "试了好几次".
  /重新[一-龥]{1,4}?(?:了|过)|(?:试|弄|刷|扫|点|提交)了(?:好几|几|很多|多|两|三)(?:次|遍)/g,
  /(?:马上|立刻|赶紧|立即)[^，。！？\n]{0,4}?(?:改|修改|重置|冻结)/g,
];

const negation =
  /\b(?:not|never|haven't|hasn't|didn't|don't|no)\b|n't\b|아무것도|아직\s*안|안\s*$|못\s*$|没有?|还没|未|不/i;

// A question or a plan is not an attempt: "should I try logging in again?", "要不要清一下缓存？", "해봐야 하나요?".
const question =
  /\b(?:should|shall|can|could|do|would|must)\s+I\b|\bnot sure (?:if|whether)\b|\bhow (?:do|can|to)\b|要不要|需要.{0,4}吗|怎么|如何|할까요|하나요|해야|어떻게/i;

// Text inside quotes is what the app said ("系统繁忙，请稍后再试"), and 请 asks the reader to do it: neither is
// something the customer did.
function quotedOrRequested(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const opened = (before.match(/[「『“]/g) ?? []).length;
  const closed = (before.match(/[」』”]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opened > closed || straight % 2 === 1 || /请\s*(?:稍后)?\s*$/.test(before);
}

function isAffirmed(text: string, match: RegExpExecArray): boolean {
  if (quotedOrRequested(text, match.index)) {
    return false;
  }
  const { before, after } = clauseAround(text, match.index, match[0].length);
  const sentenceEnd = text.slice(match.index).search(/[.!。！\n]|[?？]/u);
  const endsInQuestion =
    sentenceEnd >= 0 &&
    /[?？]/u.test(text.charAt(match.index + sentenceEnd)) &&
    question.test(before + after);
  if (question.test(before) || endsInQuestion) {
    return false;
  }
  return (
    !negation.test(before) &&
    !/(?:아무것도|안\s|못\s)[^\s]*\s*$/.test(before + match[0].slice(0, 0)) &&
    !/(?:^|\s)안\s*(?:해|어)?\s*봤/.test(match[0])
  );
}

/** The first attempted solution described in `text`, or null. */
export function findAttemptedSolutions(text: string): Finding | null {
  return earliest(patterns.map((pattern) => firstMatch(text, pattern, (match) => isAffirmed(text, match))));
}

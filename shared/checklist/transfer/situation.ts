import { clauseAround, firstMatch } from '../extract/finding';
import { findTransactionId } from '../extract/transaction-id';
import { depositWords, withdrawalWords } from './lexicon';

/**
 * The situation of a deposit or withdrawal ticket, which decides what the checklist asks for:
 * - `wrong_network`: sent over a chain the exchange does not credit on that address;
 * - `withdrawal_pending`: the withdrawal is still being processed or reviewed, so no TxID exists yet;
 * - `withdrawal_not_received`: the withdrawal went out but the receiving side has not got it;
 * - `deposit_not_credited`: a deposit has not reached the account.
 */
export const checklistSituations = [
  'wrong_network',
  'withdrawal_pending',
  'withdrawal_not_received',
  'deposit_not_credited',
] as const;
/** One of `checklistSituations`. */
export type ChecklistSituation = (typeof checklistSituations)[number];

const wrongNetwork =
  /wrong\s*(?:network|chain|blockchain)|(?:network|chain)\s*(?:was\s*)?wrong|different\s*(?:network|chain)|(?:네트워크|체인)(?:를|을)?\s*(?:잘못|다르게|착각)|잘못된\s*(?:네트워크|체인)|다른\s*(?:네트워크|체인)으로|(?:选错|转错|充错|提错|用错|走错)(?:了)?\s*(?:网络|链|主网)|(?:网络|链)(?:选|填|用)?错|错(?:误的)?(?:网络|链)/i;
const pending =
  /pending|processing|in\s*progress|under\s*review|being\s*reviewed|on\s*hold|stuck|awaiting|not\s*(?:yet\s*)?(?:processed|approved|sent)|처리\s*중|진행\s*중|대기|심사\s*중|검토\s*중|보류|승인\s*(?:대기|안|이\s*안)|묶여|멈춰|审核中|审核|处理中|等待|待处理|卡住|卡在|一直在|还没(?:有)?(?:处理|审核|发出|通过)/i;
const completed =
  /complete|completed|successful|success|sent|went\s*through|shows?\s*done|완료|성공|전송\s*됐|전송되었|출금\s*됐|已完成|成功|已发出|已提|显示完成/i;
const notArrived =
  /(?:not|never|hasn'?t|haven'?t|didn'?t|did\s*not|has\s*not|have\s*not)\s*(?:yet\s*)?(?:been\s*)?(?:arrived?|received?|credited|reflected|shown\s*up|show(?:n|ed)?\s*up|come|got|reached)|missing|still\s*(?:zero|0)|안\s*(?:들어|왔|와|보|뜨|됐|되)|들어오지|도착하지|도착\s*안|반영(?:이)?\s*(?:안|되지|이\s*안)|입금(?:이)?\s*안|못\s*받|받지\s*못|안\s*받|没(?:有)?(?:到账|到|收到|显示|入账)|未(?:到账|到|收到|入账)|不到账|还没到|没见到/i;

function mentions(text: string, words: string): number | null {
  return firstMatch(text, new RegExp(words, 'gi'))?.index ?? null;
}

/**
 * The situation `texts` (the customer's side, oldest first) describe, or null when they describe none of
 * them. The first text that names one decides; within a text the wrong network wins (it is the most
 * specific), then a pending withdrawal, then a withdrawal not received, then a deposit not credited.
 */
export function detectSituation(texts: readonly string[]): ChecklistSituation | null {
  for (const text of texts) {
    const situation = situationOf(text);
    if (situation !== null) {
      return situation;
    }
  }
  return null;
}

function situationOf(text: string): ChecklistSituation | null {
  if (wrongNetwork.test(text)) {
    return 'wrong_network';
  }
  const withdrawal = mentions(text, withdrawalWords);
  const deposit = mentions(text, depositWords);
  if (withdrawal !== null && (deposit === null || withdrawal <= deposit || !notArrived.test(text))) {
    if (pending.test(text) && !completed.test(text)) {
      return 'withdrawal_pending';
    }
    if (notArrived.test(text) || completed.test(text)) {
      return 'withdrawal_not_received';
    }
    if (pending.test(text)) {
      return 'withdrawal_pending';
    }
  }
  if (deposit !== null && notArrived.test(text)) {
    return 'deposit_not_credited';
  }
  return null;
}

const hashWords =
  /tx\s*hash|txn?\s*id|transaction\s*(?:hash|id)|\bhash\b|트랜잭션\s*(?:해시|아이디|ID)?|해시|TXID|交易(?:哈希|ID|号)|哈希值?|TxID/gi;
const negation = /\b(?:no|not|none)\b|n't\b|없|안\s*(?:나|뜨|생|보)|않|没|未|无|暂无|尚无/i;
const notYet = /\byet\b|아직|还|尚|暂|generated|created|issued|assigned|생성|발급|生成|产生|出来/i;
// Not knowing where to find a hash is a different thing: the hash exists.
const lookingFor = /\b(?:where|how|find)\b|어디|어떻게|찾|哪里|哪儿|怎么|找/i;

/**
 * Where the customer says the transaction has no hash yet ("there is no tx hash yet", "TXID가 아직
 * 없어요", "还没有哈希"): the clause saying so, or null. Not knowing where to find a hash is not this, and
 * a clause that holds a hash is not either.
 */
export function findNoHashYet(texts: readonly string[]): { evidence: string } | null {
  for (const text of texts) {
    const found = firstMatch(text, hashWords, (match) => {
      const clause = clauseAround(text, match.index, match[0].length);
      const whole = `${clause.before}${match[0]}${clause.after}`;
      return (
        whole.length <= 120 &&
        negation.test(whole) &&
        notYet.test(whole) &&
        !lookingFor.test(whole) &&
        findTransactionId(whole) === null
      );
    });
    if (found !== null) {
      const clause = clauseAround(text, found.index, found.evidence.length);
      return { evidence: `${clause.before}${found.evidence}${clause.after}`.trim() };
    }
  }
  return null;
}

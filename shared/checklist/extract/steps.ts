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
  /\b(?:first|then|after that|afterwards)\b[^.!?\n]{0,40}?\bthen\b/gi,
  /\b(?:when|after|once|whenever)\s+I\s+(?:click|tap|press|hit|select|submit|confirm)\w*/gi,
  /(?:눌렀|누르|눌러|클릭|터치|탭|선택|입력)[가-힣]{0,3}?(?:더니|니까|면|도\s|고\s*나서|고\s)/g,
  /먼저[^.!?\n]{0,40}?(?:그다음|그 다음|다음에|그리고 나서|그러고 나서)/g,
  /(?:点击|点了|点一下|按了|按下|选择了?|输入了?)[^，。！？\n]{0,15}?(?:后|之后|以后|时候?|就)/g,
  /(?:先|首先)[^。！？\n]{0,40}?(?:然后|再|接着|之后)/g,
  // Arrow chains of at least three screens: "打开App→点击现货→选择BTC/USDT", "Wallet -> Withdraw -> Confirm".
  /[^\s→>]{1,30}\s*(?:→|->|=>)\s*[^→\n]{1,30}?\s*(?:→|->|=>)\s*\S/g,
];

/** The first description of steps in `text`, or null. */
export function findSteps(text: string): Finding | null {
  return earliest(
    patterns.map((pattern) =>
      firstMatch(text, pattern, (match) => !negationBefore.test(clauseAround(text, match.index, 0).before)),
    ),
  );
}

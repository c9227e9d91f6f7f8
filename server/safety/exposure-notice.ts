import type { MarkerLanguage, SecretKind } from '../../shared/safety/secrets';
import { isFundsSecret } from './mask-incoming';

/**
 * The message a customer gets, automatically and in their ticket's language, when they sent a seed phrase
 * or a private key: the secret was removed, whoever saw it can take the funds, move them to a new wallet
 * now, and the exchange never asks for it. Posted as a public reply signed by the service, not an agent.
 */

/** The author name the notice is signed with, per language. */
const noticeAuthors: Record<MarkerLanguage, string> = {
  en: 'Security notice',
  ko: '보안 안내',
  zh: '安全提示',
};

const noticeBodies: Record<MarkerLanguage, Record<'seed_phrase' | 'private_key', string>> = {
  en: {
    seed_phrase:
      'For your safety we removed the recovery (seed) phrase from your message; it was not stored. ' +
      'Anyone who has seen those words can take the funds in that wallet. Move your funds to a new wallet ' +
      'with a new recovery phrase now. We will never ask for your recovery phrase, private key, password ' +
      'or verification codes.',
    private_key:
      'For your safety we removed the private key from your message; it was not stored. Anyone who has ' +
      'seen that key can take the funds it controls. Move your funds to a new wallet now. We will never ask ' +
      'for your private key, recovery phrase, password or verification codes.',
  },
  ko: {
    seed_phrase:
      '고객님의 안전을 위해 메시지에서 복구 문구(시드 문구)를 삭제했으며 저장하지 않았습니다. 이 단어들을 본 ' +
      '사람은 누구나 해당 지갑의 자산을 가져갈 수 있습니다. 지금 바로 새 복구 문구로 만든 새 지갑으로 자산을 ' +
      '옮기세요. 저희는 복구 문구, 개인키, 비밀번호, 인증번호를 절대 요청하지 않습니다.',
    private_key:
      '고객님의 안전을 위해 메시지에서 개인키를 삭제했으며 저장하지 않았습니다. 이 키를 본 사람은 누구나 해당 ' +
      '자산을 가져갈 수 있습니다. 지금 바로 새 지갑으로 자산을 옮기세요. 저희는 개인키, 복구 문구, 비밀번호, ' +
      '인증번호를 절대 요청하지 않습니다.',
  },
  zh: {
    seed_phrase:
      '为了您的安全，我们已从您的消息中删除助记词，且未保存。任何看到这些单词的人都可以转走该钱包中的资产。' +
      '请立即将资产转移到使用新助记词创建的新钱包。我们绝不会向您索要助记词、私钥、密码或验证码。',
    private_key:
      '为了您的安全，我们已从您的消息中删除私钥，且未保存。任何看到该私钥的人都可以转走其控制的资产。' +
      '请立即将资产转移到新钱包。我们绝不会向您索要私钥、助记词、密码或验证码。',
  },
};

/** An automatic public reply: who signs it and what it says. */
export interface ExposureNotice {
  authorName: string;
  body: string;
}

/** The automatic notice to post after a message in which `kinds` were masked, or null when none is due. */
export function exposureNotice(
  kinds: readonly SecretKind[],
  language: MarkerLanguage,
): ExposureNotice | null {
  const funds = kinds.filter(isFundsSecret);
  if (funds.length === 0) {
    return null;
  }
  // A seed phrase covers every key of the wallet: its notice says the most.
  const kind = funds.includes('seed_phrase') ? 'seed_phrase' : 'private_key';
  return { authorName: noticeAuthors[language], body: noticeBodies[language][kind] };
}

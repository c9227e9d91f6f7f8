import type { SupportedLanguage } from '../domain/vocabulary';

/**
 * The texts of the service's outbound mail: the acknowledgement a new ticket gets, the separator line above
 * which the customer writes, and the subject of a reply. The acknowledgement says what the team's help
 * center promises: an answer within 24 hours, no need to write again, and that support never asks for
 * passwords, private keys, seed phrases, API keys or one-time codes.
 */

/** The line our outbound mail starts with; everything from it down in a reply is the quoted mail. */
export const replySeparatorMarker = '##-';

const separatorTexts: Record<SupportedLanguage, string> = {
  en: 'Please type your reply above this line',
  ko: '이 줄 위에 답장을 작성해 주세요',
  zh: '请在此行上方回复',
};

/** The separator line in `language`: `##- … -##`. */
export function replySeparatorLine(language: SupportedLanguage): string {
  return `${replySeparatorMarker} ${separatorTexts[language]} -##`;
}

/** The subject of a mail about ticket `number`: `[#number] subject`, without piling up `Re:` prefixes. */
export function ticketMailSubject(number: number, subject: string): string {
  const tag = `[#${number}]`;
  const cleaned = subject
    .replace(/\[#\d+\]/g, '')
    .replace(/^(\s*(re|fw|fwd|aw|sv|답장|回复|回覆|답변)\s*[:：]\s*)+/i, '')
    .trim();
  return `${tag} ${cleaned === '' ? '…' : cleaned}`.slice(0, 500);
}

/** What an acknowledgement is built from. */
export interface AcknowledgementInput {
  language: SupportedLanguage;
  ticketNumber: number;
  /** The customer's subject. */
  subject: string;
  /**
   * Paragraphs added before the closing (for example an announcement the ticket's problem matches: the help
   * center work adds them). Already in `language`.
   */
  extraParagraphs?: readonly string[];
}

/** A mail's subject and plain text. */
export interface MailText {
  subject: string;
  text: string;
}

interface AcknowledgementWords {
  subject: string;
  greeting: string;
  received: (number: number) => string;
  answer: string;
  noResubmit: (number: number) => string;
  neverAsk: string;
  closing: string;
}

const words: Record<SupportedLanguage, AcknowledgementWords> = {
  en: {
    subject: 'We received your request',
    greeting: 'Hello,',
    received: (number) => `We received your request. Your ticket number is #${number}.`,
    answer: 'A support agent will answer within 24 hours.',
    noResubmit: (number) =>
      `Please do not submit the same request again: to add anything, reply to this e-mail and keep [#${number}] in the subject.`,
    neverAsk:
      'Support will never ask for your password, private keys, seed phrase (recovery words), API keys or one-time (2FA) codes. Never send them to anyone.',
    closing: 'Customer Support',
  },
  ko: {
    subject: '문의가 접수되었습니다',
    greeting: '안녕하세요.',
    received: (number) => `문의가 접수되었습니다. 티켓 번호는 #${number}입니다.`,
    answer: '상담원이 24시간 이내에 답변드리겠습니다.',
    noResubmit: (number) =>
      `같은 문의를 다시 접수하지 마세요. 추가로 전달하실 내용은 제목의 [#${number}]를 그대로 두고 이 메일에 회신해 주세요.`,
    neverAsk:
      '고객센터는 비밀번호, 개인키, 시드 문구(복구 단어), API 키, 일회용 인증번호(OTP)를 절대 요청하지 않습니다. 누구에게도 알려주지 마세요.',
    closing: '고객센터 드림',
  },
  zh: {
    subject: '我们已收到您的请求',
    greeting: '您好，',
    received: (number) => `我们已收到您的请求，工单编号为 #${number}。`,
    answer: '客服人员将在 24 小时内回复您。',
    noResubmit: (number) =>
      `请不要重复提交相同的请求：如需补充，请直接回复此邮件，并保留主题中的 [#${number}]。`,
    neverAsk: '客服绝不会向您索要密码、私钥、助记词、API 密钥或一次性验证码（2FA）。请勿向任何人提供。',
    closing: '客户支持团队',
  },
};

/**
 * The acknowledgement of a new ticket in the customer's language: subject `[#number] <received> : <their
 * subject>`, and a text with the ticket number, the 24-hour answer, the request not to resubmit, the warning
 * that support never asks for secrets, and any `extraParagraphs`. Pure: the caller sends it.
 */
export function buildAcknowledgement(input: AcknowledgementInput): MailText {
  const text = words[input.language];
  const paragraphs = [
    replySeparatorLine(input.language),
    text.greeting,
    text.received(input.ticketNumber),
    text.answer,
    text.noResubmit(input.ticketNumber),
    ...(input.extraParagraphs ?? []),
    text.neverAsk,
    text.closing,
  ];
  return {
    subject: ticketMailSubject(input.ticketNumber, `${text.subject}: ${input.subject}`),
    text: `${paragraphs.join('\n\n')}\n`,
  };
}

const announcementTexts: Record<SupportedLanguage, (title: string) => string> = {
  en: (title) =>
    `Your request may be about a known issue we are working on: "${title}". We will update you here.`,
  ko: (title) =>
    `현재 확인 중인 문제와 관련된 문의일 수 있습니다: "${title}". 진행 상황을 이 메일로 알려드리겠습니다.`,
  zh: (title) => `您的问题可能与我们正在处理的已知问题有关：“${title}”。我们会通过此邮件通知您进展。`,
};

/** The paragraph naming a live announcement a new ticket matches (for `extraParagraphs`). */
export function announcementParagraph(language: SupportedLanguage, title: string): string {
  return announcementTexts[language](title);
}

/** The text of an agent's reply as mailed: the separator line, then the reply as the agent wrote it. */
export function replyMailText(language: SupportedLanguage, body: string): string {
  return `${replySeparatorLine(language)}\n\n${body}\n`;
}

/** The language a ticket's mail is written in: its detected language when supported, else English. */
export function mailLanguage(language: string | null | undefined): SupportedLanguage {
  return language === 'ko' || language === 'zh' ? language : 'en';
}

/** Whether another acknowledgement may go to a sender who was acknowledged at `recentTimes` (ms). */
export function mayAcknowledge(
  recentTimes: readonly number[],
  now: number,
  policy: { max: number; windowMs: number } = acknowledgementLimit,
): boolean {
  return recentTimes.filter((time) => now - time < policy.windowMs).length < policy.max;
}

/** At most 3 acknowledgements per sender per hour: a loop with a misbehaving responder stays short. */
export const acknowledgementLimit = { max: 3, windowMs: 60 * 60 * 1000 } as const;

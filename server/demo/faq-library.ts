import type { FaqReplyInput } from '../../shared/domain/faq-schemas';
import { accountReplies } from './faq-library-account';
import { demoFaqInput } from './faq-library-compose';
import { fundsReplies } from './faq-library-funds';
import { moreReplies } from './faq-library-more';
import { tradingReplies } from './faq-library-trading';

/** The demo FAQ library: realistic exchange-support replies, each in Korean, English and Chinese. */
export function demoFaqLibrary(): FaqReplyInput[] {
  return [...fundsReplies, ...accountReplies, ...tradingReplies, ...moreReplies].map(demoFaqInput);
}

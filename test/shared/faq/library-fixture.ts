import { faqReplyInputSchema, type FaqReply } from '../../../shared/domain/faq-schemas';
import { demoFaqLibrary } from '../../../server/demo/faq-library';

/** The demo library as stored replies (ids `reply-0`…), for search and ranking tests. */
export function demoReplies(): FaqReply[] {
  return demoFaqLibrary().map((input, index) => ({
    ...faqReplyInputSchema.parse(input),
    id: `reply-${index}`,
    usage_count: 0,
    usage_by_category: {},
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    version: 1,
  }));
}

export function titleOf(reply: FaqReply, language = 'en'): string {
  return reply.variants.find((variant) => variant.language === language)?.title ?? '';
}

import { faqReplyInputSchema } from '../../shared/domain/faq-schemas';
import { demoFaqLibrary } from '../demo/faq-library';
import type { SqlExecutor } from '../storage/database';
import { insertFaqReply } from '../storage/faq-replies';

/** Stores the demo FAQ library inside the demo load's transaction (a new database: nothing to announce). */
export async function loadDemoFaqLibrary(transaction: SqlExecutor): Promise<number> {
  const inputs = demoFaqLibrary();
  for (const input of inputs) {
    await insertFaqReply(transaction, faqReplyInputSchema.parse(input));
  }
  return inputs.length;
}

import type { TicketDetail } from '../../../shared/domain/schemas';
import type { PlaceholderValues } from '../../../shared/faq/placeholders';

/** The values `{{customer.*}}`, `{{ticket.*}}` and `{{agent.*}}` placeholders take on this ticket. */
export function placeholderValuesFor(
  ticket: Pick<TicketDetail, 'number' | 'subject' | 'category' | 'requester'>,
  agentName: string,
  prompts: Record<string, string>,
): PlaceholderValues {
  return {
    customer: { name: ticket.requester.name, email: ticket.requester.email },
    ticket: { number: ticket.number, subject: ticket.subject, category: ticket.category },
    agent: { name: agentName },
    // An empty input is not a value: the placeholder stays unfilled (and blocks sending).
    prompts: Object.fromEntries(Object.entries(prompts).filter(([, value]) => value.trim().length > 0)),
  };
}

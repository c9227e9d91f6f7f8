import { ticketDetailSchema, type TicketDetail } from '../../../shared/domain/schemas';
import { ticketMailSchema, type TicketMail } from '../../../shared/mail/wire-schemas';
import type { TestService } from '../helpers/service';
import { deliver } from './mail-harness';

/** Reads the service the way an agent's console does, for the mail tests. */
export interface MailTestClient {
  /** Delivers a raw mail to the service's SMTP intake from `from`. */
  send(raw: Buffer | string, from: string): Promise<void>;
  /** The ticket numbered `number`, or null. */
  ticketByNumber(number: number): Promise<TicketDetail | null>;
  ticket(id: string): Promise<TicketDetail>;
  mail(ticketId: string): Promise<TicketMail>;
  /** How many tickets the service holds. */
  ticketCount(): Promise<number>;
}

/** A client for `service` (started with the SMTP intake on). */
export function mailTestClient(service: TestService): MailTestClient {
  const ticket = async (id: string): Promise<TicketDetail> => {
    const answer = await service.request('GET', `/api/tickets/${id}`);
    if (answer.status !== 200) {
      throw new Error(`GET /api/tickets/${id}: ${answer.status} ${answer.text}`);
    }
    return ticketDetailSchema.parse(answer.body);
  };
  return {
    send: (raw, from) => deliver(service.service.smtpPort ?? 0, raw, { from, to: ['help@exchange.test'] }),
    ticketByNumber: async (number) => {
      const answer = await service.request('GET', `/api/tickets/${number}`);
      return answer.status === 200 ? ticketDetailSchema.parse(answer.body) : null;
    },
    ticket,
    mail: async (ticketId) =>
      ticketMailSchema.parse((await service.request('GET', `/api/tickets/${ticketId}/mail`)).body),
    ticketCount: async () => {
      const answer = await service.request('GET', '/api/tickets?limit=1');
      return (answer.body as { total: number }).total;
    },
  };
}

import { z } from 'zod';
import { ticketChannels } from '../domain/vocabulary';

/** SPF, DKIM and DMARC results of a received mail (server/mail/authenticity.ts). */
export const senderAuthenticationSchema = z.object({
  spf: z.string(),
  dkim: z.string(),
  dmarc: z.string(),
  from_domain: z.string().nullable(),
  /** DMARC failed: shown as "unverified sender". Mail never verifies a requester either way. */
  unverified_sender: z.boolean(),
  summary: z.string(),
});
export type SenderAuthenticationView = z.infer<typeof senderAuthenticationSchema>;

/** A mail received for a ticket: the opening mail (`message_id` null) or a customer message's. */
export const inboundMailSchema = z.object({
  id: z.string(),
  message_id: z.string().nullable(),
  sender: z.string().nullable(),
  subject: z.string().nullable(),
  cc: z.array(z.string()),
  authentication: senderAuthenticationSchema.nullable(),
  outcome: z.string().nullable(),
  notes: z.array(z.string()),
  is_raw_masked: z.boolean(),
  received_at: z.string(),
});
export type InboundMailView = z.infer<typeof inboundMailSchema>;

/** Delivery states of outbound mail; `failed` and `bounced` read "not delivered" in the console. */
export const deliveryStates = ['queued', 'sending', 'sent', 'failed', 'bounced'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/** A mail the service sent or is sending for a ticket: an acknowledgement or an agent's reply. */
export const outboundMailSchema = z.object({
  id: z.string(),
  /** The agent's reply it carries; null for an acknowledgement. */
  message_id: z.string().nullable(),
  kind: z.enum(['acknowledgement', 'reply']),
  recipient: z.string(),
  cc: z.array(z.string()),
  state: z.enum(deliveryStates),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
});
export type OutboundMailView = z.infer<typeof outboundMailSchema>;

/** `GET /api/tickets/:id/mail`: the ticket's e-mail side. */
export const ticketMailSchema = z.object({
  channel: z.enum(ticketChannels),
  addresses: z.array(
    z.object({
      address: z.string(),
      role: z.enum(['requester', 'cc']),
      is_failing: z.boolean(),
      failure: z.string().nullable(),
    }),
  ),
  inbound: z.array(inboundMailSchema),
  outbound: z.array(outboundMailSchema),
});
export type TicketMail = z.infer<typeof ticketMailSchema>;

/** `GET /api/mail/inbound/:id/original`: the mail as received (masked when it held a secret). */
export const originalMailSchema = z.object({
  id: z.string(),
  original: z.string(),
  is_raw_masked: z.boolean(),
});
export type OriginalMail = z.infer<typeof originalMailSchema>;

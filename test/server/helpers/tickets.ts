import type { IntakeRequest } from '../../../shared/domain/schemas';
import type { BulkTicket } from '../../../server/storage/bulk-tickets';
import type { NewTicket } from '../../../server/storage/ticket-writes';
import { bulkTicketFromRecord } from '../../../server/tickets/import';
import { prepareIntake } from '../../../server/tickets/intake';

/** An intake ticket ready to store, as the intake route would prepare it. */
export function newTicket(overrides: Partial<IntakeRequest> = {}): NewTicket {
  return prepareIntake(
    {
      requester: { email: 'kim@example.com', name: 'Kim', locale: 'ko' },
      subject: '출금 지연',
      body: 'XRP 출금이 아직 안 왔어요.',
      ...overrides,
    },
    [],
  );
}

/** A historical ticket ready to bulk-insert. */
export function importedTicket(
  externalId: string,
  overrides: Partial<Parameters<typeof bulkTicketFromRecord>[0]> = {},
): BulkTicket {
  return bulkTicketFromRecord({
    external_id: externalId,
    requester: { email: `${externalId}@example.com` },
    subject: `old ticket ${externalId}`,
    body: 'history',
    category: 'deposit_withdrawal',
    status: 'solved',
    created_at: '2025-01-01T00:00:00Z',
    ...overrides,
  });
}

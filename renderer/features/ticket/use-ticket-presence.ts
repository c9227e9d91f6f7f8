import type { PresenceEntry } from '../../../shared/domain/workflow-schemas';
import { useReportPresence, useTicketViewers } from '../../live/presence';

/**
 * Reports this agent on `ticketId` (typing or not) and returns the other agents on it. The ticket pane is
 * the one component per window that reports: the service keeps one presence per connection.
 */
export function useTicketPresence(ticketId: string, typing: boolean): readonly PresenceEntry[] {
  useReportPresence(ticketId, typing);
  return useTicketViewers(ticketId);
}

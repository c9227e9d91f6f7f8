import type { ReactElement } from 'react';
import type { TicketStatus } from '../../shared/domain/vocabulary';

/** A ticket status as a colored pill (colors in theme/tokens.css); `label` is the translated status. */
export function StatusPill({ status, label }: { status: TicketStatus; label: string }): ReactElement {
  return <span className={`pill pill--status-${status}`}>{label}</span>;
}

import type { ReactElement } from 'react';
import type { TicketPriority } from '../../shared/domain/vocabulary';

/** A ticket priority as signal bars and its translated `label`; urgent shows in red. */
export function PriorityLabel({
  priority,
  label,
}: {
  priority: TicketPriority;
  label: string;
}): ReactElement {
  return (
    <span className={`priority priority--${priority}`}>
      <span className="priority__bars" aria-hidden="true">
        <span className="priority__bar" />
        <span className="priority__bar" />
        <span className="priority__bar" />
      </span>
      {label}
    </span>
  );
}

import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../../shared/domain/workflow-schemas';
import { initialsOf } from '../layout/TopBar';

/**
 * Who else is on this ticket, on its header: avatars and "Minji is viewing" / "Wei is typing…", so two
 * agents do not answer the same customer at once. The agent's own entry is left out.
 */
export function TicketPresence({
  viewers,
  selfAgentId,
}: {
  viewers: readonly PresenceEntry[];
  selfAgentId: string;
}): ReactElement | null {
  const { t } = useTranslation();
  const others = viewers.filter((viewer) => viewer.agent_id !== selfAgentId);
  if (others.length === 0) {
    return null;
  }
  // Typing agents first: they are about to send something.
  const ordered = [...others].sort((left, right) => Number(right.typing) - Number(left.typing));
  return (
    <ul className="ticket-presence" data-testid="ticket-presence" aria-label={t('ticket.presence.label')}>
      {ordered.map((viewer) => (
        <li
          key={viewer.agent_id}
          className={`ticket-presence__agent${viewer.typing ? ' ticket-presence__agent--typing' : ''}`}
          data-agent-name={viewer.agent_name}
          data-typing={String(viewer.typing)}
        >
          <span className="avatar avatar--small" aria-hidden="true">
            {initialsOf(viewer.agent_name)}
          </span>
          <span className="ticket-presence__text">
            {viewer.typing
              ? t('ticket.presence.typing', { name: viewer.agent_name })
              : t('ticket.presence.viewing', { name: viewer.agent_name })}
          </span>
        </li>
      ))}
    </ul>
  );
}

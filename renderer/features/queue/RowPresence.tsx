import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../../shared/domain/workflow-schemas';
import { initialsOf } from '../layout/TopBar';

/** Avatars shown per row before the rest collapse into "+n" (rows are 34 px high and narrow). */
const shownAvatars = 2;

/** Who else has a ticket open, as small initials avatars; a typing agent's avatar pulses. */
export function RowPresence({ viewers }: { viewers: readonly PresenceEntry[] }): ReactElement {
  const { t } = useTranslation();
  const names = viewers
    .map((viewer) =>
      viewer.typing ? t('queue.presence.typingName', { name: viewer.agent_name }) : viewer.agent_name,
    )
    .join(', ');
  const isTyping = viewers.some((viewer) => viewer.typing);
  return (
    <span
      className="queue-presence"
      data-testid="row-presence"
      data-typing={isTyping}
      title={t('queue.presence.viewing', { names })}
      aria-label={t('queue.presence.viewing', { names })}
    >
      {viewers.slice(0, shownAvatars).map((viewer) => (
        <span
          key={viewer.agent_id}
          className={`queue-presence__avatar${viewer.typing ? ' queue-presence__avatar--typing' : ''}`}
          aria-hidden="true"
        >
          {initialsOf(viewer.agent_name)}
        </span>
      ))}
      {viewers.length > shownAvatars ? (
        <span className="queue-presence__more" aria-hidden="true">
          +{viewers.length - shownAvatars}
        </span>
      ) : null}
    </span>
  );
}

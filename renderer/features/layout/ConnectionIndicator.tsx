import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../live/live-connection';

const hints = {
  connecting: 'connection.reconnectingHint',
  live: 'connection.liveHint',
  reconnecting: 'connection.reconnectingHint',
  offline: 'connection.offlineHint',
} as const;

/** The live link's state as a dot and a word: live, connecting, reconnecting or offline. */
export function ConnectionIndicator({ state }: { state: ConnectionState }): ReactElement {
  const { t } = useTranslation();
  return (
    <span
      className={`connection connection--${state}`}
      data-testid="connection-status"
      data-state={state}
      title={t(hints[state])}
      role="status"
    >
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </span>
  );
}

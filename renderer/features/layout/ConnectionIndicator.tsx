import { useLiveQuery } from 'dexie-react-hooks';
import { useContext, useState, useSyncExternalStore, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry, UpdatableField } from '../../../shared/sync/outbox';
import { ConsoleContext, type ConsoleContextValue } from '../../app/console-context';
import type { ConnectionState } from '../../live/live-connection';
import type { CacheNotices } from '../../sync/cache-notices';
import { outboxErrorText } from '../../sync/outbox-error-text';
import './sync-indicator.css';

const hints = {
  connecting: 'connection.reconnectingHint',
  live: 'connection.liveHint',
  reconnecting: 'connection.reconnectingHint',
  offline: 'connection.offlineHint',
} as const;

/** What the sync indicator shows, most urgent first. */
export type SyncState = 'conflict' | 'failed' | 'syncing' | 'offline' | 'online';

/**
 * The indicator's state from the live link, the first sync and the outbox. A change the service refused
 * (`failed`) outranks being offline or syncing: it will never be sent by waiting, the agent must look at it.
 */
export function syncStateOf(options: {
  connection: ConnectionState;
  isSyncing: boolean;
  conflicts: number;
  failed?: number;
}): SyncState {
  if (options.conflicts > 0) {
    return 'conflict';
  }
  if ((options.failed ?? 0) > 0) {
    return 'failed';
  }
  if (options.connection === 'offline' || options.connection === 'reconnecting') {
    return 'offline';
  }
  return options.isSyncing ? 'syncing' : 'online';
}

const fieldKeys = {
  status: 'sync.fieldStatus',
  priority: 'sync.fieldPriority',
  category: 'sync.fieldCategory',
  assignee_id: 'sync.fieldAssignee',
  tags: 'sync.fieldTags',
} as const satisfies Record<UpdatableField, string>;

/**
 * The live link's state as a dot and a word (live, connecting, reconnecting, offline) and, with the offline
 * cache, the sync state next to it: online, offline (n pending), syncing (progress) or conflict (n). Its
 * popover lists every entry still in the outbox; conflicts offer both values to choose from.
 */
export function ConnectionIndicator({ state }: { state: ConnectionState }): ReactElement {
  const { t } = useTranslation();
  const context = useContext(ConsoleContext);
  return (
    <>
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
      {context?.cache ? <SyncIndicator context={context} connection={state} /> : null}
    </>
  );
}

function SyncIndicator({
  context,
  connection,
}: {
  context: ConsoleContextValue;
  connection: ConnectionState;
}): ReactElement {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const entries = useLiveQuery(
    () => context.cache?.outbox.orderBy('created_at').toArray() ?? [],
    [context.cache],
  );
  const waiting = entries ?? [];
  const pending = waiting.filter((entry) => entry.state === 'pending').length;
  const conflicts = waiting.filter((entry) => entry.state === 'conflict').length;
  const failed = waiting.filter((entry) => entry.state === 'failed').length;
  const { progress, isLoading } = context.load;
  const isBrowserOnline = useSyncExternalStore(subscribeToOnline, () => navigator.onLine);
  const syncState = syncStateOf({
    connection: isBrowserOnline ? connection : 'offline',
    isSyncing: isLoading,
    conflicts,
    failed,
  });
  const label =
    syncState === 'conflict'
      ? t('sync.conflict', { n: String(conflicts) })
      : syncState === 'failed'
        ? t('dayTruth.failed', { count: failed })
        : syncState === 'offline'
          ? t('sync.offline', { n: String(pending) })
          : syncState === 'syncing'
            ? progress?.total
              ? t('sync.syncing', { loaded: String(progress.loaded), total: String(progress.total) })
              : t('sync.syncingUnknown')
            : pending > 0
              ? t('sync.pendingOnline', { n: String(pending) })
              : t('sync.online');
  return (
    <span className="sync-indicator">
      <button
        type="button"
        className={`sync-state sync-state--${syncState}`}
        data-testid="sync-state"
        data-state={syncState}
        aria-expanded={isOpen}
        title={syncState === 'failed' ? t('dayTruth.failedHint') : undefined}
        onClick={() => setIsOpen((open) => !open)}
      >
        {label}
        {syncState === 'failed' ? (
          <span className="sync-state__open" data-testid="sync-failed-open">
            {t('dayTruth.failedOpen')}
          </span>
        ) : null}
        <span data-testid="sync-pending-count" hidden>
          {pending}
        </span>
        {syncState === 'syncing' && progress?.total ? (
          <progress className="sync-state__progress" max={progress.total} value={progress.loaded} />
        ) : null}
      </button>
      {context.cacheNotices ? <CacheNoticeBanner notices={context.cacheNotices} /> : null}
      {isOpen ? <OutboxPanel context={context} entries={waiting} /> : null}
    </span>
  );
}

/** The browser's own idea of being online, which changes before the live socket notices. */
function subscribeToOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

function CacheNoticeBanner({ notices }: { notices: CacheNotices }): ReactElement | null {
  const { t } = useTranslation();
  const notice = useSyncExternalStore(notices.subscribe, notices.get);
  if (!notice) {
    return null;
  }
  return (
    <span className="sync-notice" role="alert" data-testid="cache-notice" data-kind={notice.kind}>
      {notice.kind === 'evicted' ? t('sync.evicted', { n: String(notice.count) }) : t(`sync.${notice.kind}`)}
      {notice.kind === 'reload' ? (
        <button type="button" onClick={() => window.location.reload()}>
          {t('sync.reloadButton')}
        </button>
      ) : (
        <button type="button" onClick={notices.dismiss}>
          {t('sync.dismiss')}
        </button>
      )}
    </span>
  );
}

function OutboxPanel({
  context,
  entries,
}: {
  context: ConsoleContextValue;
  entries: readonly OutboxEntry[];
}): ReactElement {
  const { t } = useTranslation();
  const { outbox, store } = context;
  const numberOf = (ticketId: string): string =>
    String(store.get(ticketId)?.number ?? t('sync.unknownNumber'));
  const describe = (entry: OutboxEntry): string => {
    const { action } = entry;
    switch (action.kind) {
      case 'message':
        return t('sync.actionMessage', { number: numberOf(action.ticket_id) });
      case 'update':
        return t('sync.actionUpdate', { number: numberOf(action.ticket_id) });
      case 'bulk': {
        // One ticket's bulk change (an FAQ reply's follow-up, a bulk bar over one row) names the ticket.
        const [only] = action.body.ticket_ids;
        return action.body.ticket_ids.length === 1 && only !== undefined
          ? t('sync.actionUpdate', { number: numberOf(only) })
          : t('sync.actionBulk', { count: action.body.ticket_ids.length });
      }
      case 'merge':
        return t('sync.actionMerge', { number: numberOf(action.target_id) });
      case 'merge_undo':
        return t('offlineActions.actionMergeUndo', { number: numberOf(action.ticket_ids[0] ?? '') });
      case 'save_view':
        return t('dayTruth.views.action', { name: action.view.name });
      case 'delete_view':
        return t('dayTruth.views.deleteAction', { name: action.name });
    }
  };
  const show = (value: unknown): string =>
    value === null || value === undefined || (Array.isArray(value) && value.length === 0)
      ? t('sync.noValue')
      : Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value);
  const stateLabel = {
    pending: t('sync.statePending'),
    failed: t('sync.stateFailed'),
    conflict: t('sync.stateConflict'),
  };
  return (
    <div className="sync-panel" role="dialog" aria-label={t('sync.panelTitle')} data-testid="sync-panel">
      <h2 className="sync-panel__title">{t('sync.panelTitle')}</h2>
      {entries.length === 0 ? <p>{t('sync.empty')}</p> : null}
      <ul className="sync-panel__list">
        {entries.map((entry) => (
          <li
            key={entry.key}
            className={`sync-entry sync-entry--${entry.state}`}
            data-testid={entry.state === 'conflict' ? 'conflict-item' : 'outbox-item'}
            data-state={entry.state}
          >
            <span className="sync-entry__what">{describe(entry)}</span>
            <span className="sync-entry__state">{stateLabel[entry.state]}</span>
            {entry.error && entry.state !== 'conflict' ? (
              <span className="sync-entry__error">{outboxErrorText(entry.error, { t })}</span>
            ) : null}
            {entry.conflicts.map((conflict) => (
              <span key={conflict.field} className="sync-conflict">
                <span>{t('sync.conflictHelp', { field: t(fieldKeys[conflict.field]) })}</span>
                <button
                  type="button"
                  data-testid="conflict-choose-mine"
                  onClick={() => void outbox?.resolve(entry.key, { [conflict.field]: 'mine' })}
                >
                  {t('sync.chooseMine')} · {t('sync.mine', { value: show(conflict.mine) })}
                </button>
                <button
                  type="button"
                  data-testid="conflict-choose-theirs"
                  onClick={() => void outbox?.resolve(entry.key, { [conflict.field]: 'theirs' })}
                >
                  {t('sync.chooseTheirs')} · {t('sync.theirs', { value: show(conflict.theirs) })}
                </button>
              </span>
            ))}
            {entry.state === 'pending' ? (
              <button type="button" onClick={() => void outbox?.retryNow()}>
                {t('sync.retryNow')}
              </button>
            ) : (
              <button
                type="button"
                data-testid="outbox-discard"
                onClick={() => void outbox?.discard(entry.key)}
              >
                {t('sync.discard')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

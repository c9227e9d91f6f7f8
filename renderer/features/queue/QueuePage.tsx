import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactElement,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../app/console-context';
import { getDesktopApi } from '../../desktop/desktop-bridge';
import { formatCount } from '../../i18n/format';
import { TicketPane } from '../ticket/TicketPane';
import { categoryOptions } from './queue-lookups';
import { defaultQueueSorting, emptyQueueCriteria, type QueueCriteria, type QueueSort } from './queue-model';
import { warmQueueView } from './queue-view';
import { QueuePanel } from './QueuePanel';
import { useQueueKeyboard } from './use-queue-keyboard';
import { useQueueView } from './use-queue-view';

const clockTickMs = 30_000;

/** The queue beside the open ticket (split view), with keyboard navigation and live arrivals. */
export function QueuePage({ isActive }: { isActive: boolean }): ReactElement {
  const { t, i18n } = useTranslation();
  const { store, arrivals, lookups, categories, load } = useConsole();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const recentArrivals = useSyncExternalStore(arrivals.subscribe, arrivals.getSnapshot);
  const [criteria, setCriteria] = useState<QueueCriteria>(emptyQueueCriteria);
  const [sorting, setSorting] = useState<readonly QueueSort[]>(defaultQueueSorting);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const searchRef = useRef<HTMLInputElement | null>(null);

  const rows = useQueueView(snapshot.tickets, criteria, sorting, lookups);
  const filterCategories = useMemo(() => categoryOptions(categories, lookups), [categories, lookups]);

  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), clockTickMs);
    return () => clearInterval(timer);
  }, []);

  // Build search texts and sort keys while the agent reads, so the first search or sort is instant.
  useEffect(() => {
    if (!snapshot.isLoaded) {
      return undefined;
    }
    const tickets = snapshot.tickets;
    const handle = requestIdleCallback(() => warmQueueView(tickets, lookups), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [snapshot, lookups]);

  // Deep links from the desktop shell (support-console://ticket/<number>).
  useEffect(() => {
    const desktop = getDesktopApi();
    return desktop?.onOpenTicket(({ number }) => {
      const ticket = store.findByNumber(number);
      if (ticket) {
        setSelectedId(ticket.id);
        setOpenId(ticket.id);
      }
    });
  }, [store]);

  const onActivate = useCallback((ticketId: string) => {
    setSelectedId(ticketId);
    setOpenId(ticketId);
  }, []);
  const onClose = useCallback(() => setOpenId(null), []);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const onSortingChange = useCallback((next: QueueSort[]) => setSorting(next), []);
  useQueueKeyboard({
    isActive,
    rows,
    selectedId,
    onSelect: setSelectedId,
    onOpen: setOpenId,
    onClose,
    focusSearch,
  });

  const total = snapshot.tickets.length;
  const progress = load.error
    ? t('queue.loadFailed', { message: load.error })
    : load.isLoading
      ? load.progress?.total
        ? t('queue.loadingProgress', {
            loaded: formatCount(load.progress.loaded, i18n.language),
            total: formatCount(load.progress.total, i18n.language),
          })
        : t('queue.loadingStart')
      : null;

  return (
    <div className={`queue-page${openId ? ' queue-page--split' : ''}`}>
      <QueuePanel
        rows={rows}
        total={total}
        lookups={lookups}
        categories={filterCategories}
        criteria={criteria}
        onCriteriaChange={setCriteria}
        sorting={sorting}
        onSortingChange={onSortingChange}
        selectedId={selectedId}
        openId={openId}
        arrivals={recentArrivals}
        onActivate={onActivate}
        nowMs={nowMs}
        progress={progress}
        isLoading={load.isLoading && total === 0}
        isCompact={openId !== null}
        searchRef={searchRef}
      />
      {load.error ? (
        <button type="button" className="button button--small queue-page__retry" onClick={load.retry}>
          {t('queue.retry')}
        </button>
      ) : null}
      {openId ? <TicketPane key={openId} ticketId={openId} onClose={onClose} /> : null}
    </div>
  );
}

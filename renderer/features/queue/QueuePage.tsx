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
import type { Ticket } from '../../../shared/domain/schemas';
import {
  supportedLanguages,
  ticketPriorities,
  type TicketPriority,
  type TicketStatus,
} from '../../../shared/domain/vocabulary';
import type { SavedView, ViewFilters } from '../../../shared/domain/workflow-schemas';
import { allowedNextStatuses } from '../../../shared/tickets/status-machine';
import {
  allViewId,
  builtInViews,
  nextViewId,
  combineViewFilters,
  compileViewFilters,
  savedViewDefinition,
  type QueueViewDefinition,
} from '../../../shared/queue/views';
import { useAgentPreferences } from '../../app/agent-preferences';
import { useConsole } from '../../app/console-context';
import { getDesktopApi } from '../../desktop/desktop-bridge';
import { formatCount } from '../../i18n/format';
import { useViewersByTicket } from '../../live/presence';
import { TicketPane } from '../ticket/TicketPane';
import { BulkBar, type BulkChanges } from './BulkBar';
import { bulkUpdateQueue, updateQueueTicket, type BulkApplyOutcome } from './queue-actions';
import { columnLayoutOf, columnPreferenceOf, sortingOf, type ColumnLayout } from './column-preferences';
import { categoryOptions } from './queue-lookups';
import { describeViewFilters } from './view-filters-summary';
import { emptyQueueCriteria, uncategorized, type QueueCriteria, type QueueSort } from './queue-model';
import { isMacPlatform } from './queue-shortcuts';
import { warmQueueView } from './queue-view';
import { QueuePanel } from './QueuePanel';
import { QuickPicker } from './QuickPicker';
import { ShortcutHelp } from './ShortcutHelp';
import { useQueueKeyboard } from './use-queue-keyboard';
import { useQueueView } from './use-queue-view';
import { useSavedViewChanges } from './use-saved-view-changes';
import { useServiceSearch } from './use-service-search';
import { useViewCounts } from './use-view-counts';
import { useMyWork } from './use-my-work';
import { readInitialLocation, useQueueLocation } from './use-queue-location';
import { ViewsSidebar } from './ViewsSidebar';
import { isWorkView, nextTicketAfterReply, nextTicketId, viewSortingOf, withViewSorting } from './work-views';

const clockTickMs = 30_000;
/** How many animation frames to wait for the opened ticket's composer before giving up on focusing it. */
const composerWaitFrames = 120;

/** The view shown when the selected one is gone (a saved view deleted on another machine). */
const allTicketsView: QueueViewDefinition = { id: allViewId, kind: 'all', filters: {} };

type Picker = { kind: 'status' | 'priority'; ticketId: string } | null;

/** A fresh id for a saved view. */
function newViewId(): string {
  return crypto.randomUUID();
}

/** The queue beside the open ticket (split view), with views, filters, bulk actions and the keyboard. */
export function QueuePage({ isActive }: { isActive: boolean }): ReactElement {
  const { t, i18n } = useTranslation();
  const { api, session, store, arrivals, lookups, agents, categories, load, outbox } = useConsole();
  const agentId = session.agent.id;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const recentArrivals = useSyncExternalStore(arrivals.subscribe, arrivals.getSnapshot);
  const [preferences, changePreferences] = useAgentPreferences();
  const viewers = useViewersByTicket();
  const [criteria, setCriteria] = useState<QueueCriteria>(emptyQueueCriteria);
  const [filters, setFilters] = useState<ViewFilters>({});
  const isBrowser = session.mode === 'browser';
  const [initialLocation] = useState(() => readInitialLocation(isBrowser));
  const myWork = useMyWork();
  // The view the agent chose (or the address named); until then the team's landing view.
  const [chosenViewId, setViewId] = useState<string | null>(initialLocation.viewId);
  const viewId = chosenViewId ?? myWork?.landingViewId ?? nextViewId;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  // A ticket the address names (`/tickets/2942`), opened once the queue holds it.
  const [pendingNumber, setPendingNumber] = useState<number | null>(initialLocation.ticketNumber);
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const [checkAnchor, setCheckAnchor] = useState<string | null>(null);
  const [picker, setPicker] = useState<Picker>(null);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const searchRef = useRef<HTMLInputElement | null>(null);
  const isMac = useMemo(() => isMacPlatform(navigator.platform), []);

  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), clockTickMs);
    return () => clearInterval(timer);
  }, []);

  const filterCategories = useMemo(() => categoryOptions(categories, lookups), [categories, lookups]);
  const savedViews = useMemo(() => preferences.saved_views ?? [], [preferences.saved_views]);
  const views = useMemo<QueueViewDefinition[]>(
    () => [
      ...builtInViews(
        filterCategories.map((category) => category.key),
        myWork?.categories ?? null,
      ),
      ...savedViews.map(savedViewDefinition),
    ],
    [filterCategories, savedViews, myWork],
  );
  const selectedView = views.find((view) => view.id === viewId) ?? allTicketsView;
  // A saved view keeps its own sort and columns, saved with it through the outbox.
  const selectedSavedView = savedViews.find((view) => savedViewDefinition(view).id === selectedView.id);
  const viewChanges = useSavedViewChanges();
  const viewSummary = useMemo(
    () =>
      selectedView.kind === 'saved'
        ? describeViewFilters(selectedView.filters, t, lookups, i18n.language)
        : [],
    [selectedView, t, lookups, i18n.language],
  );
  const counts = useViewCounts(snapshot.tickets, views, agentId, nowMs);

  // The selected view narrowed by the toolbar, compiled once per change (and per clock tick: SLA, "updated").
  const viewFilters = useMemo(
    () => combineViewFilters(selectedView.filters, filters),
    [selectedView.filters, filters],
  );
  // A view's text goes to the search index with the search box's; only the other filters are compiled.
  const match = useMemo(() => {
    const other = { ...viewFilters };
    delete other.text;
    return Object.keys(other).length === 0 ? null : compileViewFilters(other, { agentId, now: nowMs });
  }, [viewFilters, agentId, nowMs]);
  const serviceSearch = useServiceSearch(api, store, criteria.text, snapshot.isLoaded);
  // A search by e-mail is the service's to answer (the queue holds addresses masked): the queue then shows
  // the tickets it matched, within the view's other filters.
  const contactMatches = serviceSearch.contactMatches;
  const effectiveCriteria = useMemo(
    () => ({
      ...criteria,
      text: [viewFilters.text ?? '', contactMatches ? '' : criteria.text].join(' ').trim(),
      match,
    }),
    [criteria, viewFilters.text, match, contactMatches],
  );
  // What "Save as view" stores: the view, the toolbar's filters and the search, as one set of filters.
  const currentFilters = useMemo(() => {
    const toolbar: ViewFilters = {};
    if (criteria.status !== null) {
      toolbar.statuses = [criteria.status];
    }
    if (criteria.category !== null) {
      toolbar.categories = [criteria.category === uncategorized ? 'none' : criteria.category];
    }
    const text = criteria.text.trim();
    if (text !== '') {
      toolbar.text = text.slice(0, 500);
    }
    return combineViewFilters(viewFilters, toolbar);
  }, [viewFilters, criteria.status, criteria.category, criteria.text]);

  // Each view keeps its own sort (work views start by SLA due time, breached first).
  const sorting = useMemo(
    () => sortingOf(selectedSavedView?.sort) ?? viewSortingOf(preferences.view_sorts, selectedView),
    [preferences.view_sorts, selectedView, selectedSavedView?.sort],
  );
  const viewColumns = selectedSavedView?.columns ?? preferences.queue_columns;
  const layout = useMemo(() => columnLayoutOf(viewColumns), [viewColumns]);

  const viewRows = useQueueView(snapshot.tickets, effectiveCriteria, sorting, lookups);
  const rows = useMemo(
    () => (contactMatches ? viewRows.filter((ticket) => contactMatches.has(ticket.id)) : viewRows),
    [viewRows, contactMatches],
  );

  // Checked tickets that left the view (filtered out, or changed so they no longer match) are not acted on.
  const visibleChecked = useMemo(() => {
    if (checked.size === 0) {
      return checked;
    }
    const kept = new Set<string>();
    for (const ticket of rows) {
      if (checked.has(ticket.id)) {
        kept.add(ticket.id);
      }
    }
    return kept;
  }, [checked, rows]);

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
  const onSortingChange = useCallback(
    (next: QueueSort[]) => {
      if (selectedSavedView) {
        const sort = next.slice(0, 5).map((key) => ({ id: key.id, desc: key.desc }));
        viewChanges.save({ ...selectedSavedView, sort }, { isGradual: true });
        return;
      }
      changePreferences({ view_sorts: withViewSorting(preferences.view_sorts, selectedView, next) });
    },
    [changePreferences, preferences.view_sorts, selectedView, selectedSavedView, viewChanges],
  );

  // The address names a ticket: open it as soon as the queue holds it (from the cache, or the first load);
  // render-time state updates, as the store's snapshot changes.
  const pendingTicket = pendingNumber === null ? undefined : store.findByNumber(pendingNumber);
  if (pendingTicket) {
    setSelectedId(pendingTicket.id);
    setOpenId(pendingTicket.id);
    setPendingNumber(null);
  } else if (pendingNumber !== null && snapshot.isLoaded && !load.isLoading) {
    setPendingNumber(null);
    setNotice(t('agentDay.ticketNotFound', { number: String(pendingNumber) }));
  }
  const openNumber = openId === null ? pendingNumber : (store.get(openId)?.number ?? pendingNumber);
  useQueueLocation({
    isEnabled: isBrowser && isActive,
    viewId: selectedView.id,
    ticketNumber: openNumber,
    onLocation: (location) => {
      setViewId(location.viewId);
      const ticket = location.ticketNumber === null ? undefined : store.findByNumber(location.ticketNumber);
      setPendingNumber(ticket || location.ticketNumber === null ? null : location.ticketNumber);
      setOpenId(ticket?.id ?? null);
      if (ticket) {
        setSelectedId(ticket.id);
      }
    },
  });

  // "Next": `n` (or the pane's button) opens the ticket after the open one; a reply sent in a work view opens
  // the top of the view, leaving out the tickets answered this session.
  const handledIds = useRef(new Set<string>());
  const openTicket = useCallback(
    (nextId: string | null) => {
      if (nextId === null) {
        setNotice(t('agentDay.nothingNext'));
        return;
      }
      setSelectedId(nextId);
      setOpenId(nextId);
    },
    [t],
  );
  const openNext = useCallback(
    () => openTicket(nextTicketId(rows, openId ?? selectedId, handledIds.current)),
    [rows, openId, selectedId, openTicket],
  );
  const openNextAfterReply = useCallback(() => {
    if (openId === null) {
      return;
    }
    handledIds.current.add(openId);
    openTicket(nextTicketAfterReply(rows, openId, handledIds.current));
  }, [rows, openId, openTicket]);
  const onColumnLayoutChange = useCallback(
    (next: ColumnLayout) => {
      if (selectedSavedView) {
        viewChanges.save({ ...selectedSavedView, columns: columnPreferenceOf(next) }, { isGradual: true });
        return;
      }
      changePreferences({ queue_columns: columnPreferenceOf(next) });
    },
    [changePreferences, selectedSavedView, viewChanges],
  );

  const onToggleChecked = useCallback(
    (ticketId: string, range: boolean) => {
      setChecked((current) => {
        const next = new Set(current);
        const anchorIndex = range && checkAnchor ? rows.findIndex((ticket) => ticket.id === checkAnchor) : -1;
        const index = anchorIndex >= 0 ? rows.findIndex((ticket) => ticket.id === ticketId) : -1;
        if (anchorIndex >= 0 && index >= 0) {
          for (
            let position = Math.min(anchorIndex, index);
            position <= Math.max(anchorIndex, index);
            position += 1
          ) {
            next.add((rows[position] as Ticket).id);
          }
        } else if (next.has(ticketId)) {
          next.delete(ticketId);
        } else {
          next.add(ticketId);
        }
        return next;
      });
      setCheckAnchor(ticketId);
    },
    [rows, checkAnchor],
  );
  const onCheckAllVisible = useCallback(() => setChecked(new Set(rows.map((ticket) => ticket.id))), [rows]);

  // Bulk changes and the shortcuts go through the outbox when the cache is open (docs/offline.md).
  const onBulkApply = useCallback(
    (changes: BulkChanges): Promise<BulkApplyOutcome> =>
      bulkUpdateQueue({ api, store, outbox }, [...visibleChecked], changes),
    [api, store, outbox, visibleChecked],
  );

  const updateOne = useCallback(
    (ticketId: string, update: Parameters<typeof api.updateTicket>[1], done: string) => {
      const number = String(store.get(ticketId)?.number ?? '');
      updateQueueTicket({ api, store, outbox }, ticketId, update).then(
        (outcome) => setNotice(outcome === 'queued' ? t('outboxActions.changeQueued', { number }) : done),
        (error: unknown) =>
          setNotice(
            t('queue.actionFailed', { message: error instanceof Error ? error.message : String(error) }),
          ),
      );
    },
    [api, store, outbox, t],
  );

  const onReply = useCallback((ticketId: string) => {
    setSelectedId(ticketId);
    setOpenId(ticketId);
    // The ticket pane mounts and loads the thread first; focus its composer once it is there.
    let frames = 0;
    const focusComposer = (): void => {
      const composer = document.querySelector<HTMLElement>('[data-testid="composer-body"]');
      if (composer) {
        composer.focus();
      } else if (frames < composerWaitFrames) {
        frames += 1;
        requestAnimationFrame(focusComposer);
      }
    };
    requestAnimationFrame(focusComposer);
  }, []);

  useQueueKeyboard({
    isActive: isActive && picker === null && !isHelpOpen,
    rows,
    selectedId,
    isMac,
    onSelect: setSelectedId,
    onOpen: setOpenId,
    onClose,
    focusSearch,
    onToggleChecked,
    onCheckAllVisible,
    onAssignToMe: (ticketId) =>
      updateOne(
        ticketId,
        { assignee_id: agentId },
        t('queue.assignedToMe', { number: String(store.get(ticketId)?.number ?? '') }),
      ),
    onChangeStatus: (ticketId) => setPicker({ kind: 'status', ticketId }),
    onChangePriority: (ticketId) => setPicker({ kind: 'priority', ticketId }),
    onReply,
    onOpenNext: openNext,
    onHelp: () => setIsHelpOpen(true),
  });

  const onSaveView = useCallback(
    (name: string) => {
      const view: SavedView = { id: newViewId(), name, filters: currentFilters };
      // Kept in the outbox (IndexedDB): sent when online, a restart before that does not lose it.
      viewChanges.save(view);
      // The new view now holds the toolbar's filters and the search: clear them so they show as the view.
      setViewId(savedViewDefinition(view).id);
      setFilters({});
      setCriteria((current) => ({ ...current, text: '', status: null, category: null }));
    },
    [viewChanges, currentFilters],
  );
  const onRenameView = useCallback(
    (id: string, name: string) => {
      for (const view of savedViews.filter((saved) => savedViewDefinition(saved).id === id)) {
        viewChanges.save({ ...view, name });
      }
    },
    [viewChanges, savedViews],
  );
  const onDeleteView = useCallback(
    (id: string) => {
      for (const view of savedViews.filter((saved) => savedViewDefinition(saved).id === id)) {
        viewChanges.remove(view);
      }
      if (viewId === id) {
        setViewId(allViewId);
      }
    },
    [viewChanges, savedViews, viewId],
  );
  const labelOf = useCallback(
    (view: QueueViewDefinition): string => {
      switch (view.kind) {
        case 'category':
          return lookups.categoryName(view.category ?? '');
        case 'saved':
          return view.name ?? '';
        case 'next':
        case 'sla_breached':
        case 'sla_at_risk':
          return t(`agentDay.views.${view.kind}`);
        default:
          return t(`queue.views.${view.kind}`);
      }
    },
    [lookups, t],
  );

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

  const pickerTicket = picker ? store.get(picker.ticketId) : undefined;
  const agentNames = useMemo(() => agents.map((agent) => ({ id: agent.id, name: agent.name })), [agents]);
  const searchText = criteria.text.trim();
  const hasToolbarFilters =
    Object.keys(filters).length > 0 ||
    criteria.status !== null ||
    criteria.category !== null ||
    searchText !== '';
  // Something to save: filters at all, and not just a saved view as it already is.
  const canSave =
    Object.keys(currentFilters).length > 0 && (hasToolbarFilters || selectedView.kind !== 'saved');

  return (
    <div className={`queue-page${openId ? ' queue-page--split' : ''}`}>
      {openId ? null : (
        <ViewsSidebar
          views={views}
          counts={counts}
          selectedId={selectedView.id}
          onSelect={setViewId}
          labelOf={labelOf}
          onSave={canSave ? onSaveView : null}
          onRename={onRenameView}
          onDelete={onDeleteView}
        />
      )}
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
        filters={filters}
        onFiltersChange={setFilters}
        assignees={agentNames}
        languages={supportedLanguages}
        columnLayout={layout}
        onColumnLayoutChange={onColumnLayoutChange}
        checked={visibleChecked}
        onToggleChecked={onToggleChecked}
        viewers={viewers}
        isMac={isMac}
        toolbarExtra={
          <>
            {notice ? (
              <span className="queue-toolbar__notice" role="status" data-testid="queue-notice">
                {notice}
              </span>
            ) : null}
            {searchText !== '' ? (
              serviceSearch.state.kind === 'idle' ? (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  data-testid="service-search"
                  onClick={serviceSearch.search}
                >
                  {t('queue.remote.search')}
                </button>
              ) : (
                <span className="queue-toolbar__progress" data-testid="service-search-state">
                  {serviceSearch.state.kind === 'searching'
                    ? t('queue.remote.searching')
                    : serviceSearch.state.kind === 'done'
                      ? t('queue.remote.done', { count: serviceSearch.state.found })
                      : t('queue.remote.failed', { message: serviceSearch.state.message })}
                </span>
              )
            ) : null}
          </>
        }
        viewSummary={viewSummary}
        bulkBar={
          <BulkBar
            count={visibleChecked.size}
            agents={agents}
            myId={agentId}
            categories={filterCategories}
            numberOf={(ticketId) => store.get(ticketId)?.number ?? null}
            onApply={onBulkApply}
            onClear={() => setChecked(new Set())}
          />
        }
      />
      {load.error ? (
        <button type="button" className="button button--small queue-page__retry" onClick={load.retry}>
          {t('queue.retry')}
        </button>
      ) : null}
      {openId ? (
        <TicketPane
          key={openId}
          ticketId={openId}
          onClose={onClose}
          onReplySent={isWorkView(selectedView) ? openNextAfterReply : undefined}
          onOpenNext={openNext}
        />
      ) : null}
      {picker && pickerTicket ? (
        <QuickPicker
          title={t(picker.kind === 'status' ? 'queue.picker.status' : 'queue.picker.priority', {
            number: String(pickerTicket.number),
          })}
          current={picker.kind === 'status' ? pickerTicket.status : pickerTicket.priority}
          options={
            picker.kind === 'status'
              ? allowedNextStatuses(pickerTicket.status).map((status) => ({
                  value: status,
                  label: t(`status.${status}`),
                }))
              : ticketPriorities.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))
          }
          onPick={(value) => {
            setPicker(null);
            if (value !== (picker.kind === 'status' ? pickerTicket.status : pickerTicket.priority)) {
              updateOne(
                pickerTicket.id,
                picker.kind === 'status'
                  ? { status: value as TicketStatus }
                  : { priority: value as TicketPriority },
                t('queue.changed', { number: String(pickerTicket.number) }),
              );
            }
          }}
          onClose={() => setPicker(null)}
        />
      ) : null}
      {isHelpOpen ? <ShortcutHelp isMac={isMac} onClose={() => setIsHelpOpen(false)} /> : null}
    </div>
  );
}

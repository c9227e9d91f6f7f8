import { useMemo, type ReactElement, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/schemas';
import { EmptyState } from '../../ui/EmptyState';
import { compactColumnIds, createQueueColumns } from './queue-columns';
import type { QueueCriteria, QueueLookups, QueueSort } from './queue-model';
import { QueueTable } from './QueueTable';
import { QueueToolbar } from './QueueToolbar';
import './queue.css';

/** Props of the queue panel (toolbar, table and shortcut hints), fully controlled by its owner. */
export interface QueuePanelProps {
  rows: readonly Ticket[];
  total: number;
  lookups: QueueLookups;
  categories: readonly { key: string; name: string }[];
  criteria: QueueCriteria;
  onCriteriaChange: (criteria: QueueCriteria) => void;
  sorting: readonly QueueSort[];
  onSortingChange: (sorting: QueueSort[]) => void;
  selectedId: string | null;
  openId: string | null;
  arrivals: ReadonlySet<string>;
  onActivate: (ticketId: string) => void;
  nowMs: number;
  /** Fewer columns, for the split view beside an open ticket. */
  isCompact?: boolean;
  /** Load progress text while the first load runs. */
  progress?: string | null;
  isLoading?: boolean;
  initialRect?: { width: number; height: number };
  scrollerRef?: Ref<HTMLDivElement>;
  searchRef?: Ref<HTMLInputElement>;
}

/** The queue: what the agent searches, filters, sorts and moves through. */
export function QueuePanel(props: QueuePanelProps): ReactElement {
  const { t, i18n } = useTranslation();
  const { lookups, nowMs } = props;
  const language = i18n.language;
  const isCompact = props.isCompact === true;
  const columns = useMemo(
    () => createQueueColumns({ t, language, lookups, nowMs }, isCompact ? compactColumnIds : null),
    [t, language, lookups, nowMs, isCompact],
  );
  const empty = props.isLoading ? (
    <EmptyState icon="inbox" title={t('queue.loadingTitle')} body={props.progress ?? undefined} />
  ) : (
    <EmptyState icon="search" title={t('queue.emptyTitle')} body={t('queue.emptyBody')} />
  );
  return (
    <section className="queue-panel" aria-label={t('queue.title')}>
      <QueueToolbar
        criteria={props.criteria}
        onCriteriaChange={props.onCriteriaChange}
        categories={props.categories}
        shown={props.rows.length}
        total={props.total}
        progress={props.progress ?? null}
        {...(props.searchRef ? { searchRef: props.searchRef } : {})}
      />
      <QueueTable
        rows={props.rows}
        columns={columns}
        sorting={props.sorting}
        onSortingChange={props.onSortingChange}
        selectedId={props.selectedId}
        openId={props.openId}
        arrivals={props.arrivals}
        onActivate={props.onActivate}
        empty={empty}
        {...(props.initialRect ? { initialRect: props.initialRect } : {})}
        {...(props.scrollerRef ? { scrollerRef: props.scrollerRef } : {})}
      />
      <footer className="queue-footer">
        <span>
          <kbd>J</kbd> <kbd>K</kbd> {t('queue.hintMove')}
        </span>
        <span>
          <kbd>Enter</kbd> {t('queue.hintOpen')}
        </span>
        <span>
          <kbd>/</kbd> {t('queue.hintSearch')}
        </span>
        <span>
          <kbd>Shift</kbd> + {t('queue.hintMultiSort')}
        </span>
      </footer>
    </section>
  );
}

import {
  columnResizingFeature,
  columnSizingFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { Ticket } from '../../../shared/domain/schemas';
import { channelOfSource } from '../../../shared/domain/vocabulary';
import { formatRelativeTime } from '../../i18n/format';
import { PriorityLabel } from '../../ui/PriorityLabel';
import { StatusPill } from '../../ui/StatusPill';
import { ChannelIcon } from '../mail/MailDetails';
import { SlaCountdown } from '../sla/SlaCountdown';
import { headlineSlaClock } from '../../../shared/sla/clock';
import type { QueueColumnId, QueueLookups } from './queue-model';

/**
 * The TanStack Table features the queue uses: sorting state (the order itself is computed by
 * queue-model, hence `manualSorting`), column sizing and drag-resizing.
 */
export const queueFeatures = tableFeatures({ rowSortingFeature, columnSizingFeature, columnResizingFeature });
/** The queue's table feature set, as a type. */
export type QueueFeatures = typeof queueFeatures;

const helper = createColumnHelper<QueueFeatures, Ticket>();

/** What the cells need besides the ticket: translations, names and the current time. */
export interface QueueColumnContext {
  t: TFunction;
  language: string;
  lookups: QueueLookups;
  nowMs: number;
}

/** The columns the split view keeps beside an open ticket. */
export const compactColumnIds: readonly QueueColumnId[] = [
  'number',
  'subject',
  'status',
  'priority',
  'sla',
  'updated',
];

/**
 * Builds the queue's column definitions (rebuild when the language, names or minute change); `only`
 * keeps just those columns, in its order.
 */
export function createQueueColumns(
  context: QueueColumnContext,
  only: readonly QueueColumnId[] | null = null,
): ColumnDef<QueueFeatures, Ticket, unknown>[] {
  const { t, language, lookups, nowMs } = context;
  const columns = helper.columns([
    helper.accessor('number', {
      id: 'number',
      header: () => t('queue.columns.number'),
      cell: (info) => <span className="queue-cell__number">#{info.getValue()}</span>,
      size: 72,
      minSize: 60,
      sortDescFirst: true,
    }),
    helper.accessor('subject', {
      id: 'subject',
      header: () => t('queue.columns.subject'),
      cell: (info) => (
        <span className="queue-cell__subject">
          {(info.row.original.channel ?? channelOfSource(info.row.original.source)) === 'email' ? (
            <ChannelIcon channel="email" testId="queue-channel-email" />
          ) : null}
          {info.getValue()}
          {info.row.original.possibly_misfiled ? ' ' : null}
          {info.row.original.possibly_misfiled ? (
            <span className="badge" data-testid="queue-misfiled">
              {t('routing.misfiled')}
            </span>
          ) : null}
        </span>
      ),
      size: 320,
      minSize: 140,
    }),
    helper.accessor((ticket) => ticket.requester.name ?? ticket.requester.email, {
      id: 'requester',
      header: () => t('queue.columns.requester'),
      cell: (info) => <span title={info.row.original.requester.email}>{info.getValue()}</span>,
      size: 120,
      minSize: 90,
    }),
    helper.accessor('category', {
      id: 'category',
      header: () => t('queue.columns.category'),
      cell: (info) => {
        const category = info.getValue();
        return category === null ? (
          <span className="queue-cell__muted">{t('queue.uncategorized')}</span>
        ) : (
          lookups.categoryName(category)
        );
      },
      size: 124,
      minSize: 80,
    }),
    helper.accessor('status', {
      id: 'status',
      header: () => t('queue.columns.status'),
      cell: (info) => <StatusPill status={info.getValue()} label={t(`status.${info.getValue()}`)} />,
      size: 130,
      minSize: 90,
    }),
    helper.accessor('priority', {
      id: 'priority',
      header: () => t('queue.columns.priority'),
      cell: (info) => <PriorityLabel priority={info.getValue()} label={t(`priority.${info.getValue()}`)} />,
      size: 92,
      minSize: 76,
      sortDescFirst: true,
    }),
    helper.accessor('sla', {
      id: 'sla',
      header: () => t('queue.columns.sla'),
      cell: (info) => {
        const sla = info.getValue();
        return sla ? (
          <SlaCountdown
            clock={headlineSlaClock(sla)}
            nowMs={nowMs}
            which={sla.first_response.is_running ? 'first_response' : 'resolution'}
            testId="queue-sla"
            isCompact
          />
        ) : (
          <SlaCountdown clock={null} nowMs={nowMs} which="resolution" />
        );
      },
      size: 134,
      minSize: 80,
      // Most urgent deadline first.
      sortDescFirst: false,
    }),
    helper.accessor('assignee_id', {
      id: 'assignee',
      header: () => t('queue.columns.assignee'),
      cell: (info) => {
        const assignee = info.getValue();
        return assignee === null ? (
          <span className="queue-cell__muted">{t('queue.unassigned')}</span>
        ) : (
          (lookups.agentName(assignee) ?? t('queue.unknownAgent'))
        );
      },
      size: 112,
      minSize: 80,
    }),
    helper.accessor('language', {
      id: 'language',
      header: () => t('queue.columns.language'),
      cell: (info) => <span className="queue-cell__language">{info.getValue()?.toUpperCase() ?? '—'}</span>,
      size: 56,
      minSize: 50,
    }),
    helper.accessor('updated_at', {
      id: 'updated',
      header: () => t('queue.columns.updated'),
      cell: (info) => (
        <span className="queue-cell__muted" title={info.getValue()}>
          {formatRelativeTime(info.getValue(), nowMs, language)}
        </span>
      ),
      size: 100,
      minSize: 70,
      sortDescFirst: true,
    }),
  ]);
  const all = columns as ColumnDef<QueueFeatures, Ticket, unknown>[];
  if (!only) {
    return all;
  }
  // `only` also gives the order (the agent's column layout).
  const byId = new Map(all.map((column) => [column.id as QueueColumnId, column]));
  return only.flatMap((id) => {
    const column = byId.get(id);
    return column ? [column] : [];
  });
}

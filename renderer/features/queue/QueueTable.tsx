import {
  FlexRender,
  useTable,
  type ColumnDef,
  type ColumnSizingState,
  type Row,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/schemas';
import type { PresenceEntry } from '../../../shared/domain/workflow-schemas';
import { queueFeatures, type QueueFeatures } from './queue-columns';
import { queueColumnIds, type QueueColumnId, type QueueSort } from './queue-model';
import { RowPresence } from './RowPresence';
import './queue-table.css';

/** Props of the virtualized queue table. */
export interface QueueTableProps {
  /** The tickets to show, already filtered and sorted (queue-view). */
  rows: readonly Ticket[];
  columns: ColumnDef<QueueFeatures, Ticket, unknown>[];
  sorting: readonly QueueSort[];
  onSortingChange: (sorting: QueueSort[]) => void;
  selectedId: string | null;
  openId: string | null;
  /** Ids that arrived live a moment ago (highlighted). */
  arrivals: ReadonlySet<string>;
  /** A click on a row: select it and open it. */
  onActivate: (ticketId: string) => void;
  /** Shown instead of rows when `rows` is empty. */
  empty?: ReactNode;
  /** The scroll area's size before layout (tests: happy-dom has no layout). */
  initialRect?: { width: number; height: number };
  /** The scrolling element (the benchmark scrolls it). */
  scrollerRef?: Ref<HTMLDivElement>;
  /** Column widths the agent set (column id → px); columns not in it keep their default size. */
  columnWidths?: ColumnSizingState;
  onColumnWidthsChange?: (widths: ColumnSizingState) => void;
  /** Drag a header onto another: move column `id` to where `targetId` is. */
  onColumnMove?: (id: string, targetId: string) => void;
  /** Ids of the tickets checked for a bulk action. */
  checked?: ReadonlySet<string>;
  /** A click on a row's checkbox (`range`: Shift held, extend from the last checked row). */
  onToggleChecked?: (ticketId: string, range: boolean) => void;
  /** Who is viewing each ticket (ticket id → viewers). */
  viewers?: ReadonlyMap<string, readonly PresenceEntry[]>;
}

const noTickets: ReadonlySet<string> = new Set();
const noViewers: ReadonlyMap<string, readonly PresenceEntry[]> = new Map();
/** Width of the fixed checkbox cell before the data columns. */
const checkboxWidth = 28;

/** Row height in px; keep in step with --row-height in theme/tokens.css. */
export const queueRowHeight = 34;
const headerHeight = 32;
/** The drag-and-drop type of a header being moved (only the queue's headers accept it). */
const columnDragType = 'application/x-queue-column';

function isQueueColumnId(id: string): id is QueueColumnId {
  return (queueColumnIds as readonly string[]).includes(id);
}

/**
 * The queue as a grid: TanStack Table owns columns, headers, sorting state and column sizes; TanStack
 * Virtual renders only the rows in view. The table is given just the visible window of the already sorted
 * and filtered tickets, so 100,000 tickets cost no more per frame than 40.
 */
export function QueueTable(props: QueueTableProps): ReactElement {
  const { rows, columns, sorting, onSortingChange, selectedId, openId, arrivals, onActivate } = props;
  const { columnWidths, onColumnWidthsChange, onColumnMove, onToggleChecked } = props;
  const checked = props.checked ?? noTickets;
  const resizeStarted = useRef(false);
  const viewers = props.viewers ?? noViewers;
  const { t } = useTranslation();
  const selectLabel = useCallback(
    (ticketNumber: number) => t('queue.bulk.selectTicket', { number: String(ticketNumber) }),
    [t],
  );
  const scrollerElement = useRef<HTMLDivElement | null>(null);
  const { scrollerRef } = props;
  const setScroller = useCallback(
    (element: HTMLDivElement | null) => {
      scrollerElement.current = element;
      if (typeof scrollerRef === 'function') {
        scrollerRef(element);
      } else if (scrollerRef) {
        scrollerRef.current = element;
      }
    },
    [scrollerRef],
  );

  const { initialRect } = props;
  // TanStack Virtual returns a mutable instance by design; the React compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerElement.current,
    estimateSize: () => queueRowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 6,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    ...(initialRect
      ? {
          initialRect,
          // Without layout (tests) the element measures 0×0: keep the given size instead.
          observeElementRect: (instance, onRect) =>
            observeElementRect(instance, (rect) =>
              onRect(rect.width === 0 && rect.height === 0 ? initialRect : rect),
            ),
        }
      : {}),
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? -1;
  const windowRows = useMemo(() => rows.slice(firstIndex, lastIndex + 1), [rows, firstIndex, lastIndex]);

  const tableSorting = useMemo<SortingState>(
    () => sorting.map((key) => ({ id: key.id, desc: key.desc })),
    [sorting],
  );
  const handleSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(tableSorting) : updater;
      onSortingChange(
        next
          .filter((key) => isQueueColumnId(key.id))
          .map((key) => ({ id: key.id as QueueColumnId, desc: key.desc })),
      );
    },
    [onSortingChange, tableSorting],
  );

  const sizing = useMemo<ColumnSizingState>(() => ({ ...columnWidths }), [columnWidths]);
  const handleSizingChange = useCallback(
    (updater: Updater<ColumnSizingState>) => {
      const next = typeof updater === 'function' ? updater(sizing) : updater;
      onColumnWidthsChange?.(next);
    },
    [onColumnWidthsChange, sizing],
  );

  const table = useTable({
    features: queueFeatures,
    columns,
    data: windowRows,
    getRowId: (ticket) => ticket.id,
    state: { sorting: tableSorting, ...(onColumnWidthsChange ? { columnSizing: sizing } : {}) },
    ...(onColumnWidthsChange ? { onColumnSizingChange: handleSizingChange } : {}),
    onSortingChange: handleSortingChange,
    manualSorting: true,
    enableMultiSort: true,
    isMultiSortEvent: (event) => (event as { shiftKey?: boolean }).shiftKey === true,
    columnResizeMode: 'onChange',
  });

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const cellWidths = {} as Record<string, string>;
  for (const header of headers) {
    cellWidths[`--col-${header.id}`] = `${header.getSize()}px`;
  }
  // The subject column may shrink to its minimum, so rows need only that much less than the total width.
  const subject = table.getColumn('subject');
  const minimumWidth =
    table.getTotalSize() -
    (subject ? subject.getSize() - (subject.columnDef.minSize ?? 0) : 0) +
    checkboxWidth;
  const gridStyle = { ...cellWidths, '--table-width': `${minimumWidth}px` } as CSSProperties;

  const selectedIndex = useMemo(
    () => (selectedId ? rows.findIndex((ticket) => ticket.id === selectedId) : -1),
    [rows, selectedId],
  );
  useEffect(() => {
    if (selectedIndex >= 0) {
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    }
  }, [selectedIndex, virtualizer]);

  const tableRows = table.getRowModel().rows;
  return (
    // One tab stop for the whole grid: j/k and the arrows move the selection inside it, Enter opens
    // (use-queue-keyboard.ts), and the selected row is announced through aria-activedescendant.
    <div
      className="queue-table"
      role="grid"
      tabIndex={0}
      aria-rowcount={rows.length + 1}
      aria-label={t('queue.title')}
      aria-activedescendant={
        selectedId && windowRows.some((ticket) => ticket.id === selectedId)
          ? rowElementId(selectedId)
          : undefined
      }
      data-testid="queue-table"
      style={gridStyle}
    >
      <div className="queue-table__scroller" ref={setScroller}>
        <div className="queue-table__header" role="row" aria-rowindex={1}>
          <div className="queue-cell--check" role="columnheader" aria-label={t('queue.bulk.selectColumn')} />
          {headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const sortIndex = sorting.length > 1 ? header.column.getSortIndex() : -1;
            const resize = header.getResizeHandler();
            return (
              // The sort button inside the header is its focusable control; dragging reorders with the mouse,
              // and the column menu reorders by keyboard.
              // eslint-disable-next-line jsx-a11y/interactive-supports-focus
              <div
                key={header.id}
                role="columnheader"
                className={`queue-header queue-col--${header.id}${header.column.getIsResizing() ? ' queue-header--resizing' : ''}`}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                data-column-id={header.id}
                draggable={onColumnMove !== undefined}
                onDragStart={(event) => {
                  // A drag that began on the resize handle is a resize, not a move.
                  if (resizeStarted.current) {
                    event.preventDefault();
                    return;
                  }
                  event.dataTransfer.setData(columnDragType, header.id);
                  event.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(event) => {
                  if (event.dataTransfer.types.includes(columnDragType)) {
                    event.preventDefault();
                  }
                }}
                onDrop={(event) => {
                  const id = event.dataTransfer.getData(columnDragType);
                  if (id && id !== header.id) {
                    event.preventDefault();
                    onColumnMove?.(id, header.id);
                  }
                }}
              >
                <button
                  type="button"
                  className={`queue-header__sort${sorted ? ' queue-header__sort--active' : ''}`}
                  onClick={header.column.getToggleSortingHandler()}
                  title={t('queue.sortHint')}
                >
                  <span className="queue-header__label">
                    <FlexRender header={header} />
                  </span>
                  {sorted ? (
                    <span className="queue-header__arrow" aria-hidden="true">
                      {sorted === 'asc' ? '↑' : '↓'}
                      {sortIndex >= 0 ? <sub>{sortIndex + 1}</sub> : null}
                    </span>
                  ) : null}
                </button>
                {/* Widths by mouse here; the column menu offers the keyboard way. */}
                {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
                <div
                  className="queue-header__resizer"
                  role="separator"
                  aria-orientation="vertical"
                  aria-label={t('queue.resizeColumn')}
                  onMouseDown={(event) => {
                    resizeStarted.current = true;
                    document.addEventListener(
                      'mouseup',
                      () => {
                        resizeStarted.current = false;
                      },
                      { once: true },
                    );
                    resize(event);
                  }}
                  onTouchStart={resize}
                  onDoubleClick={() => header.column.resetSize()}
                />
              </div>
            );
          })}
        </div>
        <div className="queue-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {tableRows.map((row, position) => {
            const item = items[position];
            if (!item) {
              return null;
            }
            const ticket = row.original;
            return (
              <QueueRow
                key={ticket.id}
                row={row}
                ticket={ticket}
                rowIndex={item.index}
                top={item.start - headerHeight}
                isSelected={ticket.id === selectedId}
                isOpen={ticket.id === openId}
                isArrival={arrivals.has(ticket.id)}
                isChecked={checked.has(ticket.id)}
                selectLabel={selectLabel}
                viewers={viewers.get(ticket.id) ?? null}
                columns={columns}
                onActivate={onActivate}
                onToggleChecked={onToggleChecked ?? null}
              />
            );
          })}
        </div>
        {rows.length === 0 && props.empty ? <div className="queue-table__empty">{props.empty}</div> : null}
      </div>
    </div>
  );
}

interface QueueRowProps {
  row: Row<QueueFeatures, Ticket>;
  ticket: Ticket;
  rowIndex: number;
  top: number;
  isSelected: boolean;
  isOpen: boolean;
  isArrival: boolean;
  isChecked: boolean;
  /** The checkbox's accessible name for a ticket number (from the table, so rows need no i18n hook). */
  selectLabel: (ticketNumber: number) => string;
  viewers: readonly PresenceEntry[] | null;
  onToggleChecked: ((ticketId: string, range: boolean) => void) | null;
  /** Only compared: new columns (language, names, minute) re-render the row. */
  columns: unknown;
  onActivate: (ticketId: string) => void;
}

/** One rendered row; skipped on re-render unless its ticket, position, state or columns changed. */
const QueueRow = memo(
  function QueueRow({
    row,
    ticket,
    rowIndex,
    top,
    isSelected,
    isOpen,
    isArrival,
    isChecked,
    selectLabel,
    viewers,
    onActivate,
    onToggleChecked,
  }: QueueRowProps): ReactElement {
    const classes = ['queue-row'];
    if (isSelected) {
      classes.push('queue-row--selected');
    }
    if (isOpen) {
      classes.push('queue-row--open');
    }
    if (isArrival) {
      classes.push('queue-row--arrival');
    }
    if (ticket.status === 'new') {
      classes.push('queue-row--unread');
    }
    if (isChecked) {
      classes.push('queue-row--checked');
    }
    return (
      // The grid is driven by keyboard from its container (j/k, arrows, Enter: use-queue-keyboard.ts); a click is
      // the mouse's way to the same action, so rows need no key handlers or tab stops of their own.
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
      <div
        role="row"
        id={rowElementId(ticket.id)}
        aria-rowindex={rowIndex + 2}
        aria-selected={isSelected}
        className={classes.join(' ')}
        style={{ transform: `translateY(${top}px)` }}
        data-testid="queue-row"
        data-ticket-number={ticket.number}
        data-ticket-id={ticket.id}
        data-selected={isChecked}
        onClick={() => onActivate(ticket.id)}
      >
        <div role="gridcell" className="queue-cell queue-cell--check">
          <input
            type="checkbox"
            className="queue-row__check"
            data-testid="queue-select"
            // x checks the selected row from the keyboard; a tab stop per row would trap Tab in the grid.
            tabIndex={-1}
            aria-label={selectLabel(ticket.number)}
            checked={isChecked}
            disabled={!onToggleChecked}
            onClick={(event) => {
              event.stopPropagation();
              onToggleChecked?.(ticket.id, event.shiftKey);
            }}
            onChange={() => undefined}
          />
        </div>
        {row.getAllCells().map((cell) =>
          // Viewers sit at the end of the subject (no column of their own: the table is wide enough).
          cell.column.id === 'subject' && viewers && viewers.length > 0 ? (
            <div
              key={cell.column.id}
              role="gridcell"
              className="queue-cell queue-col--subject queue-cell--with-presence"
            >
              <FlexRender cell={cell} />
              <RowPresence viewers={viewers} />
            </div>
          ) : (
            <div key={cell.column.id} role="gridcell" className={`queue-cell queue-col--${cell.column.id}`}>
              <FlexRender cell={cell} />
            </div>
          ),
        )}
      </div>
    );
  },
  (previous, next) =>
    previous.ticket === next.ticket &&
    previous.top === next.top &&
    previous.rowIndex === next.rowIndex &&
    previous.isSelected === next.isSelected &&
    previous.isOpen === next.isOpen &&
    previous.isArrival === next.isArrival &&
    previous.isChecked === next.isChecked &&
    previous.selectLabel === next.selectLabel &&
    previous.viewers === next.viewers &&
    previous.columns === next.columns &&
    previous.onActivate === next.onActivate &&
    previous.onToggleChecked === next.onToggleChecked,
);

/** The DOM id of a ticket's row, for the grid's aria-activedescendant. */
function rowElementId(ticketId: string): string {
  return `queue-row-${ticketId}`;
}

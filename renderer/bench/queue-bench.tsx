import {
  StrictMode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { defaultCategories } from '../../shared/domain/vocabulary';
import { initI18n } from '../i18n/i18n';
import { applyTheme } from '../theme/theme';
import { categoryOptions, createQueueLookups } from '../features/queue/queue-lookups';
import {
  defaultQueueSorting,
  emptyQueueCriteria,
  queueColumnIds,
  type QueueColumnId,
  type QueueCriteria,
  type QueueSort,
} from '../features/queue/queue-model';
import { warmQueueView } from '../features/queue/queue-view';
import { QueuePanel } from '../features/queue/QueuePanel';
import { useQueueView } from '../features/queue/use-queue-view';
import {
  builtInViews,
  compileViewFilters,
  countViews,
  type QueueViewDefinition,
} from '../../shared/queue/views';
import { generateTickets, syntheticAgents } from './synthetic-tickets';
import './queue-bench.css';

/**
 * The queue benchmark page (dist/web/bench/queue-bench.html?count=100000): the real queue panel over N
 * synthetic tickets generated in the page, driven through its real controls, no service needed.
 * `window.queueBench` reports how long each action takes until the table has re-rendered.
 */
export interface QueueBench {
  /** Types `text` into the search box; ms from the input event to the first animation frame after commit. */
  filter: (text: string) => Promise<number>;
  /** Clicks the column's header (a plain click: single-key sort, toggling direction); ms as for filter. */
  sort: (columnId: string) => Promise<number>;
  /** Scrolls the list ~200 frames; per frame, ms of the scroll's main-thread work (render, style, layout). */
  scroll: () => Promise<number[]>;
  /** Selects a built-in view (its filters join the search); ms as for filter. */
  view: (viewId: string) => Promise<number>;
  /** Counts every built-in view over all tickets in one pass (what the views sidebar shows); ms. */
  countViews: () => number;
  /** Ids of the built-in views. */
  readonly viewIds: readonly string[];
  /** How many tickets the page generated. */
  readonly count: number;
  /** Of the last filter or sort: ms from the action until React committed (the rest is waiting for the frame). */
  readonly lastCommitMs: number;
}

declare global {
  interface Window {
    queueBench?: QueueBench;
  }
}

const count = Math.max(1, Number(new URLSearchParams(location.search).get('count')) || 100_000);
const scrollFrames = 200;
const scrollStepPx = 150;

initI18n('en');
applyTheme('system');
const startedAt = performance.now();
const tickets = generateTickets(count, Date.now());

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/** Sets an input's value the way typing does, so React's onChange runs. */
function typeInto(input: HTMLInputElement, text: string): void {
  // React tracks the value through the prototype's setter; assigning `input.value` would be ignored.
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  descriptor?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function BenchPage(): ReactElement {
  const { t } = useTranslation();
  const [criteria, setCriteria] = useState<QueueCriteria>(emptyQueueCriteria);
  const [view, setView] = useState<QueueViewDefinition | null>(null);
  // The selected view's filters, compiled once per selection, as the queue page does.
  const viewCriteria = useMemo(
    () => ({
      ...criteria,
      match: view ? compileViewFilters(view.filters, { agentId: benchAgentId, now: benchNow }) : null,
    }),
    [criteria, view],
  );
  const [sorting, setSorting] = useState<readonly QueueSort[]>(defaultQueueSorting);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const lookups = useMemo(() => createQueueLookups(syntheticAgents, [], t), [t]);
  const categories = useMemo(() => categoryOptions([], lookups), [lookups]);
  const rows = useQueueView(tickets, viewCriteria, sorting, lookups);
  const scroller = useRef<HTMLDivElement | null>(null);
  const search = useRef<HTMLInputElement | null>(null);
  const onSortingChange = useCallback((next: QueueSort[]) => setSorting(next), []);
  const [nowMs] = useState(() => Date.now());

  useLayoutEffect(() => {
    lastCommitAt = performance.now();
  });

  useEffect(() => {
    warmQueueView(tickets, lookups);
    // Each action starts in a fresh task (not aligned to a frame) and ends at the first animation frame
    // after React committed: the frame that paints the new rows.
    const measure = async (action: () => void): Promise<number> => {
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const started = performance.now();
      lastCommitAt = started;
      action();
      const painted = await nextFrame();
      lastCommitMs = lastCommitAt - started;
      return painted - started;
    };
    window.queueBench = {
      count,
      viewIds: benchViews.map((definition) => definition.id),
      view: (viewId) =>
        measure(() => setView(benchViews.find((definition) => definition.id === viewId) ?? null)),
      countViews: () => {
        const started = performance.now();
        countViews(tickets, benchViews, { agentId: benchAgentId, now: benchNow });
        return performance.now() - started;
      },
      get lastCommitMs() {
        return lastCommitMs;
      },
      filter: (text) =>
        measure(() => {
          if (search.current) {
            typeInto(search.current, text);
          }
        }),
      sort: (columnId) =>
        measure(() => {
          if (!(queueColumnIds as readonly string[]).includes(columnId)) {
            throw new Error(`unknown column ${columnId}`);
          }
          const id = columnId as QueueColumnId;
          document.querySelector<HTMLButtonElement>(`[role="columnheader"].queue-col--${id} button`)?.click();
        }),
      async scroll() {
        const element = scroller.current;
        if (!element) {
          return [];
        }
        const durations: number[] = [];
        element.scrollTop = 0;
        await nextFrame();
        for (let frame = 0; frame < scrollFrames; frame += 1) {
          await nextFrame();
          const started = performance.now();
          element.scrollTop += scrollStepPx;
          element.dispatchEvent(new Event('scroll'));
          // Reading layout makes the browser finish style and layout for the new rows inside the measurement.
          void element.getBoundingClientRect().height;
          void element.querySelector('.queue-row')?.getBoundingClientRect();
          durations.push(performance.now() - started);
        }
        return durations;
      },
    };
    document.title = `Queue benchmark · ${count} tickets · ready in ${Math.round(performance.now() - startedAt)} ms`;
  }, [lookups]);

  return (
    <div className="bench-shell">
      <QueuePanel
        rows={rows}
        total={tickets.length}
        lookups={lookups}
        categories={categories}
        criteria={criteria}
        onCriteriaChange={setCriteria}
        sorting={sorting}
        onSortingChange={onSortingChange}
        selectedId={selectedId}
        openId={null}
        arrivals={emptySet}
        onActivate={setSelectedId}
        nowMs={nowMs}
        scrollerRef={scroller}
        searchRef={search}
      />
    </div>
  );
}

const emptySet: ReadonlySet<string> = new Set();
/** The agent whose "mine" view the bench selects (one of the synthetic assignees), and its clock. */
const benchAgentId = syntheticAgents[0]?.id ?? 'agent-1';
const benchNow = Date.now();
const benchViews = builtInViews(defaultCategories);
let lastCommitAt = 0;
let lastCommitMs = 0;

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <BenchPage />
    </StrictMode>,
  );
}

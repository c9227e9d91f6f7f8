import type { AgentPreferences } from '../../../shared/domain/workflow-schemas';
import { queueColumnIds, type QueueColumnId, type QueueSort } from './queue-model';

/** The agent's column layout (`queue_columns` preference) as the queue uses it. */
export interface ColumnLayout {
  /** Every column, in display order (hidden ones included, so showing one puts it back in place). */
  order: QueueColumnId[];
  hidden: ReadonlySet<QueueColumnId>;
  widths: Record<string, number>;
}

/**
 * Columns hidden until the agent shows them: the language (also a filter) leaves room for the views
 * sidebar beside ten columns on a 1440 px screen.
 */
export const defaultHiddenColumns: readonly QueueColumnId[] = ['language'];

type QueueColumnsPreference = NonNullable<AgentPreferences['queue_columns']>;

function isColumnId(id: string): id is QueueColumnId {
  return (queueColumnIds as readonly string[]).includes(id);
}

/** Column widths the service accepts: whole pixels from 40 to 2000. */
function clampWidth(width: number): number {
  return Math.min(2000, Math.max(40, Math.round(width)));
}

/**
 * The layout from a stored preference: unknown ids (a column removed since) are dropped, columns the
 * preference does not know (added since) keep their default place; the subject column cannot be hidden.
 */
export function columnLayoutOf(preference: QueueColumnsPreference | undefined): ColumnLayout {
  const stored = (preference?.order ?? []).filter(isColumnId);
  const order = [...new Set(stored)];
  queueColumnIds.forEach((id, defaultIndex) => {
    if (!order.includes(id)) {
      order.splice(Math.min(defaultIndex, order.length), 0, id);
    }
  });
  const hidden = new Set(
    (preference?.hidden ?? defaultHiddenColumns).filter(isColumnId).filter((id) => id !== 'subject'),
  );
  const widths: Record<string, number> = {};
  for (const [id, width] of Object.entries(preference?.widths ?? {})) {
    if (isColumnId(id)) {
      widths[id] = clampWidth(width);
    }
  }
  return { order, hidden, widths };
}

/** The preference to store for `layout`. */
export function columnPreferenceOf(layout: ColumnLayout): QueueColumnsPreference {
  const widths: Record<string, number> = {};
  for (const [id, width] of Object.entries(layout.widths)) {
    widths[id] = clampWidth(width);
  }
  return { order: [...layout.order], hidden: [...layout.hidden], widths };
}

/** `order` with column `id` moved to `targetId`'s place (before it when moving left, after when right). */
export function moveColumn(
  order: readonly QueueColumnId[],
  id: QueueColumnId,
  targetId: QueueColumnId,
): QueueColumnId[] {
  const from = order.indexOf(id);
  const to = order.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) {
    return [...order];
  }
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** The visible columns, in order. */
export function visibleColumns(layout: ColumnLayout): QueueColumnId[] {
  return layout.order.filter((id) => !layout.hidden.has(id));
}

/** The stored sort (`queue_sort`), keeping only known columns; null when there is none. */
export function sortingOf(preference: AgentPreferences['queue_sort']): QueueSort[] | null {
  const keys = (preference ?? []).flatMap((key) =>
    isColumnId(key.id) ? [{ id: key.id, desc: key.desc }] : [],
  );
  return keys.length > 0 ? keys : null;
}

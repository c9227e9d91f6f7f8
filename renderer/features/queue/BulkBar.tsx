import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/domain/schemas';
import { ticketPriorities, ticketStatuses } from '../../../shared/domain/vocabulary';
import type { BulkUpdate } from '../../../shared/domain/workflow-schemas';
import { formatCount } from '../../i18n/format';
import { ChoiceSelect } from './ChoiceSelect';
import type { BulkApplyOutcome } from './queue-actions';

/** The change a bulk action sends (`POST /api/tickets/bulk`). */
export type BulkChanges = BulkUpdate['changes'];

/** Props of the bulk actions bar. */
export interface BulkBarProps {
  /** How many tickets are checked. */
  count: number;
  agents: readonly Agent[];
  myId: string;
  categories: readonly { key: string; name: string }[];
  /** Numbers of the checked tickets by id, to name the ones that failed. */
  numberOf: (ticketId: string) => number | null;
  /** Resolves with the service's answers, and how many tickets wait in the outbox (offline). */
  onApply: (changes: BulkChanges) => Promise<BulkApplyOutcome>;
  onClear: () => void;
}

type Outcome =
  ({ kind: 'done' } & BulkApplyOutcome) | { kind: 'error'; message: string } | { kind: 'working' };

/** Value of the assignee and category menus that clears the field. */
const clearValue = '__none__';

/** Assign, status, priority, category and tags for every checked ticket, and what came of it. */
export function BulkBar(props: BulkBarProps): ReactElement | null {
  const { t, i18n } = useTranslation();
  const { count, agents, myId, categories, numberOf, onApply, onClear } = props;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [tag, setTag] = useState('');

  const apply = (changes: BulkChanges): void => {
    setOutcome({ kind: 'working' });
    onApply(changes).then(
      (applied) => setOutcome({ kind: 'done', ...applied }),
      (error: unknown) =>
        setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  const isWorking = outcome?.kind === 'working';
  const trimmedTag = tag.trim();
  // The bar stays after a change that emptied the selection (every ticket left the view) to show its result.
  if (count === 0 && outcome === null) {
    return null;
  }
  const controls = count > 0;
  const statusChoices = ticketStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }));
  const priorityChoices = ticketPriorities.map((priority) => ({
    value: priority,
    label: t(`priority.${priority}`),
  }));

  return (
    <div className="bulk-bar" data-testid="bulk-bar" role="toolbar" aria-label={t('queue.bulk.label')}>
      {controls ? (
        <>
          <span className="bulk-bar__count">
            {t('queue.bulk.selected', { formatted: formatCount(count, i18n.language) })}
          </span>
          <ChoiceSelect
            testId="bulk-assign"
            label={t('queue.bulk.assign')}
            placeholder={t('queue.bulk.assign')}
            choices={[
              { value: myId, label: t('queue.bulk.assignToMe') },
              { value: clearValue, label: t('queue.bulk.unassign') },
              ...agents
                .filter((agent) => agent.id !== myId)
                .map((agent) => ({ value: agent.id, label: agent.name })),
            ]}
            value=""
            disabled={isWorking}
            onChoose={(value) => {
              if (value !== '') {
                apply({ assignee_id: value === clearValue ? null : value });
              }
            }}
          />
          <ChoiceSelect
            testId="bulk-status"
            label={t('queue.bulk.status')}
            placeholder={t('queue.bulk.status')}
            choices={statusChoices}
            value=""
            disabled={isWorking}
            onChoose={(status) => {
              if (status !== '') {
                apply({ status });
              }
            }}
          />
          <ChoiceSelect
            testId="bulk-priority"
            label={t('queue.bulk.priority')}
            placeholder={t('queue.bulk.priority')}
            choices={priorityChoices}
            value=""
            disabled={isWorking}
            onChoose={(priority) => {
              if (priority !== '') {
                apply({ priority });
              }
            }}
          />
          <ChoiceSelect
            testId="bulk-category"
            label={t('queue.bulk.category')}
            placeholder={t('queue.bulk.category')}
            choices={[
              ...categories.map((category) => ({ value: category.key, label: category.name })),
              { value: clearValue, label: t('queue.uncategorized') },
            ]}
            value=""
            disabled={isWorking}
            onChoose={(value) => {
              if (value !== '') {
                apply({ category: value === clearValue ? null : value });
              }
            }}
          />
          <span className="bulk-bar__tags" data-testid="bulk-tags">
            <input
              className="input bulk-bar__tag"
              aria-label={t('queue.bulk.tag')}
              placeholder={t('queue.bulk.tag')}
              value={tag}
              maxLength={64}
              disabled={isWorking}
              onChange={(event) => setTag(event.target.value)}
            />
            <button
              type="button"
              className="button button--small"
              disabled={isWorking || trimmedTag === ''}
              onClick={() => apply({ add_tags: [trimmedTag] })}
            >
              {t('queue.bulk.addTag')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={isWorking || trimmedTag === ''}
              onClick={() => apply({ remove_tags: [trimmedTag] })}
            >
              {t('queue.bulk.removeTag')}
            </button>
          </span>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setOutcome(null);
              onClear();
            }}
          >
            {t('queue.bulk.clear')}
          </button>
        </>
      ) : null}
      {outcome ? (
        <span
          className={`bulk-bar__result${outcome.kind === 'error' || (outcome.kind === 'done' && outcome.result.failed.length > 0) ? ' bulk-bar__result--failed' : ''}`}
          data-testid="bulk-result"
          role="status"
        >
          {outcome.kind === 'working'
            ? t('queue.bulk.working')
            : outcome.kind === 'error'
              ? t('queue.bulk.error', { message: outcome.message })
              : [
                  // Offline nothing was answered: only say what waits; a partly sent change says both.
                  outcome.queued > 0 && outcome.result.updated.length + outcome.result.failed.length === 0
                    ? null
                    : t('queue.bulk.result', {
                        updated: formatCount(outcome.result.updated.length, i18n.language),
                        failed: formatCount(outcome.result.failed.length, i18n.language),
                      }),
                  outcome.queued > 0
                    ? t('outboxActions.bulkQueued', { formatted: formatCount(outcome.queued, i18n.language) })
                    : null,
                ]
                  .filter((text) => text !== null)
                  .join(' · ')}
          {outcome.kind === 'done' && outcome.result.failed.length > 0 ? (
            <span className="bulk-bar__failures">
              {outcome.result.failed.map((failure) => (
                <span key={failure.id} className="bulk-bar__failure">
                  {t('queue.bulk.failure', {
                    number: String(numberOf(failure.id) ?? failure.id),
                    message: failure.message,
                  })}
                </span>
              ))}
            </span>
          ) : null}
          {!controls && outcome.kind !== 'working' ? (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setOutcome(null)}
            >
              {t('queue.bulk.dismiss')}
            </button>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}

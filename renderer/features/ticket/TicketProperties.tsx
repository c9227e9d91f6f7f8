import { useState, type ReactElement } from 'react';
import { limits } from '../../../shared/domain/schemas';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketDetail, TicketUpdate } from '../../../shared/domain/schemas';
import { ticketPriorities, type TicketPriority, type TicketStatus } from '../../../shared/domain/vocabulary';
import { allowedNextStatuses } from '../../../shared/tickets/status-machine';
import { isApiError } from '../../api/api-error';
import { useConsole } from '../../app/console-context';
import { categoryOptions } from '../queue/queue-lookups';
import { SafeContent } from './SafeContent';
import { updatableFields, type UpdatableField } from '../../../shared/sync/outbox';
import { applyActionToTicket } from '../../sync/optimistic';

/** The values the agent saw for the fields a change sets: what a later conflict is judged against. */
function baseValues(ticket: Ticket, update: TicketUpdate): Partial<Record<UpdatableField, unknown>> {
  return Object.fromEntries(
    updatableFields.filter((field) => update[field] !== undefined).map((field) => [field, ticket[field]]),
  );
}

/** Props of the property editor. */
export interface TicketPropertiesProps {
  detail: TicketDetail;
  onUpdated: (ticket: Ticket) => void;
}

/** A tag as typed, trimmed; null when nothing is left or it is too long for the service. */
export function normalizeTag(text: string): string | null {
  const tag = text.trim().replace(/\s+/gu, ' ');
  return tag.length === 0 || tag.length > limits.tagLength ? null : tag;
}

/**
 * Status, priority, category, assignee and tags, edited in place; each change is saved at once (PATCH). The status
 * select offers only the statuses the status machine allows from the current one (a closed ticket's is
 * disabled: closed is final).
 */
export function TicketProperties({ detail, onUpdated }: TicketPropertiesProps): ReactElement {
  const { t } = useTranslation();
  const { api, agents, categories, lookups, outbox, store } = useConsole();
  const [savingField, setSavingField] = useState<keyof TicketUpdate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newTag, setNewTag] = useState('');
  const options = categoryOptions(categories, lookups);
  const statusOptions = allowedNextStatuses(detail.status);

  const save = async (field: keyof TicketUpdate, update: TicketUpdate): Promise<void> => {
    setSavingField(field);
    setError(null);
    try {
      if (outbox) {
        // Through the outbox: shown at once, sent with an idempotency key (offline too); a clash with a
        // colleague's change of the same field comes back as a conflict in the sync indicator.
        // The queue's copy includes this agent's changes still waiting (a queued reply that opened the
        // ticket): the base must be what the agent sees, or their own reply would read as a colleague's change.
        const seen = store.get(detail.id) ?? detail;
        const action = {
          kind: 'update' as const,
          ticket_id: detail.id,
          base_version: seen.version,
          base: baseValues(seen, update),
          changes: update,
        };
        await outbox.enqueue(action);
        // Shown on the pane's own copy (`detail`, already carrying the queue's properties when those are as
        // new): the queue's copy is the masked list form, and would replace the full e-mail in the pane.
        // The version stays the newer one so the queue takes the change too.
        const shown = { ...detail, version: Math.max(detail.version, seen.version) };
        onUpdated(applyActionToTicket(shown, action, new Date().toISOString()));
        return;
      }
      onUpdated(await api.updateTicket(detail.id, update));
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      // 409: someone else changed the ticket, or the status machine refused; the live copy shows what is true.
      setError(
        isApiError(failure) && failure.code === 'invalid_transition'
          ? t('ticket.invalidTransition', { message })
          : isApiError(failure) && failure.status === 409
            ? t('ticket.updateConflict', { message })
            : t('ticket.updateFailed', { message }),
      );
    } finally {
      setSavingField(null);
    }
  };

  const addTag = (): void => {
    const tag = normalizeTag(newTag);
    if (tag === null) {
      if (newTag.trim().length > 0) {
        setError(t('ticket.tagTooLong', { limit: String(limits.tagLength) }));
      }
      return;
    }
    setNewTag('');
    if (detail.tags.includes(tag)) {
      return;
    }
    if (detail.tags.length >= limits.tagCount) {
      setError(t('ticket.tooManyTags', { limit: String(limits.tagCount) }));
      return;
    }
    void save('tags', { tags: [...detail.tags, tag] });
  };

  return (
    <div className="ticket-properties">
      <label className="ticket-property">
        <span className="ticket-property__label">{t('ticket.status')}</span>
        <select
          className={`select select--small ticket-property__select ticket-property__select--status-${detail.status}`}
          data-testid="ticket-status"
          value={detail.status}
          disabled={savingField === 'status' || statusOptions.length === 1}
          onChange={(event) => void save('status', { status: event.target.value as TicketStatus })}
        >
          {statusOptions.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="ticket-property">
        <span className="ticket-property__label">{t('ticket.priority')}</span>
        <select
          className="select select--small ticket-property__select"
          data-testid="ticket-priority"
          value={detail.priority}
          disabled={savingField === 'priority'}
          onChange={(event) => void save('priority', { priority: event.target.value as TicketPriority })}
        >
          {ticketPriorities.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="ticket-property">
        <span className="ticket-property__label">{t('ticket.category')}</span>
        <select
          className="select select--small ticket-property__select"
          data-testid="ticket-category"
          value={detail.category ?? ''}
          disabled={savingField === 'category'}
          onChange={(event) =>
            void save('category', { category: event.target.value === '' ? null : event.target.value })
          }
        >
          <option value="">{t('ticket.noCategory')}</option>
          {options.map((category) => (
            <option key={category.key} value={category.key}>
              {category.name}
            </option>
          ))}
          {detail.category && !options.some((category) => category.key === detail.category) ? (
            <option value={detail.category}>{lookups.categoryName(detail.category)}</option>
          ) : null}
        </select>
      </label>
      <label className="ticket-property">
        <span className="ticket-property__label">{t('ticket.assignee')}</span>
        <select
          className="select select--small ticket-property__select"
          data-testid="ticket-assignee"
          value={detail.assignee_id ?? ''}
          disabled={savingField === 'assignee_id'}
          onChange={(event) =>
            void save('assignee_id', { assignee_id: event.target.value === '' ? null : event.target.value })
          }
        >
          <option value="">{t('ticket.unassigned')}</option>
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
          {detail.assignee_id && !agents.some((agent) => agent.id === detail.assignee_id) ? (
            <option value={detail.assignee_id}>{t('queue.unknownAgent')}</option>
          ) : null}
        </select>
      </label>
      <div className="ticket-property ticket-tags">
        <span className="ticket-property__label">{t('ticket.tags')}</span>
        <ul className="ticket-tags__list" data-testid="ticket-tags">
          {detail.tags.map((tag) => (
            <li key={tag} className="ticket-tag" data-testid="ticket-tag" data-tag={tag}>
              <SafeContent as="span" text={tag} />
              <button
                type="button"
                className="ticket-tag__remove"
                aria-label={t('ticket.removeTag', { tag })}
                data-testid="ticket-tag-remove"
                disabled={savingField === 'tags'}
                onClick={() =>
                  void save('tags', { tags: detail.tags.filter((existing) => existing !== tag) })
                }
              >
                ×
              </button>
            </li>
          ))}
          <li className="ticket-tags__add">
            <input
              className="ticket-tags__input"
              data-testid="ticket-tag-input"
              value={newTag}
              maxLength={limits.tagLength + 1}
              placeholder={t('ticket.addTag')}
              aria-label={t('ticket.addTag')}
              disabled={savingField === 'tags'}
              onChange={(event) => setNewTag(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ',') {
                  event.preventDefault();
                  addTag();
                }
              }}
              onBlur={() => {
                if (newTag.trim().length > 0) {
                  addTag();
                }
              }}
            />
          </li>
        </ul>
      </div>
      {savingField ? <span className="ticket-properties__saving">{t('ticket.saving')}</span> : null}
      {error ? (
        <div className="alert ticket-properties__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

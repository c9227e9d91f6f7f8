import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket, TicketDetail, TicketUpdate } from '../../../shared/domain/schemas';
import { ticketPriorities, type TicketPriority, type TicketStatus } from '../../../shared/domain/vocabulary';
import { allowedNextStatuses } from '../../../shared/tickets/status-machine';
import { useConsole } from '../../app/console-context';
import { categoryOptions } from '../queue/queue-lookups';

/** Props of the property editor. */
export interface TicketPropertiesProps {
  detail: TicketDetail;
  onUpdated: (ticket: Ticket) => void;
}

/**
 * Status, priority, category and assignee as selects; each change is saved at once (PATCH). The status
 * select offers only the statuses the status machine allows from the current one (a closed ticket's is
 * disabled: closed is final).
 */
export function TicketProperties({ detail, onUpdated }: TicketPropertiesProps): ReactElement {
  const { t } = useTranslation();
  const { api, agents, categories, lookups } = useConsole();
  const [savingField, setSavingField] = useState<keyof TicketUpdate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const options = categoryOptions(categories, lookups);
  const statusOptions = allowedNextStatuses(detail.status);

  const save = async (field: keyof TicketUpdate, update: TicketUpdate): Promise<void> => {
    setSavingField(field);
    setError(null);
    try {
      onUpdated(await api.updateTicket(detail.id, update));
    } catch (failure) {
      setError(
        t('ticket.updateFailed', { message: failure instanceof Error ? failure.message : String(failure) }),
      );
    } finally {
      setSavingField(null);
    }
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
      {savingField ? <span className="ticket-properties__saving">{t('ticket.saving')}</span> : null}
      {error ? (
        <div className="alert ticket-properties__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

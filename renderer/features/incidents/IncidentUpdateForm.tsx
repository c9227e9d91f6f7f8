import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  incidentStatuses,
  type Incident,
  type IncidentStatus,
  type LocalizedText,
} from '../../../shared/incidents/incident-schemas';
import { LanguageFields } from './IncidentEditor';
import { incidentsClient, type IncidentConnection, type IncidentUpdateDraft } from './incidents-client';

const ticketStatusChoices = ['open', 'awaiting_customer', 'on_hold', 'solved'] as const;

/**
 * "Post an update": one reply per linked ticket in its language, optionally moving the incident's status
 * and every linked ticket's (e.g. solved on resolve). The idempotency key is made once per written update,
 * so a double click or a retry after a lost answer posts it once.
 */
export function IncidentUpdateForm({
  connection,
  incident,
  onPosted,
}: {
  connection: IncidentConnection;
  incident: Incident;
  onPosted: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const [body, setBody] = useState<LocalizedText>({});
  const [status, setStatus] = useState<IncidentStatus | ''>('');
  const [ticketStatus, setTicketStatus] = useState<(typeof ticketStatusChoices)[number] | ''>('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [isPosting, setIsPosting] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  async function post(event: FormEvent): Promise<void> {
    event.preventDefault();
    setIsPosting(true);
    const draft: IncidentUpdateDraft = {
      body,
      ...(status === '' ? {} : { status }),
      ...(ticketStatus === '' ? {} : { set_ticket_status: ticketStatus }),
    };
    try {
      const result = await incidentsClient.postUpdate(connection, incident.id, draft, key);
      setOutcome(
        t('incidents.update.done', {
          replied: String(result.replied),
          skipped: String(result.skipped_closed),
        }),
      );
      setBody({});
      setKey(crypto.randomUUID());
      onPosted();
    } catch (failure) {
      setOutcome(
        t('incidents.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
      );
    } finally {
      setIsPosting(false);
    }
  }

  return (
    <form
      className="incidents__card incidents__form"
      onSubmit={(event) => void post(event)}
      data-testid="incident-update"
    >
      <h3>{t('incidents.update.heading')}</h3>
      <p className="incidents__hint">{t('incidents.update.hint')}</p>
      <LanguageFields value={body} onChange={setBody} multiline testId="incident-update-body" />
      <div className="incidents__row">
        <label className="field">
          <span className="field__label">{t('incidents.update.incidentStatus')}</span>
          <select
            className="select"
            data-testid="incident-update-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as IncidentStatus | '')}
          >
            <option value="">{t('incidents.update.keep')}</option>
            {incidentStatuses.map((choice) => (
              <option key={choice} value={choice}>
                {t(`incidents.statuses.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('incidents.update.ticketStatus')}</span>
          <select
            className="select"
            data-testid="incident-update-ticket-status"
            value={ticketStatus}
            onChange={(event) =>
              setTicketStatus(event.target.value as (typeof ticketStatusChoices)[number] | '')
            }
          >
            <option value="">{t('incidents.update.noChange')}</option>
            {ticketStatusChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`status.${choice}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button
        type="submit"
        className="button button--primary"
        data-testid="incident-update-post"
        disabled={isPosting || Object.values(body).every((text) => text.trim() === '')}
      >
        {isPosting
          ? t('incidents.update.posting')
          : t('incidents.update.post', { count: incident.open_ticket_count })}
      </button>
      {outcome !== null ? (
        <p role="status" data-testid="incident-update-result">
          {outcome}
        </p>
      ) : null}
    </form>
  );
}

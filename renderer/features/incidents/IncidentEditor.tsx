import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  incidentStatuses,
  type IncidentStatus,
  type LocalizedText,
} from '../../../shared/incidents/incident-schemas';
import { useConsole } from '../../app/console-context';
import { incidentsClient, type IncidentConnection } from './incidents-client';

const languages = ['ko', 'en', 'zh'] as const;

/** Per-language text fields (title or body) for Korean, English and Chinese. */
export function LanguageFields({
  value,
  onChange,
  multiline,
  testId,
}: {
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  multiline: boolean;
  testId: string;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <>
      {languages.map((language) => (
        <label key={language} className="field">
          <span className="field__label">{t(`incidents.languages.${language}`)}</span>
          {multiline ? (
            <textarea
              className="textarea"
              rows={3}
              data-testid={`${testId}-${language}`}
              value={value[language] ?? ''}
              onChange={(event) => onChange({ ...value, [language]: event.target.value })}
            />
          ) : (
            <input
              className="input"
              data-testid={`${testId}-${language}`}
              value={value[language] ?? ''}
              onChange={(event) => onChange({ ...value, [language]: event.target.value })}
            />
          )}
        </label>
      ))}
    </>
  );
}

/** The form of a new incident: title and body per language, categories, status. */
export function IncidentEditor({
  connection,
  onCreated,
  onCancel,
}: {
  connection: IncidentConnection;
  onCreated: (id: string) => void;
  onCancel: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { categories } = useConsole();
  const [title, setTitle] = useState<LocalizedText>({});
  const [body, setBody] = useState<LocalizedText>({});
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState<IncidentStatus>('investigating');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    try {
      const incident = await incidentsClient.create(connection, { title, body, categories: chosen, status });
      onCreated(incident.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <form
      className="incidents__card incidents__form"
      onSubmit={(event) => void submit(event)}
      data-testid="incident-editor"
    >
      <h2>{t('incidents.new')}</h2>
      <fieldset>
        <legend>{t('incidents.title')}</legend>
        <LanguageFields value={title} onChange={setTitle} multiline={false} testId="incident-title" />
      </fieldset>
      <fieldset>
        <legend>{t('incidents.body')}</legend>
        <LanguageFields value={body} onChange={setBody} multiline testId="incident-body" />
      </fieldset>
      <fieldset className="incidents__categories">
        <legend>{t('incidents.categories')}</legend>
        {categories.map((category) => (
          <label key={category.key}>
            <input
              type="checkbox"
              data-testid="incident-category"
              value={category.key}
              checked={chosen.includes(category.key)}
              onChange={(event) =>
                setChosen(
                  event.target.checked
                    ? [...chosen, category.key]
                    : chosen.filter((key) => key !== category.key),
                )
              }
            />{' '}
            {category.name}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">{t('incidents.status')}</span>
        <select
          className="select"
          value={status}
          onChange={(event) => setStatus(event.target.value as IncidentStatus)}
        >
          {incidentStatuses.map((choice) => (
            <option key={choice} value={choice}>
              {t(`incidents.statuses.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      {error !== null ? (
        <p className="alert" role="alert">
          {t('incidents.failed', { message: error })}
        </p>
      ) : null}
      <div className="incidents__actions">
        <button type="submit" className="button button--primary" data-testid="incident-create">
          {t('incidents.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('incidents.cancel')}
        </button>
      </div>
    </form>
  );
}

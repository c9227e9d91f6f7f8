import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../shared/domain/vocabulary';
import { useConsole } from '../../app/console-context';
import { SaveFeedback, type SaveState } from '../settings/SaveFeedback';
import { useOfficialDomains } from './use-official-domains';
import './safety.css';

/**
 * Settings → Official domains: the exchange's domains that replies may link to and that customers' links
 * are measured against. Leads edit their list (one domain a line); `OFFICIAL_DOMAINS` of the service is
 * shown, read only. Every agent sees the lists.
 */
export function OfficialDomainsSection(): ReactElement {
  const { t } = useTranslation();
  const { api, session } = useConsole();
  const domains = useOfficialDomains();
  const editable = roleAtLeast(session.agent.role, 'lead');
  // The lead's edit, or (null) the list as the service has it.
  const [edited, setEdited] = useState<string | null>(null);
  const draft = edited ?? domains?.domains.join('\n') ?? '';
  const setDraft = setEdited;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  const submit = async (): Promise<void> => {
    setSaveState({ kind: 'saving' });
    try {
      const entries = draft
        .split(/[\n,]/u)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
      if (!api.saveOfficialDomains) {
        throw new Error('this service does not keep official domains');
      }
      const saved = await api.saveOfficialDomains(entries);
      setEdited(saved.domains.join('\n'));
      setSaveState({ kind: 'saved' });
    } catch (failure) {
      setSaveState({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  return (
    <section className="settings__section" data-testid="settings-official-domains">
      <h2 className="settings__heading">{t('safety.domains.title')}</h2>
      <p className="settings__hint">{t('safety.domains.hint')}</p>
      {domains && domains.environment.length > 0 ? (
        <p className="settings__hint" data-testid="official-domains-environment">
          {t('safety.domains.environment', { domains: domains.environment.join(', ') })}
        </p>
      ) : null}
      <textarea
        className="official-domains__input"
        aria-label={t('safety.domains.title')}
        data-testid="official-domains-input"
        value={draft}
        placeholder="example.com"
        readOnly={!editable}
        onChange={(event) => {
          setDraft(event.target.value);
          setSaveState({ kind: 'idle' });
        }}
      />
      {editable ? (
        <div className="settings__actions">
          <span className="settings__spacer" />
          <SaveFeedback state={saveState} testId="official-domains-feedback" />
          <button
            type="button"
            className="button button--primary"
            data-testid="official-domains-save"
            disabled={saveState.kind === 'saving'}
            onClick={() => void submit()}
          >
            {saveState.kind === 'saving' ? t('settings.saving') : t('safety.domains.save')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

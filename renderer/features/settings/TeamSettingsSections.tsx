import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettings } from '../../../shared/domain/workflow-schemas';
import { useConsole } from '../../app/console-context';
import { ChecklistRulesSection } from './ChecklistRulesSection';
import { SlaPolicySection } from './SlaPolicySection';

/**
 * The team's settings a lead edits: SLA targets and required checklist items. Loaded once from the
 * service; each section saves on its own and then shows what the service answered.
 */
export function TeamSettingsSections({ editable }: { editable: boolean }): ReactElement {
  const { t } = useTranslation();
  const { api, categories, lookups } = useConsole();
  const [settings, setSettings] = useState<TeamSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  // Bumped by "Try again": the effect below loads the settings once per attempt.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    api.settings().then(
      (loaded) => {
        if (current) {
          setSettings(loaded);
        }
      },
      (failure: unknown) => {
        if (current) {
          setLoadError(failure instanceof Error ? failure.message : String(failure));
        }
      },
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);
  const retry = (): void => {
    setLoadError(null);
    setAttempt(attempt + 1);
  };

  if (loadError !== null) {
    return (
      <section className="settings__section" data-testid="settings-team-error">
        <p className="settings__problem" role="alert">
          {t('settings.loadFailed', { message: loadError })}
        </p>
        <button type="button" className="button" onClick={retry}>
          {t('settings.retry')}
        </button>
      </section>
    );
  }
  if (settings === null) {
    return <p className="settings__hint settings__section">{t('settings.loading')}</p>;
  }
  // Named as the queue names them: default categories in the console's language, added ones by their name.
  const categoryList = categories.map((category) => ({
    key: category.key,
    name: lookups.categoryName(category.key),
  }));
  return (
    <>
      {editable ? null : <p className="settings__hint settings__section">{t('settings.readOnly')}</p>}
      <SlaPolicySection
        policy={settings.sla_policy}
        categories={categoryList}
        editable={editable}
        save={api.saveSlaPolicy}
        onSaved={setSettings}
      />
      <ChecklistRulesSection
        rules={settings.checklist_rules}
        categories={categoryList}
        editable={editable}
        save={api.saveChecklistRules}
        onSaved={setSettings}
      />
    </>
  );
}

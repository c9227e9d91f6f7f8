import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistKeys, type ChecklistKey } from '../../../shared/checklist/items';
import type { ChecklistRules, TeamSettings } from '../../../shared/domain/workflow-schemas';
import { SaveFeedback, type SaveState } from './SaveFeedback';

interface ChecklistRulesSectionProps {
  rules: ChecklistRules;
  categories: readonly { key: string; name: string }[];
  editable: boolean;
  save: (rules: ChecklistRules) => Promise<TeamSettings>;
  onSaved: (settings: TeamSettings) => void;
}

/** Toggles one key of one category, keeping the keys in checklist order (the order tickets show them in). */
export function toggleRule(rules: ChecklistRules, category: string, key: ChecklistKey): ChecklistRules {
  const current = new Set(rules[category] ?? []);
  if (current.has(key)) {
    current.delete(key);
  } else {
    current.add(key);
  }
  return { ...rules, [category]: checklistKeys.filter((candidate) => current.has(candidate)) };
}

/** Which checklist items each category requires: a grid of categories × items a lead ticks and saves. */
export function ChecklistRulesSection({
  rules,
  categories,
  editable,
  save,
  onSaved,
}: ChecklistRulesSectionProps): ReactElement {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ChecklistRules>(rules);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  const submit = async (): Promise<void> => {
    setSaveState({ kind: 'saving' });
    try {
      const saved = await save(draft);
      setDraft(saved.checklist_rules);
      setSaveState({ kind: 'saved' });
      onSaved(saved);
    } catch (failure) {
      setSaveState({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  return (
    <section className="settings__section settings__section--wide" data-testid="settings-checklist-rules">
      <h2 className="settings__heading">{t('settings.rules.title')}</h2>
      <p className="settings__hint">{t('settings.rules.hint')}</p>
      <div className="settings__grid-scroll">
        <table className="settings__table settings__table--grid">
          <thead>
            <tr>
              <th scope="col">{t('settings.rules.category')}</th>
              {checklistKeys.map((key) => (
                <th key={key} scope="col" className="settings__grid-key">
                  {t(`checklist.items.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => {
              const required = new Set(draft[category.key] ?? []);
              return (
                <tr key={category.key}>
                  <th scope="row">{category.name}</th>
                  {checklistKeys.map((key) => (
                    <td key={key} className="settings__grid-cell">
                      <input
                        type="checkbox"
                        data-testid="checklist-rule"
                        data-category={category.key}
                        data-key={key}
                        aria-label={`${category.name} · ${t(`checklist.items.${key}`)}`}
                        checked={required.has(key)}
                        disabled={!editable}
                        onChange={() => {
                          setDraft(toggleRule(draft, category.key, key));
                          setSaveState({ kind: 'idle' });
                        }}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="settings__actions">
          <span className="settings__spacer" />
          <SaveFeedback state={saveState} testId="settings-rules-feedback" />
          <button
            type="button"
            className="button button--primary"
            data-testid="settings-rules-save"
            disabled={saveState.kind === 'saving'}
            onClick={() => void submit()}
          >
            {saveState.kind === 'saving' ? t('settings.saving') : t('settings.rules.save')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

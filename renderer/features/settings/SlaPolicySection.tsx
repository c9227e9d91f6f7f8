import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaPolicyWire, TeamSettings } from '../../../shared/domain/workflow-schemas';
import { ticketPriorities, type TicketPriority } from '../../../shared/domain/vocabulary';
import {
  slaFormFromWire,
  slaFormToWire,
  type DurationField,
  type DurationUnit,
  type OverrideRow,
  type SlaForm,
  type SlaFormProblem,
  type SlaFormProblems,
  type TargetFields,
} from './sla-form';
import { SaveFeedback, type SaveState } from './SaveFeedback';

interface SlaPolicySectionProps {
  policy: SlaPolicyWire;
  categories: readonly { key: string; name: string }[];
  editable: boolean;
  save: (policy: SlaPolicyWire) => Promise<TeamSettings>;
  onSaved: (settings: TeamSettings) => void;
}

const targetNames = ['firstResponse', 'resolution'] as const;

/** SLA targets per priority, with per-category overrides; a lead edits and saves them as one policy. */
export function SlaPolicySection({
  policy,
  categories,
  editable,
  save,
  onSaved,
}: SlaPolicySectionProps): ReactElement {
  const { t } = useTranslation();
  const [form, setForm] = useState<SlaForm>(() => slaFormFromWire(policy));
  const [problems, setProblems] = useState<SlaFormProblems>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [nextRowNumber, setNextRowNumber] = useState(1);

  const edit = (next: SlaForm): void => {
    setForm(next);
    setSaveState({ kind: 'idle' });
  };
  const setPriorityTargets = (priority: TicketPriority, targets: TargetFields): void => {
    edit({ ...form, priorities: { ...form.priorities, [priority]: targets } });
  };
  const setOverride = (row: OverrideRow): void => {
    edit({ ...form, overrides: form.overrides.map((other) => (other.id === row.id ? row : other)) });
  };
  const addOverride = (): void => {
    const category = categories[0]?.key ?? 'general';
    setNextRowNumber(nextRowNumber + 1);
    edit({
      ...form,
      overrides: [
        ...form.overrides,
        {
          id: `new-${nextRowNumber}`,
          category,
          priority: 'normal',
          targets: { firstResponse: { value: '', unit: 'hours' }, resolution: { value: '', unit: 'hours' } },
        },
      ],
    });
  };
  const removeOverride = (id: string): void => {
    edit({ ...form, overrides: form.overrides.filter((row) => row.id !== id) });
  };

  const submit = async (): Promise<void> => {
    const result = slaFormToWire(form);
    setProblems(result.problems ?? {});
    if (result.policy === null) {
      setSaveState({ kind: 'invalid' });
      return;
    }
    setSaveState({ kind: 'saving' });
    try {
      const saved = await save(result.policy);
      setForm(slaFormFromWire(saved.sla_policy));
      setSaveState({ kind: 'saved' });
      onSaved(saved);
    } catch (failure) {
      setSaveState({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  const knownCategories = new Map(categories.map((category) => [category.key, category.name]));
  const categoryChoices = (current: string): { key: string; name: string }[] =>
    knownCategories.has(current) ? [...categories] : [...categories, { key: current, name: current }];

  return (
    <section className="settings__section settings__section--wide" data-testid="settings-sla">
      <h2 className="settings__heading">{t('settings.sla.title')}</h2>
      <p className="settings__hint">{t('settings.sla.hint')}</p>
      <table className="settings__table settings__table--targets">
        <thead>
          <tr>
            <th scope="col">{t('settings.sla.priority')}</th>
            <th scope="col">{t('settings.sla.firstResponse')}</th>
            <th scope="col">{t('settings.sla.resolution')}</th>
          </tr>
        </thead>
        <tbody>
          {ticketPriorities.map((priority) => (
            <tr key={priority} data-testid={`sla-priority-${priority}`}>
              <th scope="row">{t(`priority.${priority}`)}</th>
              {targetNames.map((target) => (
                <td key={target}>
                  <DurationInput
                    field={form.priorities[priority][target]}
                    label={`${t(`priority.${priority}`)} · ${t(`settings.sla.${target}`)}`}
                    testId={`sla-${priority}-${target}`}
                    disabled={!editable}
                    problem={problems[`${priority}.${target}`]}
                    onChange={(field) =>
                      setPriorityTargets(priority, { ...form.priorities[priority], [target]: field })
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="settings__subheading">{t('settings.sla.overrides')}</h3>
      <p className="settings__hint">{t('settings.sla.overridesHint')}</p>
      {form.overrides.length === 0 ? (
        <p className="settings__empty">{t('settings.sla.noOverrides')}</p>
      ) : (
        <table className="settings__table settings__table--targets">
          <thead>
            <tr>
              <th scope="col">{t('settings.sla.category')}</th>
              <th scope="col">{t('settings.sla.priority')}</th>
              <th scope="col">{t('settings.sla.firstResponse')}</th>
              <th scope="col">{t('settings.sla.resolution')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.sla.removeOverride')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.overrides.map((row) => {
              const rowProblem = problems[`${row.id}.row`];
              return (
                <tr
                  key={row.id}
                  data-testid="sla-override"
                  className={rowProblem ? 'settings__row-invalid' : ''}
                >
                  <td>
                    <select
                      className="select select--small"
                      aria-label={t('settings.sla.category')}
                      data-testid="sla-override-category"
                      value={row.category}
                      disabled={!editable}
                      onChange={(event) => setOverride({ ...row, category: event.target.value })}
                    >
                      {categoryChoices(row.category).map((category) => (
                        <option key={category.key} value={category.key}>
                          {category.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="select select--small"
                      aria-label={t('settings.sla.priority')}
                      data-testid="sla-override-priority"
                      value={row.priority}
                      disabled={!editable}
                      onChange={(event) =>
                        setOverride({ ...row, priority: event.target.value as TicketPriority })
                      }
                    >
                      {ticketPriorities.map((priority) => (
                        <option key={priority} value={priority}>
                          {t(`priority.${priority}`)}
                        </option>
                      ))}
                    </select>
                    {rowProblem ? (
                      <p className="settings__problem" role="alert">
                        {t(`settings.sla.problems.${rowProblem}`)}
                      </p>
                    ) : null}
                  </td>
                  {targetNames.map((target) => (
                    <td key={target}>
                      <DurationInput
                        field={row.targets[target]}
                        label={t(`settings.sla.${target}`)}
                        testId={`sla-override-${target}`}
                        placeholder={t('settings.sla.inherit')}
                        disabled={!editable}
                        problem={problems[`${row.id}.${target}`]}
                        onChange={(field) =>
                          setOverride({ ...row, targets: { ...row.targets, [target]: field } })
                        }
                      />
                    </td>
                  ))}
                  <td>
                    {editable ? (
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        data-testid="sla-override-remove"
                        onClick={() => removeOverride(row.id)}
                      >
                        {t('settings.sla.removeOverride')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editable ? (
        <div className="settings__actions">
          <button type="button" className="button" data-testid="sla-override-add" onClick={addOverride}>
            {t('settings.sla.addOverride')}
          </button>
          <span className="settings__spacer" />
          <SaveFeedback state={saveState} testId="settings-sla-feedback" />
          <button
            type="button"
            className="button button--primary"
            data-testid="settings-sla-save"
            disabled={saveState.kind === 'saving'}
            onClick={() => void submit()}
          >
            {saveState.kind === 'saving' ? t('settings.saving') : t('settings.sla.save')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

interface DurationInputProps {
  field: DurationField;
  label: string;
  testId: string;
  disabled: boolean;
  placeholder?: string;
  problem: SlaFormProblem | undefined;
  onChange: (field: DurationField) => void;
}

/** A number and its unit (hours or minutes), with the field's problem under it. */
function DurationInput({
  field,
  label,
  testId,
  disabled,
  placeholder,
  problem,
  onChange,
}: DurationInputProps): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="settings__duration">
      <input
        className="input settings__number"
        type="number"
        inputMode="decimal"
        min="0"
        step="any"
        aria-label={label}
        aria-invalid={problem !== undefined}
        data-testid={testId}
        value={field.value}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(event) => onChange({ ...field, value: event.target.value })}
      />
      <select
        className="select select--small"
        aria-label={`${label} · ${t('settings.sla.unit')}`}
        data-testid={`${testId}-unit`}
        value={field.unit}
        disabled={disabled}
        onChange={(event) => onChange({ ...field, unit: event.target.value as DurationUnit })}
      >
        <option value="hours">{t('settings.sla.hours')}</option>
        <option value="minutes">{t('settings.sla.minutes')}</option>
      </select>
      {problem !== undefined ? (
        <p className="settings__problem" role="alert">
          {t(`settings.sla.problems.${problem}`)}
        </p>
      ) : null}
    </div>
  );
}

import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriorityRule, RoutingConfiguration } from '../../../shared/domain/routing-schemas';
import { ticketPriorities, type TicketPriority } from '../../../shared/domain/vocabulary';
import { useConsole } from '../../app/console-context';
import { ChoiceChips, SaveLine } from './SaveLine';
import { parseLanguages, useSave } from './use-routing';

/** A rule as the form edits it: patterns one per line, languages as typed. */
interface RuleDraft {
  id: string;
  name: string;
  categories: string[];
  patterns: string;
  languages: string;
  priority: TicketPriority;
}

function toDraft(rule: PriorityRule): RuleDraft {
  return { ...rule, patterns: rule.patterns.join('\n'), languages: rule.languages.join(', ') };
}

function fromDraft(draft: RuleDraft): PriorityRule {
  return {
    id: draft.id,
    name: draft.name.trim(),
    categories: draft.categories,
    patterns: draft.patterns
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    languages: parseLanguages(draft.languages),
    priority: draft.priority,
  };
}

/** The priority rules and the skill wait, edited as one document and saved whole. */
export function RulesSection({
  configuration,
  replace,
  canEdit,
}: {
  configuration: RoutingConfiguration;
  replace: (configuration: RoutingConfiguration) => void;
  canEdit: boolean;
}): ReactElement {
  const { t } = useTranslation();
  const { api, categories, lookups } = useConsole();
  const [drafts, setDrafts] = useState(() => configuration.rules.map(toDraft));
  const [skillWait, setSkillWait] = useState(String(configuration.skill_wait_minutes));
  const [status, save] = useSave(replace);
  const change = (index: number, changes: Partial<RuleDraft>): void =>
    setDrafts((current) =>
      current.map((draft, position) => (position === index ? { ...draft, ...changes } : draft)),
    );
  const skillWaitMinutes = Number(skillWait);
  const isValid =
    Number.isInteger(skillWaitMinutes) &&
    skillWaitMinutes >= 1 &&
    drafts.every((draft) => draft.name.trim() !== '');
  return (
    <section className="routing__section" aria-labelledby="routing-rules-heading">
      <h2 id="routing-rules-heading" className="routing__heading">
        {t('routing.rules.heading')}
      </h2>
      <p className="routing__hint">{t('routing.rules.hint')}</p>
      <ul className="routing__cards">
        {drafts.map((draft, index) => (
          <li key={draft.id} className="routing__card" data-testid="routing-rule">
            <div className="routing__card-head">
              <input
                className="input routing__name"
                aria-label={t('routing.rules.name')}
                value={draft.name}
                disabled={!canEdit}
                onChange={(event) => change(index, { name: event.target.value })}
              />
              <label className="routing__inline">
                <span>{t('routing.rules.priority')}</span>
                <select
                  className="select select--small"
                  data-testid="routing-rule-priority"
                  value={draft.priority}
                  disabled={!canEdit}
                  onChange={(event) => change(index, { priority: event.target.value as TicketPriority })}
                >
                  {ticketPriorities.map((priority) => (
                    <option key={priority} value={priority}>
                      {t(`priority.${priority}`)}
                    </option>
                  ))}
                </select>
              </label>
              {canEdit ? (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setDrafts((current) => current.filter((_, position) => position !== index))}
                >
                  {t('routing.rules.remove')}
                </button>
              ) : null}
            </div>
            <div className="routing__label">{t('routing.rules.categories')}</div>
            <ChoiceChips
              options={categories.map((category) => ({
                value: category.key,
                label: lookups.categoryName(category.key),
              }))}
              chosen={draft.categories}
              label={(value) => `${t('routing.rules.categories')}: ${lookups.categoryName(value)}`}
              onChange={(chosen) => change(index, { categories: chosen })}
              disabled={!canEdit}
            />
            <div className="routing__rule-texts">
              <label className="routing__field routing__field--wide">
                <span>{t('routing.rules.patterns')}</span>
                <textarea
                  className="textarea"
                  rows={3}
                  data-testid="routing-rule-patterns"
                  value={draft.patterns}
                  disabled={!canEdit}
                  onChange={(event) => change(index, { patterns: event.target.value })}
                />
              </label>
              <label className="routing__field">
                <span>{t('routing.rules.languages')}</span>
                <input
                  className="input"
                  value={draft.languages}
                  placeholder={t('routing.agents.languagesHint')}
                  disabled={!canEdit}
                  onChange={(event) => change(index, { languages: event.target.value })}
                />
              </label>
            </div>
          </li>
        ))}
      </ul>
      <div className="routing__add">
        {canEdit ? (
          <button
            type="button"
            className="button button--small"
            data-testid="routing-rule-add"
            onClick={() =>
              setDrafts((current) => [
                ...current,
                {
                  id: crypto.randomUUID(),
                  name: t('routing.rules.newRule'),
                  categories: [],
                  patterns: '',
                  languages: '',
                  priority: 'high',
                },
              ])
            }
          >
            {t('routing.rules.add')}
          </button>
        ) : null}
        <label className="routing__inline">
          <span>{t('routing.rules.skillWait')}</span>
          <input
            className="input routing__number"
            type="number"
            min={1}
            value={skillWait}
            disabled={!canEdit}
            aria-invalid={!Number.isInteger(skillWaitMinutes) || skillWaitMinutes < 1}
            onChange={(event) => setSkillWait(event.target.value)}
          />
        </label>
      </div>
      {canEdit ? (
        <SaveLine
          status={status}
          testId="routing-rules-save"
          disabled={!isValid}
          onSave={() =>
            void save(() =>
              api.saveRoutingRules({ rules: drafts.map(fromDraft), skill_wait_minutes: skillWaitMinutes }),
            )
          }
        />
      ) : null}
    </section>
  );
}

import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistKey } from '../../../shared/checklist/items';
import { composeMissingInfoRequest } from '../../../shared/checklist/missing-info-request';
import type { Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { useAgentPreferences } from '../../app/agent-preferences';
import { useConsole } from '../../app/console-context';
import { readRemembered, writeRemembered } from '../../ui/remembered-setting';
import { SafeContent } from '../ticket/SafeContent';
import {
  customerLanguage,
  missingRequiredKeys,
  newlyProvidedKeys,
  visibleChecklistItems,
  type ChecklistLine,
} from './checklist-model';
import './checklist.css';

/** The remembered setting "checklist folded" (`ui/remembered-setting.ts`). */
const collapsedSetting = 'checklist-collapsed';

/** Props of the checklist panel. */
export interface ChecklistPanelProps {
  detail: TicketDetail;
  onUpdated: (ticket: Ticket) => void;
  /** The agent clicked an item's evidence: highlight it in the thread. */
  onShowEvidence: (key: ChecklistKey, evidence: string) => void;
  /** The key whose evidence the thread currently highlights, if any. */
  shownKey?: ChecklistKey | null;
  /** "Ask for missing info": the composed request, to put into the composer. */
  onAskMissingInfo: (body: string) => void;
}

/**
 * What the ticket tells us and what it lacks: every checklist item present or missing (required ones
 * marked), its evidence (click to find it in the thread), a hand override per item, and "ask for missing
 * info" that writes the request for exactly the missing required items in the customer's language.
 */
export function ChecklistPanel({
  detail,
  onUpdated,
  onShowEvidence,
  shownKey = null,
  onAskMissingInfo,
}: ChecklistPanelProps): ReactElement {
  const { t } = useTranslation();
  const { api, session } = useConsole();
  const [preferences] = useAgentPreferences();
  const [savingKey, setSavingKey] = useState<ChecklistKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Folded away, the header (summary, situation, "Ask for missing info") stays: the thread gets the room.
  // Remembered per agent, as it is about how the agent likes the screen, not about one ticket.
  const [isCollapsed, setIsCollapsed] = useState(
    () => readRemembered(collapsedSetting, session.agent.id) === '1',
  );
  const itemsId = useId();
  const toggleCollapsed = (): void => {
    setIsCollapsed(!isCollapsed);
    writeRemembered(collapsedSetting, session.agent.id, isCollapsed ? '0' : '1');
  };
  const missing = missingRequiredKeys(detail);
  const newlyProvided = newlyProvidedKeys(detail);
  const items = visibleChecklistItems(detail);
  const requiredCount = items.filter((item) => item.required).length;
  const presentRequiredCount = items.filter((item) => item.required && item.present).length;

  const mark = async (key: ChecklistKey, present: boolean | null): Promise<void> => {
    setSavingKey(key);
    setError(null);
    try {
      onUpdated(await api.updateTicket(detail.id, { checklist_marks: [{ key, present }] }));
    } catch (failure) {
      setError(
        t('checklist.markFailed', { message: failure instanceof Error ? failure.message : String(failure) }),
      );
    } finally {
      setSavingKey(null);
    }
  };

  // Nothing to ask on a solved or closed ticket: the conversation is over.
  const canAsk = detail.status !== 'solved' && detail.status !== 'closed';
  const askMissingInfo = (): void => {
    const language = customerLanguage(detail);
    onAskMissingInfo(
      composeMissingInfoRequest({
        missing,
        language,
        customerName: detail.requester.name,
        // Signed with the name the agent gave for the customer's language (Settings), else the account name.
        agentName: preferences.display_names?.[language]?.trim() || session.agent.name,
        ticketNumber: detail.number,
      }),
    );
  };

  return (
    <section className="checklist-panel" data-testid="checklist-panel" aria-label={t('checklist.title')}>
      <header className="checklist-panel__header">
        {/* The WAI-ARIA accordion pattern: the heading holds the button that folds the items. */}
        <h3 className="checklist-panel__title">
          <button
            type="button"
            className="checklist-panel__toggle"
            data-testid="checklist-toggle"
            aria-expanded={!isCollapsed}
            aria-controls={itemsId}
            title={isCollapsed ? t('agentPane.expandChecklist') : t('agentPane.collapseChecklist')}
            onClick={toggleCollapsed}
          >
            <span className="checklist-panel__chevron" aria-hidden="true">
              {isCollapsed ? '▸' : '▾'}
            </span>
            {t('checklist.title')}
          </button>
        </h3>
        <span className="checklist-panel__summary">
          {!detail.checklist.analyzed
            ? t('checklist.notAnalyzed')
            : requiredCount === 0
              ? t('checklist.nothingRequired')
              : t('checklist.requiredSummary', {
                  present: String(presentRequiredCount),
                  total: String(requiredCount),
                })}
        </span>
        {detail.checklist.situation ? (
          <span className="checklist-panel__situation" data-testid="checklist-situation">
            {t('checklistCrypto.situationLabel', {
              situation: t(`checklistCrypto.situations.${detail.checklist.situation}`),
            })}
          </span>
        ) : null}
        {canAsk ? (
          <button
            type="button"
            className="button button--small checklist-panel__ask"
            data-testid="ask-missing-info"
            disabled={missing.length === 0}
            title={missing.length === 0 ? t('checklist.nothingMissing') : undefined}
            onClick={askMissingInfo}
          >
            {t('checklist.askMissingInfo')}
            {missing.length > 0 ? <span className="checklist-panel__count">{missing.length}</span> : null}
          </button>
        ) : null}
      </header>
      {error ? (
        <div className="alert checklist-panel__error" role="alert">
          {error}
        </div>
      ) : null}
      {isCollapsed ? null : (
        <ul className="checklist-panel__items" id={itemsId}>
          {items.map((item) => (
            <ChecklistRow
              key={item.key}
              item={item}
              isNew={newlyProvided.has(item.key) && item.present}
              isShown={shownKey === item.key}
              isSaving={savingKey === item.key}
              onMark={(present) => void mark(item.key, present)}
              onShowEvidence={onShowEvidence}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ChecklistRow({
  item,
  isNew,
  isShown,
  isSaving,
  onMark,
  onShowEvidence,
}: {
  item: ChecklistLine;
  isNew: boolean;
  isShown: boolean;
  isSaving: boolean;
  onMark: (present: boolean | null) => void;
  onShowEvidence: (key: ChecklistKey, evidence: string) => void;
}): ReactElement {
  const { t } = useTranslation();
  const label = t(`checklist.items.${item.key}`);
  const isMarked = item.marked === true || item.marked === false;
  const evidence = item.evidence;
  const notApplicable = item.not_applicable ?? null;
  const state = item.present
    ? 'present'
    : notApplicable !== null
      ? 'not-applicable'
      : item.required
        ? 'missing-required'
        : 'missing';
  return (
    <li
      className={`checklist-item checklist-item--${state}${isShown ? ' checklist-item--shown' : ''}`}
      data-testid="checklist-item"
      data-key={item.key}
      data-present={String(item.present)}
      data-required={String(item.required)}
      data-not-applicable={notApplicable ?? undefined}
    >
      <input
        type="checkbox"
        className="checklist-item__check"
        checked={item.present}
        disabled={isSaving}
        aria-label={
          item.present
            ? t('checklist.markMissing', { item: label })
            : t('checklist.markPresent', { item: label })
        }
        data-testid="checklist-item-toggle"
        onChange={(event) => onMark(event.target.checked)}
      />
      <div className="checklist-item__main">
        <div className="checklist-item__line">
          <span className="checklist-item__label">{label}</span>
          {item.required ? <span className="checklist-item__badge">{t('checklist.required')}</span> : null}
          {isNew ? (
            <span
              className="checklist-item__badge checklist-item__badge--new"
              data-testid="checklist-item-new"
            >
              {t('checklist.new')}
            </span>
          ) : null}
          <span className="checklist-item__state">
            {item.present
              ? t('checklist.present')
              : notApplicable !== null
                ? t('checklistCrypto.notApplicable')
                : t('checklist.missing')}
          </span>
        </div>
        {notApplicable !== null && !item.present ? (
          <div className="checklist-item__reason" data-testid="checklist-not-applicable">
            {notApplicable === 'agent_marked'
              ? t('checklistMarks.markedByAgent')
              : t(`checklistCrypto.reasons.${notApplicable}`)}
          </div>
        ) : null}
        {evidence ? (
          <button
            type="button"
            className="checklist-item__evidence"
            data-testid="checklist-evidence"
            title={t('checklist.showEvidence')}
            onClick={() => onShowEvidence(item.key, evidence)}
          >
            <SafeContent as="span" text={evidence} />
          </button>
        ) : null}
        {isMarked ? (
          <div className="checklist-item__marked">
            <span>{t('checklist.markedByHand')}</span>
            <button
              type="button"
              className="checklist-item__reset"
              data-testid="checklist-item-reset"
              disabled={isSaving}
              onClick={() => onMark(null)}
            >
              {t('checklist.resetToAutomatic')}
            </button>
          </div>
        ) : null}
      </div>
    </li>
  );
}

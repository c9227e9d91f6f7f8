import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistKey } from '../../../shared/checklist/items';
import { previewChecklistMarks } from '../../../shared/checklist/marks';
import { composeMissingInfoRequest } from '../../../shared/checklist/missing-info-request';
import { ticketSchema, type Ticket, type TicketDetail } from '../../../shared/domain/schemas';
import { useAgentPreferences } from '../../app/agent-preferences';
import { useConsole } from '../../app/console-context';
import { readRemembered, writeRemembered } from '../../ui/remembered-setting';
import { applyActionToTicket } from '../../sync/optimistic';
import {
  customerLanguage,
  missingRequiredKeys,
  newlyProvidedKeys,
  visibleChecklistItems,
} from './checklist-model';
import { ChecklistRow, type MarkChange } from './ChecklistRow';
import { usePendingChecklistMarks } from './pending-marks';
import './checklist.css';
import { outboxErrorText } from '../../sync/outbox-error-text';

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
 * marked), its evidence (click to find it in the thread), a hand override per item ("not applicable"
 * included), and "ask for missing info" that writes the request for exactly the missing required items in
 * the customer's language. Marks go through the outbox and show "waiting to send" until acknowledged.
 */
export function ChecklistPanel({
  detail: loadedDetail,
  onUpdated,
  onShowEvidence,
  shownKey = null,
  onAskMissingInfo,
}: ChecklistPanelProps): ReactElement {
  const { t } = useTranslation();
  const { api, session, outbox, store } = useConsole();
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
  // Marks still in the outbox show at once, offline and after a reload too, until the service has them.
  const pendingMarks = usePendingChecklistMarks(loadedDetail.id);
  const pendingKeys = new Set(pendingMarks.map((change) => change.key));
  const detail =
    pendingMarks.length === 0
      ? loadedDetail
      : { ...loadedDetail, checklist: previewChecklistMarks(loadedDetail.checklist, pendingMarks) };
  const missing = missingRequiredKeys(detail);
  const newlyProvided = newlyProvidedKeys(detail);
  const items = visibleChecklistItems(detail);
  const requiredCount = items.filter((item) => item.required).length;
  const presentRequiredCount = items.filter((item) => item.required && item.present).length;

  const mark = async (key: ChecklistKey, change: MarkChange): Promise<void> => {
    setSavingKey(key);
    setError(null);
    const update = { checklist_marks: [{ key, ...change }] };
    try {
      if (outbox) {
        // Through the outbox like every ticket change (docs/offline.md): shown at once, sent under an
        // idempotency key, offline too. No field of the ticket's properties changes, so nothing conflicts.
        const seen = store.get(detail.id) ?? detail;
        const action = {
          kind: 'update' as const,
          ticket_id: detail.id,
          base_version: seen.version,
          base: {},
          changes: update,
        };
        const submission = outbox.submit(action);
        onUpdated(applyActionToTicket(loadedDetail, action, new Date().toISOString()));
        // Once the service answers, its checklist replaces the guess (a refused mark shows why).
        void submission.then(
          (result) => {
            const answer = ticketSchema.safeParse(result.kind === 'acknowledged' ? result.body : null);
            if (answer.success) {
              onUpdated(answer.data);
            } else if (result.kind === 'failed' || result.kind === 'conflict') {
              setError(
                t('checklist.markFailed', {
                  message: outboxErrorText(result.entry.error, { t, leadIn: false }) || result.kind,
                }),
              );
              // The mark will not happen: the pane shows the service's checklist again, not the guess.
              api.getTicket(detail.id).then(onUpdated, () => undefined);
            }
          },
          (failure: unknown) =>
            setError(t('checklist.markFailed', { message: failure instanceof Error ? failure.message : '' })),
        );
        return;
      }
      onUpdated(await api.updateTicket(detail.id, update));
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
              isPending={pendingKeys.has(item.key)}
              onMark={(change) => void mark(item.key, change)}
              onShowEvidence={onShowEvidence}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

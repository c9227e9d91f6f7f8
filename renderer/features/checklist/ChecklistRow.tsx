import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistKey } from '../../../shared/checklist/items';
import type { ChecklistMarkChange } from '../../../shared/checklist/marks';
import { SafeContent } from '../ticket/SafeContent';
import type { ChecklistLine } from './checklist-model';

/** One hand mark as a row makes it: a present/missing or not-applicable change of its own key. */
export type MarkChange = Omit<ChecklistMarkChange, 'key'>;

/**
 * One checklist item: present, missing (required ones flagged) or not applicable with the reason, its
 * evidence, the hand mark (checkbox, "Reset to automatic", "Not applicable" / "Applies again") and
 * "waiting to send" while its mark is in the outbox.
 */
export function ChecklistRow({
  item,
  isNew,
  isShown,
  isSaving,
  isPending,
  onMark,
  onShowEvidence,
}: {
  item: ChecklistLine;
  isNew: boolean;
  isShown: boolean;
  isSaving: boolean;
  /** A mark of this item waits in the outbox. */
  isPending: boolean;
  onMark: (change: MarkChange) => void;
  onShowEvidence: (key: ChecklistKey, evidence: string) => void;
}): ReactElement {
  const { t } = useTranslation();
  const label = t(`checklist.items.${item.key}`);
  const isMarked = item.marked === true || item.marked === false;
  const evidence = item.evidence;
  const notApplicable = item.not_applicable ?? null;
  const isMarkedNotApplicable = notApplicable === 'agent_marked';
  // Only a required item still missing needs it: nothing else is asked for, and a present one is answered.
  const canMarkNotApplicable = notApplicable === null && item.required && !item.present;
  // An automatic "not applicable" the agent may overrule (a pending withdrawal's TxID needed after all).
  const canMarkApplies = notApplicable !== null && !isMarkedNotApplicable && !item.present;
  const applies = item.applies ?? null;
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
      data-applies={applies === null ? undefined : 'agent_marked'}
      data-pending={isPending ? 'true' : undefined}
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
        onChange={(event) => onMark({ present: event.target.checked })}
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
          {canMarkNotApplicable ? (
            <button
              type="button"
              className="checklist-item__reset checklist-item__not-applicable"
              data-testid="checklist-item-not-applicable"
              disabled={isSaving}
              aria-label={t('checklistMarks.markNotApplicableLabel', { item: label })}
              onClick={() => onMark({ not_applicable: true })}
            >
              {t('checklistMarks.markNotApplicable')}
            </button>
          ) : null}
          {canMarkApplies ? (
            <button
              type="button"
              className="checklist-item__reset checklist-item__applies"
              data-testid="checklist-item-applies"
              disabled={isSaving}
              aria-label={t('dayTruth.applies.buttonLabel', { item: label })}
              onClick={() => onMark({ not_applicable: false })}
            >
              {t('dayTruth.applies.button')}
            </button>
          ) : null}
          {isPending ? (
            <span className="checklist-item__pending" data-testid="checklist-item-pending">
              {t('checklistMarks.waitingToSend')}
            </span>
          ) : null}
        </div>
        {isMarkedNotApplicable ? (
          <div className="checklist-item__marked" data-testid="checklist-not-applicable">
            <span>{t('checklistMarks.markedByAgent')}</span>
            <button
              type="button"
              className="checklist-item__reset"
              data-testid="checklist-item-applies-again"
              disabled={isSaving}
              aria-label={t('checklistMarks.appliesAgainLabel', { item: label })}
              onClick={() => onMark({ not_applicable: false })}
            >
              {t('checklistMarks.appliesAgain')}
            </button>
          </div>
        ) : applies !== null ? (
          <div className="checklist-item__marked" data-testid="checklist-applies">
            <span>
              {t('dayTruth.applies.marked', { reason: t(`checklistCrypto.reasons.${applies.overrides}`) })}
            </span>
            <button
              type="button"
              className="checklist-item__reset"
              data-testid="checklist-item-applies-reset"
              disabled={isSaving}
              aria-label={t('dayTruth.applies.resetLabel', { item: label })}
              onClick={() => onMark({ present: null })}
            >
              {t('dayTruth.applies.reset')}
            </button>
          </div>
        ) : notApplicable !== null && !item.present ? (
          <div className="checklist-item__reason" data-testid="checklist-not-applicable">
            {t(`checklistCrypto.reasons.${notApplicable}`)}
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
              onClick={() => onMark({ present: null })}
            >
              {t('checklist.resetToAutomatic')}
            </button>
          </div>
        ) : null}
      </div>
    </li>
  );
}

import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../app/console-context';
import { SafeContent } from '../ticket/SafeContent';
import type { TicketChange, WatchedField } from './stale-changes';

/** Props of the stale-reply guard dialog. */
export interface StaleReplyGuardProps {
  changes: readonly TicketChange[];
  isSending: boolean;
  /** Show the fresh ticket and keep the draft. */
  onReview: () => void;
  /** Send the draft against the ticket as it is now. */
  onSendAnyway: () => void;
}

/**
 * Shown instead of sending when the ticket changed since the agent read it: what changed (new messages
 * with a preview, property changes old → new), then "Review" or "Send anyway". A reply written against an
 * old state can answer a question the customer no longer has, or contradict a colleague.
 */
export function StaleReplyGuard({
  changes,
  isSending,
  onReview,
  onSendAnyway,
}: StaleReplyGuardProps): ReactElement {
  const { t } = useTranslation();
  const { lookups } = useConsole();
  const reviewButton = useRef<HTMLButtonElement | null>(null);

  // Focus the safe choice, so Enter after an accidental Mod+Enter does not send.
  useEffect(() => {
    reviewButton.current?.focus();
  }, []);

  const fieldValue = (field: WatchedField, value: string | null): string => {
    if (value === null) {
      return field === 'assignee_id' ? t('ticket.unassigned') : t('ticket.noCategory');
    }
    switch (field) {
      case 'status':
        return t(`status.${value}` as 'status.new');
      case 'priority':
        return t(`priority.${value}` as 'priority.normal');
      case 'assignee_id':
        return lookups.agentName(value) ?? t('queue.unknownAgent');
      default:
        return lookups.categoryName(value);
    }
  };
  const fieldLabel: Record<WatchedField, string> = {
    status: t('ticket.status'),
    priority: t('ticket.priority'),
    assignee_id: t('ticket.assignee'),
    category: t('ticket.category'),
  };

  return (
    // Escape on the alert dialog itself is the ARIA dialog pattern; its buttons are the controls.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="stale-guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="stale-guard-title"
      data-testid="stale-guard"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onReview();
        }
      }}
    >
      <h3 className="stale-guard__title" id="stale-guard-title">
        {t('composer.stale.title')}
      </h3>
      <p className="stale-guard__intro">{t('composer.stale.intro')}</p>
      <ul className="stale-guard__changes">
        {changes.map((change) => (
          <li
            key={change.type === 'message' ? change.id : change.type === 'field' ? change.field : 'tags'}
            className={`stale-guard__change stale-guard__change--${change.type}`}
            data-testid="stale-guard-change"
          >
            {change.type === 'message' ? (
              <>
                <span className="stale-guard__what">
                  {change.kind === 'customer'
                    ? t('composer.stale.customerMessage')
                    : change.kind === 'note'
                      ? t('composer.stale.noteBy', { name: change.author ?? t('ticket.thread.agent') })
                      : t('composer.stale.replyBy', { name: change.author ?? t('ticket.thread.agent') })}
                </span>
                <SafeContent as="span" className="stale-guard__preview" text={change.preview} />
              </>
            ) : change.type === 'field' ? (
              <>
                <span className="stale-guard__what">{fieldLabel[change.field]}</span>
                <span className="stale-guard__values">
                  <SafeContent as="span" text={fieldValue(change.field, change.from)} /> →{' '}
                  <SafeContent as="span" text={fieldValue(change.field, change.to)} />
                </span>
              </>
            ) : (
              <>
                <span className="stale-guard__what">{t('composer.stale.tags')}</span>
                <span className="stale-guard__values">
                  {change.added.map((tag) => (
                    <SafeContent key={`+${tag}`} as="span" className="stale-guard__added" text={`+${tag}`} />
                  ))}
                  {change.removed.map((tag) => (
                    <SafeContent
                      key={`-${tag}`}
                      as="span"
                      className="stale-guard__removed"
                      text={`−${tag}`}
                    />
                  ))}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="stale-guard__actions">
        <button
          type="button"
          ref={reviewButton}
          className="button button--primary"
          data-testid="stale-guard-review"
          onClick={onReview}
        >
          {t('composer.stale.review')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="stale-guard-send"
          disabled={isSending}
          onClick={onSendAnyway}
        >
          {t('composer.stale.sendAnyway')}
        </button>
      </div>
    </div>
  );
}

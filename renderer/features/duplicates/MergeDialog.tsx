import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  mergeResultSchema,
  type MergePreview,
  type MergeRequest,
  type MergeResult,
} from '../../../shared/domain/merge-schemas';
import type { Ticket } from '../../../shared/domain/schemas';
import { roleAtLeast } from '../../../shared/domain/vocabulary';
import { defaultMergeTarget } from '../../../shared/merge/merge';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import { SafeContent } from '../ticket/SafeContent';
import { outboxErrorText } from '../../sync/outbox-error-text';

type PreviewState =
  { kind: 'loading' } | { kind: 'ready'; preview: MergePreview } | { kind: 'failed'; message: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function TicketLine({ ticket, onKeep }: { ticket: Ticket; onKeep?: (() => void) | undefined }): ReactElement {
  const { t, i18n } = useTranslation();
  return (
    <li className="merge-dialog__ticket" data-ticket-id={ticket.id}>
      <span className="merge-dialog__number">#{ticket.number}</span>
      <SafeContent as="span" className="merge-dialog__subject" text={ticket.subject} />
      <span className="merge-dialog__muted">{formatDateTime(ticket.created_at, i18n.language)}</span>
      {onKeep ? (
        <button
          type="button"
          className="button button--small merge-dialog__keep"
          data-testid="merge-keep"
          onClick={onKeep}
        >
          {t('mergeChoice.keepThis', { number: String(ticket.number) })}
        </button>
      ) : null}
    </li>
  );
}

/**
 * The merge dialog: which ticket keeps the conversation (the oldest by default; with two tickets Swap makes
 * them trade places, with more each source offers "Keep this one"), the service's preview of the result, a warning and a lead-only confirmation when the tickets
 * belong to different customers, and the merge itself.
 */
export function MergeDialog({
  tickets,
  onClose,
  onMerged,
}: {
  tickets: readonly Ticket[];
  onClose: () => void;
  onMerged: (result: MergeResult) => void;
}): ReactElement {
  const { t } = useTranslation();
  const { api, session, outbox } = useConsole();
  const [targetId, setTargetId] = useState(() => defaultMergeTarget(tickets)?.id ?? tickets[0]?.id ?? '');
  // The preview answered for a target; a different target shows "loading" until its own preview arrives.
  const [previewAnswer, setPreview] = useState<{ forTarget: string; state: PreviewState } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [isMerging, setIsMerging] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Set once the merge waits in the outbox (offline): the dialog says so and only closes from then on.
  const [isQueued, setIsQueued] = useState(false);
  const cancelRef = useRef<HTMLButtonElement | null>(null);
  const target = tickets.find((ticket) => ticket.id === targetId);
  const sources = tickets.filter((ticket) => ticket.id !== targetId);
  const sourceKey = sources.map((ticket) => ticket.id).join(',');
  const isLead = roleAtLeast(session.agent.role, 'lead');
  const preview: PreviewState =
    previewAnswer !== null && previewAnswer.forTarget === targetId
      ? previewAnswer.state
      : { kind: 'loading' };

  useEffect(() => cancelRef.current?.focus(), []);

  useEffect(() => {
    let isCurrent = true;
    const forTarget = targetId;
    api
      .previewMerge(forTarget, { source_ids: sourceKey.split(',') })
      .then((result) => {
        if (isCurrent) {
          setPreview({ forTarget, state: { kind: 'ready', preview: result } });
        }
      })
      .catch((error: unknown) => {
        if (isCurrent) {
          setPreview({ forTarget, state: { kind: 'failed', message: errorText(error) } });
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [api, targetId, sourceKey]);

  // Two tickets: Swap makes them trade places (pressing it twice gives the first choice back). More than
  // two: each source says "Keep this one" instead, so the target is always a ticket the agent picked.
  const swap = (): void => {
    const other = tickets.find((ticket) => ticket.id !== targetId);
    if (tickets.length === 2 && other !== undefined) {
      setTargetId(other.id);
    }
  };

  const differentCustomers = preview.kind === 'ready' && preview.preview.different_customers;
  // Offline there is no preview: with the outbox the merge can still be queued; the service judges it later
  // (a refusal then stays in the sync indicator with its reason).
  const isOfflineMerge = preview.kind === 'failed' && Boolean(outbox) && !navigator.onLine;
  const canMerge =
    !isMerging &&
    !isQueued &&
    ((preview.kind === 'ready' && (!differentCustomers || (isLead && confirmed))) || isOfflineMerge);

  const merge = async (): Promise<void> => {
    setIsMerging(true);
    setFailure(null);
    const request: MergeRequest = {
      source_ids: sources.map((ticket) => ticket.id),
      ...(differentCustomers ? { confirm_different_customers: true } : {}),
    };
    try {
      if (!outbox) {
        onMerged(await api.mergeTickets(targetId, request));
        return;
      }
      // Through the outbox (idempotency key, retried until acknowledged); online this waits for the answer.
      const submission = await outbox.submit({ kind: 'merge', target_id: targetId, body: request });
      if (submission.kind === 'acknowledged') {
        onMerged(mergeResultSchema.parse(submission.body));
        return;
      }
      if (submission.kind === 'queued') {
        setIsQueued(true);
        setIsMerging(false);
        return;
      }
      // Refused: the entry stays in the outbox for the agent to discard; the dialog shows the reason now.
      throw new Error(outboxErrorText(submission.entry.error, { t, leadIn: false }) || 'refused');
    } catch (error) {
      setFailure(errorText(error));
      setIsMerging(false);
    }
  };

  return (
    <div
      className="merge-dialog__backdrop"
      role="presentation"
      onClick={(event) => {
        // Only a click on the dimmed backdrop closes; clicks inside the dialog stay there.
        if (event.target === event.currentTarget) {
          onClose();
        }
      }}
    >
      {/* Escape and the dialog's own keys are handled on the dialog itself: the ARIA dialog pattern. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="merge-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="merge-dialog-title"
        data-testid="merge-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <h2 id="merge-dialog-title" className="merge-dialog__title">
          {t('duplicates.dialogTitle')}
        </h2>
        <div className="merge-dialog__roles">
          <div>
            <h3 className="merge-dialog__role">{t('duplicates.target')}</h3>
            <ul className="merge-dialog__list" data-testid="merge-target">
              {target ? <TicketLine ticket={target} /> : null}
            </ul>
          </div>
          {tickets.length === 2 ? (
            <button type="button" className="button button--small" data-testid="merge-swap" onClick={swap}>
              ⇅ {t('duplicates.swap')}
            </button>
          ) : null}
          <div>
            <h3 className="merge-dialog__role">{t('duplicates.sources')}</h3>
            <ul className="merge-dialog__list" data-testid="merge-sources">
              {sources.map((ticket) => (
                <TicketLine
                  key={ticket.id}
                  ticket={ticket}
                  onKeep={tickets.length > 2 ? () => setTargetId(ticket.id) : undefined}
                />
              ))}
            </ul>
          </div>
        </div>
        <section className="merge-dialog__preview" data-testid="merge-preview" aria-live="polite">
          <h3 className="merge-dialog__role">{t('duplicates.previewTitle')}</h3>
          {preview.kind === 'loading' ? <p>{t('duplicates.previewLoading')}</p> : null}
          {preview.kind === 'failed' ? (
            <p className="merge-dialog__error">
              {t('duplicates.previewFailed', { message: preview.message })}
            </p>
          ) : null}
          {preview.kind === 'ready' ? (
            <ul className="merge-dialog__facts">
              <li>{t('duplicates.previewMessages', { count: preview.preview.message_count })}</li>
              <li>{t('duplicates.previewAttachments', { count: preview.preview.attachment_count })}</li>
              <li>
                {preview.preview.tags.length > 0
                  ? t('duplicates.previewTags', { tags: preview.preview.tags.join(', ') })
                  : t('duplicates.previewNoTags')}
              </li>
              <li>
                {t('duplicates.previewStatus', { status: t(`status.${preview.preview.target_status}`) })}
              </li>
              {preview.preview.sla_breaches.length > 0 ? (
                <li className="merge-dialog__warning" data-testid="merge-sla-breaches">
                  {t('duplicates.slaBreaches', {
                    list: preview.preview.sla_breaches
                      .map(
                        (breach) =>
                          `#${breach.ticket_number} ${t(`sla.${breach.clock === 'first_response' ? 'firstResponse' : 'resolution'}`)}`,
                      )
                      .join(', '),
                  })}
                </li>
              ) : null}
            </ul>
          ) : null}
        </section>
        {differentCustomers ? (
          <div className="merge-dialog__warning" data-testid="merge-different-customers" role="alert">
            <p>{t('duplicates.differentCustomers')}</p>
            {isLead ? (
              <label className="merge-dialog__confirm-label">
                <input
                  type="checkbox"
                  data-testid="merge-confirm-different"
                  checked={confirmed}
                  onChange={(event) => setConfirmed(event.target.checked)}
                />
                {t('duplicates.confirmDifferent')}
              </label>
            ) : (
              <p>{t('duplicates.leadOnly')}</p>
            )}
          </div>
        ) : null}
        {isOfflineMerge && !isQueued ? (
          <p className="merge-dialog__warning" data-testid="merge-offline">
            {t('outboxActions.mergeOffline')}
          </p>
        ) : null}
        {isQueued ? (
          <p className="merge-dialog__warning" data-testid="merge-queued" role="status">
            {t('outboxActions.mergeQueued')}
          </p>
        ) : null}
        {failure !== null ? (
          <p className="merge-dialog__error" role="alert">
            {t('duplicates.mergeFailed', { message: failure })}
          </p>
        ) : null}
        <div className="merge-dialog__actions">
          <button type="button" className="button button--small" ref={cancelRef} onClick={onClose}>
            {isQueued ? t('outboxActions.close') : t('duplicates.cancel')}
          </button>
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="merge-confirm"
            disabled={!canMerge}
            onClick={() => void merge()}
          >
            {isMerging ? t('duplicates.merging') : t('duplicates.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}

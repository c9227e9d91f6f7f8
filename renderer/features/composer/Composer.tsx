import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message, TicketDetail } from '../../../shared/domain/schemas';
import type { TicketStatus } from '../../../shared/domain/vocabulary';
import { canTransition, nextStatusOnAgentReply } from '../../../shared/tickets/status-machine';
import { isApiError } from '../../api/api-error';
import { useConsole } from '../../app/console-context';
import { Icon } from '../../ui/Icon';
import { FaqPicker } from '../faq/FaqPicker';
import { UnfilledPlaceholders } from '../faq/UnfilledPlaceholders';
import { useComposerFaq } from '../faq/use-composer-faq';
import { readDraft, writeDraft, type Draft } from './drafts';
import { useComposerHeight } from './composer-height';
import { ComposerResizeHandle } from './ComposerResizeHandle';
import { describeTicketChanges, type TicketChange } from './stale-changes';
import { StaleReplyGuard } from './StaleReplyGuard';
import { ReplyLintFindings } from '../safety/ReplyLintFindings';
import { useReplyLint } from '../safety/use-reply-lint';
import './composer.css';

/** Text (and a status to set on sending) put into the composer by another feature, e.g. "ask for missing info". */
export interface ComposerPreset {
  /** Changes with every new preset, so the same text can be applied twice. */
  id: number;
  kind: Draft['kind'];
  body: string;
  setStatus: TicketStatus | null;
}

/** Props of the composer. */
export interface ComposerProps {
  /** The ticket as it is now (live). */
  ticket: TicketDetail;
  /** The ticket as the agent last reviewed it: what the stale-reply guard compares against. */
  reviewed: TicketDetail;
  onSent: (message: Message) => void;
  /** A fresh copy fetched from the service, not yet reviewed by the agent (shown, but the guard still counts it as new). */
  onRefreshed: (fresh: TicketDetail) => void;
  /** The agent has seen this copy (after "Review", or after their own send). */
  onReviewed: (fresh: TicketDetail) => void;
  preset?: ComposerPreset | null;
  /** Whether the agent is typing (true on key presses, false after a few idle seconds or on sending). */
  onTypingChange?: (typing: boolean) => void;
  /** A message left the composer: sent, or queued in the outbox (the queue then opens the next ticket). */
  onDelivered?: (kind: 'reply' | 'note') => void;
  /** Text was put into the composer for the agent (a preset, an FAQ reply): the pane shows what it answers. */
  onFilled?: () => void;
}

/** The statuses "Send and set status" offers, in the order of the menu. */
export const sendStatusChoices: readonly TicketStatus[] = ['awaiting_customer', 'on_hold', 'solved'];

/** How long after the last key press the agent stops counting as typing. */
export const typingIdleMs = 4000;

/** True on macOS (and iOS), where the send shortcut uses ⌘ instead of Ctrl. */
function isApplePlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** "⌘ Enter" on macOS, "Ctrl Enter" elsewhere. */
export function sendShortcutLabel(platform: string = navigator.platform): string {
  return isApplePlatform(platform) ? '⌘ Enter' : 'Ctrl Enter';
}

/** True when a key event is the send shortcut: Cmd+Enter on macOS, Ctrl+Enter on Windows and Linux. */
export function isSendShortcut(
  event: { key: string; ctrlKey: boolean; metaKey: boolean },
  platform: string = navigator.platform,
): boolean {
  return event.key === 'Enter' && (isApplePlatform(platform) ? event.metaKey : event.ctrlKey);
}

/** A send the stale-reply guard stopped: what changed, and the status the agent wanted to set. */
interface StaleState {
  changes: readonly TicketChange[];
  fresh: TicketDetail;
  setStatus: TicketStatus | null;
}

/**
 * Reply or internal note under the thread: a toggle, the text, Send (Mod+Enter) and "Send and set status".
 * The draft is kept per agent and ticket across restarts. A reply carries the version the agent reviewed, so
 * the service refuses it (409) when the ticket moved on; the stale-reply guard then shows what changed.
 */
export function Composer({
  ticket,
  reviewed,
  onSent,
  onRefreshed,
  onReviewed,
  preset = null,
  onTypingChange,
  onDelivered,
  onFilled,
}: ComposerProps): ReactElement {
  const { t } = useTranslation();
  const { api, session, outbox } = useConsole();
  const agentId = session.agent.id;
  const [draft, setDraftState] = useState<Draft>(() => readDraft(agentId, ticket.id));
  const [chosenStatus, setChosenStatus] = useState<TicketStatus | null>(null);
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState<StaleState | null>(null);
  // The box keeps the height the agent chose (remembered per agent): a long text scrolls inside it instead of
  // pushing the thread off the screen.
  const [height, setHeight] = useComposerHeight(agentId);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typingCallback = useRef(onTypingChange);
  const filledCallback = useRef(onFilled);
  useEffect(() => {
    typingCallback.current = onTypingChange;
    filledCallback.current = onFilled;
  }, [onTypingChange, onFilled]);

  const setDraft = (next: Draft): void => {
    setDraftState(next);
    writeDraft(agentId, ticket.id, next);
  };

  const stopTyping = useCallback(() => {
    if (typingTimer.current !== null) {
      clearTimeout(typingTimer.current);
      typingTimer.current = null;
      typingCallback.current?.(false);
    }
  }, []);
  const noteTyping = (): void => {
    if (typingTimer.current === null) {
      typingCallback.current?.(true);
    } else {
      clearTimeout(typingTimer.current);
    }
    typingTimer.current = setTimeout(stopTyping, typingIdleMs);
  };
  useEffect(() => stopTyping, [stopTyping]);

  // A preset replaces the draft (the agent asked for it with one click) and is ready to edit.
  const appliedPreset = useRef<number | null>(null);
  useEffect(() => {
    if (preset && appliedPreset.current !== preset.id) {
      appliedPreset.current = preset.id;
      setDraftState({ kind: preset.kind, body: preset.body });
      writeDraft(agentId, ticket.id, { kind: preset.kind, body: preset.body });
      setChosenStatus(preset.setStatus);
      textarea.current?.focus();
      filledCallback.current?.();
    }
  }, [preset, agentId, ticket.id]);

  const faq = useComposerFaq({
    ticket,
    body: draft.body,
    setBody: (body) => setDraft({ ...draft, body }),
    setStatus: setChosenStatus,
    textarea,
  });

  const isNote = draft.kind === 'note';
  // The statuses allowed after the message: a reply first opens a new ticket.
  const statusBase = isNote ? ticket.status : nextStatusOnAgentReply(ticket.status);
  const statusChoices = sendStatusChoices.filter(
    (status) => status !== statusBase && canTransition(statusBase, status),
  );
  const effectiveStatus = chosenStatus !== null && statusChoices.includes(chosenStatus) ? chosenStatus : null;
  // A reply asking for a secret or linking outside the official domains is refused by the service too.
  const lintFindings = useReplyLint(isNote ? '' : draft.body);
  // Unfilled `{{…}}` placeholders would reach the customer as code: they block sending until filled.
  const canSend =
    draft.body.trim().length > 0 && !isSending && faq.unfilled.length === 0 && lintFindings.length === 0;

  const refreshQuietly = async (): Promise<TicketDetail | null> => {
    try {
      return await api.getTicket(ticket.id);
    } catch {
      // The live layer brings the ticket anyway; the message itself was sent.
      return null;
    }
  };

  const deliver = async (
    setStatus: TicketStatus | null,
    expectedVersion: number | undefined,
    isRetry = false,
  ): Promise<void> => {
    setIsSending(true);
    setError(null);
    try {
      if (outbox) {
        // Through the outbox (docs/offline.md): sent once under an idempotency key, offline too. Messages are
        // append-only, so the stale-reply guard is the check `send` made against the newest copy this console
        // has; offline that copy is the cached one, and the reply is appended when the service is back.
        await outbox.enqueue({
          kind: 'message',
          ticket_id: ticket.id,
          body: {
            kind: draft.kind,
            body: draft.body,
            ...(setStatus === null ? {} : { set_status: setStatus }),
          },
        });
        faq.applyPendingActions().catch((failure: unknown) =>
          setError(
            t('faq.composer.actionsFailed', {
              message: failure instanceof Error ? failure.message : String(failure),
            }),
          ),
        );
        setDraft({ kind: draft.kind, body: '' });
        setChosenStatus(null);
        setStale(null);
        stopTyping();
        onReviewed(ticket);
        onDelivered?.(draft.kind);
        return;
      }
      const message = await api.postMessage(
        ticket.id,
        { kind: draft.kind, body: draft.body, ...(setStatus === null ? {} : { set_status: setStatus }) },
        expectedVersion,
      );
      onSent(message);
      faq.applyPendingActions().catch((failure: unknown) =>
        setError(
          t('faq.composer.actionsFailed', {
            message: failure instanceof Error ? failure.message : String(failure),
          }),
        ),
      );
      setDraft({ kind: draft.kind, body: '' });
      setChosenStatus(null);
      setStale(null);
      stopTyping();
      const fresh = await refreshQuietly();
      if (fresh) {
        onReviewed(fresh);
      }
      onDelivered?.(message.kind === 'note' ? 'note' : 'reply');
    } catch (failure) {
      if (isApiError(failure) && failure.code === 'version_conflict' && expectedVersion !== undefined) {
        const fresh = await refreshQuietly();
        if (fresh) {
          onRefreshed(fresh);
          const changes = describeTicketChanges(reviewed, fresh);
          if (changes.length === 0 && !isRetry) {
            // Nothing the agent would want to read (e.g. a checklist mark): send against the new version.
            onReviewed(fresh);
            await deliver(setStatus, fresh.version, true);
            return;
          }
          setStale({ changes, fresh, setStatus });
          return;
        }
      }
      setError(
        t('composer.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
      );
    } finally {
      setIsSending(false);
    }
  };

  const send = (setStatus: TicketStatus | null): void => {
    setIsMenuOpen(false);
    if (!canSend) {
      return;
    }
    if (isNote) {
      // Notes are internal: a colleague's change does not make them wrong, so they are never guarded.
      void deliver(setStatus, undefined);
      return;
    }
    if (ticket.version > reviewed.version) {
      const changes = describeTicketChanges(reviewed, ticket);
      if (changes.length > 0) {
        setStale({ changes, fresh: ticket, setStatus });
        return;
      }
      void deliver(setStatus, ticket.version);
      return;
    }
    void deliver(setStatus, reviewed.version);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (faq.onKeyDown(event)) {
      return;
    }
    if (isSendShortcut(event)) {
      event.preventDefault();
      send(effectiveStatus);
      return;
    }
    noteTyping();
  };

  const requesterName = ticket.requester.name ?? ticket.requester.email;
  const sendLabel = isSending
    ? t('composer.sending')
    : effectiveStatus
      ? t('composer.sendAndSet', { status: t(`status.${effectiveStatus}`) })
      : isNote
        ? t('composer.addNote')
        : t('composer.send');
  return (
    <form
      className={`composer${isNote ? ' composer--note' : ''}`}
      aria-label={t('composer.label')}
      onSubmit={(event) => {
        event.preventDefault();
        send(effectiveStatus);
      }}
    >
      <ComposerResizeHandle height={height} onResize={setHeight} />
      {stale ? (
        <StaleReplyGuard
          changes={stale.changes}
          isSending={isSending}
          onReview={() => {
            onReviewed(stale.fresh);
            setStale(null);
            textarea.current?.focus();
          }}
          onSendAnyway={() => {
            onReviewed(stale.fresh);
            void deliver(stale.setStatus, stale.fresh.version);
          }}
        />
      ) : null}
      <div className="composer__tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={!isNote}
          className={`composer__tab${!isNote ? ' composer__tab--active' : ''}`}
          data-testid="composer-kind-reply"
          onClick={() => setDraft({ ...draft, kind: 'reply' })}
        >
          {t('composer.reply')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={isNote}
          className={`composer__tab composer__tab--note${isNote ? ' composer__tab--active' : ''}`}
          data-testid="composer-kind-note"
          onClick={() => setDraft({ ...draft, kind: 'note' })}
        >
          <Icon name="lock" size={13} />
          {t('composer.note')}
        </button>
        {isNote ? <span className="composer__hint">{t('composer.noteHint')}</span> : null}
      </div>
      <textarea
        ref={textarea}
        className="textarea composer__body"
        data-testid="composer-body"
        style={{ height }}
        value={draft.body}
        placeholder={
          isNote ? t('composer.notePlaceholder') : t('composer.replyPlaceholder', { name: requesterName })
        }
        onChange={(event) => setDraft({ ...draft, body: event.target.value })}
        onKeyDown={onKeyDown}
        onBlur={stopTyping}
      />
      {faq.isOpen ? (
        <FaqPicker
          ticket={ticket}
          onInsert={(insertion) => {
            faq.onInsert(insertion);
            onFilled?.();
          }}
          onClose={faq.close}
        />
      ) : null}
      <UnfilledPlaceholders names={faq.unfilled} onSelect={faq.selectUnfilled} />
      <ReplyLintFindings findings={lintFindings} />
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      <div className="composer__actions">
        <span className="composer__shortcut">{t('composer.shortcut', { keys: sendShortcutLabel() })}</span>
        <div className="composer__split">
          <button
            type="submit"
            className="button button--primary composer__send"
            data-testid="composer-send"
            data-set-status={effectiveStatus ?? ''}
            disabled={!canSend}
            title={faq.unfilled.length > 0 ? t('faq.composer.blocked') : undefined}
          >
            <Icon name="send" size={14} />
            {sendLabel}
          </button>
          <button
            type="button"
            className="button button--primary composer__menu-toggle"
            data-testid="composer-send-menu"
            aria-haspopup="menu"
            aria-expanded={isMenuOpen}
            aria-label={t('composer.sendOptions')}
            disabled={isSending || statusChoices.length === 0}
            onClick={() => setIsMenuOpen((open) => !open)}
          >
            ▾
          </button>
          {isMenuOpen ? (
            <div
              className="composer__menu"
              role="menu"
              tabIndex={-1}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  setIsMenuOpen(false);
                }
              }}
            >
              <button
                type="button"
                role="menuitem"
                className="composer__menu-item"
                data-testid="composer-send-status"
                data-status=""
                disabled={!canSend}
                onClick={() => send(null)}
              >
                {isNote ? t('composer.addNote') : t('composer.send')}
                <span className="composer__menu-hint">{t('composer.keepStatus')}</span>
              </button>
              {statusChoices.map((status) => (
                <button
                  key={status}
                  type="button"
                  role="menuitem"
                  className="composer__menu-item"
                  data-testid="composer-send-status"
                  data-status={status}
                  disabled={!canSend}
                  onClick={() => send(status)}
                >
                  {t('composer.sendAndSet', { status: t(`status.${status}`) })}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      </div>
    </form>
  );
}

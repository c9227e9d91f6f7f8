import { useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message, Ticket, TicketDetail } from '../../../shared/domain/schemas';
import type { TicketStatus } from '../../../shared/domain/vocabulary';
import { allowedNextStatuses, nextStatusOnAgentReply } from '../../../shared/tickets/status-machine';
import { useConsole } from '../../app/console-context';
import { Icon } from '../../ui/Icon';
import { readDraft, writeDraft, type Draft } from './drafts';
import './composer.css';

/** Props of the composer. */
export interface ComposerProps {
  ticket: TicketDetail;
  onSent: (message: Message) => void;
  onTicketUpdated: (ticket: Ticket) => void;
}

/** "⌘ Enter" on macOS, "Ctrl Enter" elsewhere. */
export function sendShortcutLabel(platform: string = navigator.platform): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘ Enter' : 'Ctrl Enter';
}

/**
 * Reply or internal note under the thread: a toggle, the text, an optional "and set status", Send
 * (Ctrl/Cmd+Enter). The draft survives switching tickets.
 */
export function Composer({ ticket, onSent, onTicketUpdated }: ComposerProps): ReactElement {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [draft, setDraftState] = useState<Draft>(() => readDraft(ticket.id));
  const [nextStatus, setNextStatus] = useState<TicketStatus | ''>('');
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const setDraft = (next: Draft): void => {
    setDraftState(next);
    writeDraft(ticket.id, next);
  };

  const canSend = draft.body.trim().length > 0 && !isSending;
  const send = async (): Promise<void> => {
    if (!canSend) {
      return;
    }
    setIsSending(true);
    setError(null);
    try {
      const message = await api.postMessage(ticket.id, { kind: draft.kind, body: draft.body });
      onSent(message);
      setDraft({ kind: draft.kind, body: '' });
      if (nextStatus !== '' && nextStatus !== ticket.status) {
        onTicketUpdated(await api.updateTicket(ticket.id, { status: nextStatus }));
      }
      setNextStatus('');
    } catch (failure) {
      setError(
        t('composer.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
      );
    } finally {
      setIsSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  const isNote = draft.kind === 'note';
  // The statuses allowed after the message: a reply first opens a new ticket.
  const statusBase = isNote ? ticket.status : nextStatusOnAgentReply(ticket.status);
  const statusOptions = allowedNextStatuses(statusBase).filter((status) => status !== statusBase);
  const requesterName = ticket.requester.name ?? ticket.requester.email;
  return (
    <form
      className={`composer${isNote ? ' composer--note' : ''}`}
      aria-label={t('composer.label')}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
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
        className="textarea composer__body"
        data-testid="composer-body"
        rows={4}
        value={draft.body}
        placeholder={
          isNote ? t('composer.notePlaceholder') : t('composer.replyPlaceholder', { name: requesterName })
        }
        onChange={(event) => setDraft({ ...draft, body: event.target.value })}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      <div className="composer__actions">
        <label className="composer__status">
          <span>{t('composer.setStatus')}</span>
          <select
            className="select select--small"
            value={nextStatus}
            data-testid="composer-status"
            onChange={(event) => setNextStatus(event.target.value as TicketStatus | '')}
          >
            <option value="">{t('composer.keepStatus')}</option>
            {statusOptions.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="composer__shortcut">{t('composer.shortcut', { keys: sendShortcutLabel() })}</span>
        <button
          type="submit"
          className="button button--primary"
          data-testid="composer-send"
          disabled={!canSend}
        >
          <Icon name="send" size={14} />
          {isSending ? t('composer.sending') : isNote ? t('composer.addNote') : t('composer.send')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { isApiError } from '../../../renderer/api/api-error';
import type { HelpTicket } from '../../../shared/incidents/incident-schemas';
import { helpApi } from '../../app/help-api';
import { formatTime, localized } from '../../app/localized';
import { useHelpText, type HelpKey } from '../../i18n/help-text';
import { readAttachments } from '../ticket-form/files';
import { Attachments } from './Attachments';

/** What the status page says under the status, when it is not an expected answer time. */
const statusNotes: Partial<Record<HelpTicket['ticket']['status'], HelpKey>> = {
  awaiting_customer: 'ticket.waitingForYou',
  on_hold: 'ticket.onHold',
  solved: 'ticket.solvedNote',
  closed: 'ticket.closedNote',
};

/**
 * A request's status page at `/help/tickets/<access token>`: status, when an answer is expected, the
 * incident it belongs to, the public thread, its files, and a reply box (with files).
 */
export function StatusPage({ token }: { token: string }): ReactElement {
  const { t, language } = useHelpText();
  const [page, setPage] = useState<HelpTicket | null>(null);
  const [failure, setFailure] = useState<HelpKey | null>(null);
  const [reply, setReply] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [isSending, setIsSending] = useState(false);

  // Bumped after a reply: the page reads the ticket again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    helpApi.ticket(token).then(
      (loaded) => {
        if (isCurrent) {
          setPage(loaded);
          setFailure(null);
        }
      },
      (error: unknown) => {
        if (isCurrent) {
          setFailure(isApiError(error) && error.status === 401 ? 'ticket.notFound' : 'app.failed');
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [token, version]);

  if (page === null) {
    return failure ? (
      <p className="help-error" role="alert" data-testid="help-ticket-error">
        {t(failure)}
      </p>
    ) : (
      <p className="help-muted">{t('app.loading')}</p>
    );
  }
  const { ticket } = page;
  const note = statusNotes[ticket.status];

  async function send(event: FormEvent): Promise<void> {
    event.preventDefault();
    setIsSending(true);
    try {
      const attachments = await readAttachments(files);
      await helpApi.reply(token, ticket.id, {
        body: reply,
        ...(attachments.length > 0 ? { attachments } : {}),
      });
      setReply('');
      setFiles([]);
      setVersion((current) => current + 1);
    } catch (error) {
      setFailure(error instanceof RangeError ? 'form.tooLarge' : 'app.failed');
    } finally {
      setIsSending(false);
    }
  }

  return (
    <article className="help-status" data-testid="help-ticket" data-status={ticket.status}>
      <h2>{t('ticket.title', { number: ticket.number })}</h2>
      <p className="help-subject">{ticket.subject}</p>
      <div className="help-card">
        <p>
          {t('ticket.status')}:{' '}
          <span className={`help-badge help-badge--ticket-${ticket.status}`} data-testid="help-ticket-status">
            {t(`ticketStatus.${ticket.status}`)}
          </span>
        </p>
        {page.expected_answer_by && (
          <p data-testid="help-expected">
            {t('ticket.expected', { time: formatTime(page.expected_answer_by, language) })}
          </p>
        )}
        {note && <p className="help-muted">{t(note)}</p>}
        {page.incidents.map((incident) => (
          <p key={incident.id} className="help-note" data-testid="help-ticket-incident">
            {t('ticket.incident', { title: localized(incident.title, language) })}
          </p>
        ))}
      </div>
      <ol className="help-thread">
        <li className="help-message help-message--customer">
          <span className="help-muted">
            {t('ticket.you')} · {formatTime(ticket.created_at, language)}
          </span>
          <p className="help-text">{ticket.body}</p>
        </li>
        {ticket.messages.map((message) => (
          <li
            key={message.id}
            className={`help-message help-message--${message.kind}`}
            data-testid="help-message"
            data-kind={message.kind}
          >
            <span className="help-muted">
              {message.kind === 'customer' ? t('ticket.you') : (message.author_name ?? t('ticket.support'))} ·{' '}
              {formatTime(message.created_at, language)}
            </span>
            <p className="help-text">{message.body}</p>
          </li>
        ))}
      </ol>
      <Attachments token={token} attachments={page.attachments} />
      {ticket.status !== 'closed' && (
        <form className="help-form" onSubmit={(event) => void send(event)}>
          <label>
            {t('ticket.reply')}
            <textarea
              className="help-input"
              required
              rows={4}
              data-testid="help-reply"
              placeholder={t('ticket.replyPlaceholder')}
              value={reply}
              onChange={(event) => setReply(event.target.value)}
            />
          </label>
          <input
            className="help-input"
            type="file"
            multiple
            aria-label={t('form.attachments')}
            onChange={(event) => setFiles([...(event.target.files ?? [])].slice(0, 10))}
          />
          {failure && (
            <p className="help-error" role="alert">
              {t(failure)}
            </p>
          )}
          <button
            className="help-button help-button--primary"
            type="submit"
            disabled={isSending}
            data-testid="help-send"
          >
            {t(isSending ? 'ticket.sending' : 'ticket.send')}
          </button>
        </form>
      )}
      <p className="help-warning" role="note">
        {t('submitted.neverShare')}
      </p>
    </article>
  );
}

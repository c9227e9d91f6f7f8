import type { ReactElement } from 'react';
import type { HelpTicket } from '../../../shared/incidents/incident-schemas';
import { helpApi } from '../../app/help-api';
import { useHelpText } from '../../i18n/help-text';

/** Downloads a file of the ticket through the access token (a plain link could not carry it). */
async function download(token: string, attachment: HelpTicket['attachments'][number]): Promise<void> {
  const blob = await helpApi.attachment(token, attachment.id);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The request's files, each downloadable. */
export function Attachments({
  token,
  attachments,
}: {
  token: string;
  attachments: HelpTicket['attachments'];
}): ReactElement | null {
  const { t } = useHelpText();
  if (attachments.length === 0) {
    return null;
  }
  return (
    <section className="help-card" data-testid="help-attachments">
      <h3>{t('ticket.attachments')}</h3>
      <ul className="help-files">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <button
              type="button"
              className="help-link"
              onClick={() => void download(token, attachment).catch(() => undefined)}
            >
              {attachment.name}
            </button>{' '}
            <span className="help-muted">{Math.max(1, Math.round(attachment.size / 1024))} KB</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

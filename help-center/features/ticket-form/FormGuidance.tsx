import { useState, type ReactElement } from 'react';
import type { IntakePreview } from '../../../shared/incidents/incident-schemas';
import { helpApi } from '../../app/help-api';
import { localized } from '../../app/localized';
import { useHelpText } from '../../i18n/help-text';

/** The category's required items the text does not give yet, each with where to find it. */
export function MissingItems({ missing }: { missing: IntakePreview['missing'] }): ReactElement | null {
  const { t } = useHelpText();
  if (missing.length === 0) {
    return null;
  }
  return (
    <section className="help-card help-guidance" data-testid="help-missing" aria-live="polite">
      <h3>{t('form.missingTitle')}</h3>
      <ul>
        {missing.map((key) => (
          <li key={key} data-testid="help-missing-item" data-key={key}>
            <strong>{t(`missing.${key}.label`)}</strong>
            <details>
              <summary>{t('form.whereToFind')}</summary>
              <p>{t(`missing.${key}.where`)}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Is this about: …?" for the live announcements the form may be about; "this answered my question"
 * counts a deflection and thanks the customer (who may still submit).
 */
export function AnnouncementSuggestions({
  announcements,
}: {
  announcements: IntakePreview['announcements'];
}): ReactElement | null {
  const { t, language } = useHelpText();
  const [deflected, setDeflected] = useState<string | null>(null);
  if (announcements.length === 0) {
    return null;
  }
  return (
    <section
      className="help-card help-guidance help-guidance--announcement"
      data-testid="help-suggested-announcement"
    >
      {announcements.map((announcement) => (
        <div key={announcement.id}>
          <p>
            <strong>
              {t('form.announcementQuestion', { title: localized(announcement.title, language) })}
            </strong>
          </p>
          {deflected === announcement.id ? (
            <p data-testid="help-deflected">{t('form.deflected')}</p>
          ) : (
            <button
              type="button"
              className="help-button"
              data-testid="help-deflect"
              onClick={() => {
                setDeflected(announcement.id);
                void helpApi.deflect(announcement.id).catch(() => undefined);
              }}
            >
              {t('form.answered')}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}

/**
 * A verified customer's open ticket on the same problem, with the way to add this text to it instead of
 * opening a resubmission (`onAdd`; absent while the form has no text to add).
 */
export function ExistingTicketNotice({
  number,
  onAdd,
  isAdding,
}: {
  number: number;
  onAdd?: () => void;
  isAdding: boolean;
}): ReactElement {
  const { t } = useHelpText();
  return (
    <section className="help-card help-guidance" data-testid="help-existing-ticket">
      <p>
        <strong>{t('form.existingTicket', { number })}</strong>
      </p>
      {onAdd && (
        <button
          type="button"
          className="help-button"
          data-testid="help-add-to-existing"
          disabled={isAdding}
          onClick={onAdd}
        >
          {t('form.addToExisting', { number })}
        </button>
      )}
    </section>
  );
}

/** After the text was added to the customer's open ticket: where the answer will come. */
export function AddedToExisting({ number }: { number: number }): ReactElement {
  const { t } = useHelpText();
  return (
    <section className="help-card help-submitted" data-testid="help-added-to-existing" role="status">
      <h2>{t('form.addedToExisting', { number })}</h2>
      <p className="help-warning" role="note">
        {t('submitted.neverShare')}
      </p>
    </section>
  );
}

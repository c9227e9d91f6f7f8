import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  desktopNotificationKinds,
  type DesktopApi,
  type DesktopNotificationKind,
  type DesktopPreferences,
} from '../../../shared/ipc';
import { createLogger } from '../../logging/logger';
import './desktop-settings.css';

const logger = createLogger('settings');

/** What the connection form shows: which service, the team URL typed, the update feed typed. */
interface ConnectionForm {
  mode: 'embedded' | 'team';
  teamUrl: string;
  updateFeedUrl: string;
}

type SaveOutcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; restartRequired: boolean }
  | { kind: 'invalid'; field: 'serviceUrl' | 'updateFeedUrl' }
  | { kind: 'failed'; message: string };

/**
 * Settings of the desktop app (shown only in it): which notifications to get, and which ticket service to
 * use (the embedded one or a team URL, applied by restarting) and where updates come from. Saved by the
 * shell in its settings file, not in the service.
 */
export function DesktopSettingsSection({ desktop }: { desktop: DesktopApi }): ReactElement {
  const { t } = useTranslation();
  const [preferences, setPreferences] = useState<DesktopPreferences | null>(null);
  const [form, setForm] = useState<ConnectionForm>({ mode: 'embedded', teamUrl: '', updateFeedUrl: '' });
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });

  useEffect(() => {
    let isCurrent = true;
    desktop
      .getPreferences()
      .then((loaded) => {
        if (isCurrent) {
          setPreferences(loaded);
          setForm({
            mode: loaded.serviceUrl ? 'team' : 'embedded',
            teamUrl: loaded.serviceUrl ?? '',
            updateFeedUrl: loaded.updateFeedUrl ?? '',
          });
        }
      })
      .catch((error: unknown) => logger.warn('could not load desktop settings', error));
    return () => {
      isCurrent = false;
    };
  }, [desktop]);

  if (!preferences) {
    return (
      <section className="settings__section">
        <h2 className="settings__heading">{t('desktop.settings.heading')}</h2>
        <p className="settings__hint">{t('desktop.settings.loading')}</p>
      </section>
    );
  }

  const toggleKind = (kind: DesktopNotificationKind, isOn: boolean): void => {
    desktop
      .updatePreferences({ mutedNotifications: { [kind]: !isOn } })
      .then((result) => result.ok && setPreferences(result.preferences))
      .catch((error: unknown) => logger.warn('could not save a notification setting', error));
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    setOutcome({ kind: 'saving' });
    desktop
      .updatePreferences({
        serviceUrl: form.mode === 'team' ? form.teamUrl : null,
        updateFeedUrl: form.updateFeedUrl,
      })
      .then((result) => {
        if (!result.ok) {
          setOutcome({
            kind: 'invalid',
            field: result.field === 'updateFeedUrl' ? 'updateFeedUrl' : 'serviceUrl',
          });
          return;
        }
        setPreferences(result.preferences);
        setOutcome({ kind: 'saved', restartRequired: result.restartRequired });
      })
      .catch((error: unknown) =>
        setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  };

  return (
    <section className="settings__section" data-testid="settings-desktop">
      <h2 className="settings__heading">{t('desktop.settings.heading')}</h2>
      <fieldset className="settings__row desktop-settings__fieldset">
        <div className="settings__text">
          <legend className="settings__label">{t('desktop.settings.notifications')}</legend>
          <p className="settings__hint">{t('desktop.settings.notificationsHint')}</p>
        </div>
        <div className="desktop-settings__choices">
          {desktopNotificationKinds.map((kind) => (
            <label key={kind} className="desktop-settings__choice">
              <input
                type="checkbox"
                data-testid={`settings-desktop-notify-${kind}`}
                checked={!preferences.mutedNotifications[kind]}
                onChange={(event) => toggleKind(kind, event.target.checked)}
              />
              {t(`desktop.settings.kinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <form className="desktop-settings__form" onSubmit={save} noValidate>
        <fieldset className="settings__row desktop-settings__fieldset">
          <div className="settings__text">
            <legend className="settings__label">{t('desktop.settings.connection')}</legend>
            <p className="settings__hint">{t('desktop.settings.connectionHint')}</p>
          </div>
          <div className="desktop-settings__choices">
            {(['embedded', 'team'] as const).map((mode) => (
              <label key={mode} className="desktop-settings__choice">
                <input
                  type="radio"
                  name="desktop-service"
                  data-testid={`settings-desktop-mode-${mode}`}
                  checked={form.mode === mode}
                  onChange={() => setForm({ ...form, mode })}
                />
                {t(`desktop.settings.${mode}`)}
              </label>
            ))}
            <label className="settings__label" htmlFor="settings-desktop-team-url">
              {t('desktop.settings.teamUrl')}
            </label>
            <input
              id="settings-desktop-team-url"
              className="input settings__mono"
              type="url"
              data-testid="settings-desktop-team-url"
              placeholder="https://"
              disabled={form.mode !== 'team'}
              value={form.teamUrl}
              aria-invalid={outcome.kind === 'invalid' && outcome.field === 'serviceUrl'}
              onChange={(event) => setForm({ ...form, teamUrl: event.target.value })}
            />
          </div>
        </fieldset>
        <div className="settings__row">
          <div className="settings__text">
            <label className="settings__label" htmlFor="settings-desktop-update-feed">
              {t('desktop.settings.updateFeed')}
            </label>
            <p className="settings__hint">{t('desktop.settings.updateFeedHint')}</p>
          </div>
          <input
            id="settings-desktop-update-feed"
            className="input settings__mono"
            type="url"
            data-testid="settings-desktop-update-feed"
            placeholder="https://"
            value={form.updateFeedUrl}
            aria-invalid={outcome.kind === 'invalid' && outcome.field === 'updateFeedUrl'}
            onChange={(event) => setForm({ ...form, updateFeedUrl: event.target.value })}
          />
        </div>
        <div className="settings__actions">
          <button type="submit" className="button" disabled={outcome.kind === 'saving'}>
            {t('desktop.settings.save')}
          </button>
          <DesktopSaveFeedback outcome={outcome} onRestart={() => void desktop.relaunch()} />
        </div>
      </form>
    </section>
  );
}

function DesktopSaveFeedback({
  outcome,
  onRestart,
}: {
  outcome: SaveOutcome;
  onRestart: () => void;
}): ReactElement | null {
  const { t } = useTranslation();
  switch (outcome.kind) {
    case 'idle':
    case 'saving':
      return null;
    case 'invalid':
      return (
        <span
          className="settings__feedback settings__feedback--invalid"
          role="alert"
          data-testid="settings-desktop-feedback"
        >
          {outcome.field === 'serviceUrl'
            ? t('desktop.settings.invalidServiceUrl')
            : t('desktop.settings.invalidUpdateFeed')}
        </span>
      );
    case 'failed':
      return (
        <span
          className="settings__feedback settings__feedback--failed"
          role="alert"
          data-testid="settings-desktop-feedback"
        >
          {t('settings.saveFailed', { message: outcome.message })}
        </span>
      );
    case 'saved':
      return outcome.restartRequired ? (
        <span
          className="settings__feedback settings__feedback--saved"
          role="status"
          data-testid="settings-desktop-feedback"
        >
          {t('desktop.settings.restartNeeded')}{' '}
          <button type="button" className="button" data-testid="settings-desktop-restart" onClick={onRestart}>
            {t('desktop.settings.restart')}
          </button>
        </span>
      ) : (
        <span
          className="settings__feedback settings__feedback--saved"
          role="status"
          data-testid="settings-desktop-feedback"
        >
          {t('settings.saved')}
        </span>
      );
  }
}

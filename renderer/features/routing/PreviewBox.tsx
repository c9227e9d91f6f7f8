import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  RoutingConfiguration,
  RoutingPreview,
  RoutingReason,
} from '../../../shared/domain/routing-schemas';
import { supportedLanguages } from '../../../shared/domain/vocabulary';
import { useConsole } from '../../app/console-context';

/** How long typing pauses before the preview asks the service. */
const previewDelayMs = 300;

/**
 * "This ticket would go to …": a draft typed as a customer would, sent to `POST /api/routing/preview`
 * (the service applies triage and the current rules), with the decision and its reasons.
 */
export function PreviewBox({ configuration }: { configuration: RoutingConfiguration }): ReactElement {
  const { t } = useTranslation();
  const { api, categories, lookups } = useConsole();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [category, setCategory] = useState('');
  const [language, setLanguage] = useState('');
  const [preview, setPreview] = useState<RoutingPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isEmpty = subject.trim() === '' && body.trim() === '';

  useEffect(() => {
    // An empty draft shows the hint whatever the last preview was (see the render), so nothing to ask.
    if (isEmpty) {
      return undefined;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      api
        .previewRouting({
          subject,
          body,
          category: category === '' ? null : category,
          language: language === '' ? null : language,
        })
        .then(
          (answer) => {
            if (isCurrent) {
              setPreview(answer);
              setError(null);
            }
          },
          (failure: unknown) => {
            if (isCurrent) {
              setError(failure instanceof Error ? failure.message : String(failure));
            }
          },
        );
    }, previewDelayMs);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
    // The configuration is a dependency so a saved change shows in the preview at once.
  }, [api, subject, body, category, language, isEmpty, configuration]);

  const teamName = (id: string | undefined): string =>
    configuration.teams.find((team) => team.id === id)?.name ?? t('routing.none');
  const agentName = (id: string | undefined): string =>
    (id === undefined ? null : lookups.agentName(id)) ?? t('routing.nobody');
  const reasonText = (reason: RoutingReason): string =>
    t(`routing.reasons.${reason.code}`, {
      team: teamName(reason.team_id),
      agent: agentName(reason.agent_id),
      category: reason.category === undefined ? '' : lookups.categoryName(reason.category),
      rule: configuration.rules.find((rule) => rule.id === reason.rule_id)?.name ?? reason.rule_id ?? '',
    });

  return (
    <section className="routing__section" aria-labelledby="routing-preview-heading">
      <h2 id="routing-preview-heading" className="routing__heading">
        {t('routing.preview.heading')}
      </h2>
      <p className="routing__hint">{t('routing.preview.hint')}</p>
      <div className="routing__preview-form">
        <label className="routing__field">
          <span>{t('routing.preview.subject')}</span>
          <input
            className="input"
            data-testid="routing-preview-subject"
            value={subject}
            onChange={(event) => setSubject(event.target.value)}
          />
        </label>
        <label className="routing__field">
          <span>{t('routing.preview.category')}</span>
          <select
            className="select"
            data-testid="routing-preview-category"
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          >
            <option value="">{t('routing.preview.noCategory')}</option>
            {categories.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {lookups.categoryName(candidate.key)}
              </option>
            ))}
          </select>
        </label>
        <label className="routing__field">
          <span>{t('routing.preview.language')}</span>
          <select
            className="select"
            data-testid="routing-preview-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            <option value="">{t('routing.preview.guessLanguage')}</option>
            {supportedLanguages.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`languages.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="routing__field routing__field--wide">
          <span>{t('routing.preview.body')}</span>
          <textarea
            className="textarea"
            rows={3}
            data-testid="routing-preview-body"
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        </label>
      </div>
      <div className="routing__preview-result" aria-live="polite" data-testid="routing-preview-result">
        {error !== null ? (
          <p role="alert">{t('routing.preview.failed', { message: error })}</p>
        ) : isEmpty || preview === null ? (
          <p className="routing__hint">{t('routing.preview.empty')}</p>
        ) : (
          <>
            <p className="routing__verdict">
              {preview.team_id === null
                ? t('routing.preview.noTeam', { priority: t(`priority.${preview.priority}`) })
                : preview.assignee_id === null
                  ? t('routing.preview.waiting', {
                      team: teamName(preview.team_id),
                      priority: t(`priority.${preview.priority}`),
                    })
                  : t('routing.preview.result', {
                      team: teamName(preview.team_id),
                      agent: agentName(preview.assignee_id ?? undefined),
                      priority: t(`priority.${preview.priority}`),
                    })}
            </p>
            <ul className="routing__reasons">
              {preview.reasons.map((reason, index) => (
                <li key={`${reason.code}-${index}`}>{reasonText(reason)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

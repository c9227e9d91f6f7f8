import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyFinding } from '../../../shared/safety/reply-lint';
import './safety.css';

/**
 * What makes the draft reply unsafe, shown under the text as the agent types (`lintReply`, the same
 * function the service runs): each sentence that asks for a secret and each link outside the official
 * domains, with why. Sending stays off while any is listed.
 */
export function ReplyLintFindings({ findings }: { findings: readonly ReplyFinding[] }): ReactElement | null {
  const { t } = useTranslation();
  if (findings.length === 0) {
    return null;
  }
  return (
    <div className="reply-lint" role="alert" data-testid="reply-lint">
      <strong className="reply-lint__heading">{t('safety.lint.heading')}</strong>
      <ul className="reply-lint__list">
        {findings.map((finding, index) => (
          <li key={`${finding.kind}-${index}`} data-testid="reply-lint-finding" data-kind={finding.kind}>
            <span className="reply-lint__kind">
              {finding.kind === 'link'
                ? t(`safety.reasons.${finding.reason ?? 'not_official'}`)
                : t(`safety.lint.asks.${finding.kind}`)}
            </span>{' '}
            <q className="reply-lint__text">{finding.text}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}

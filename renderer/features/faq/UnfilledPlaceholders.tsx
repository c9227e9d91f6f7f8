import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { placeholderMarker } from './faq-language';
import './faq.css';

/**
 * Under the composer's text: the `{{…}}` placeholders still unfilled, and why Send is disabled. Each one is
 * a button that selects it in the text, so typing the value replaces it.
 */
export function UnfilledPlaceholders({
  names,
  onSelect,
}: {
  names: readonly string[];
  onSelect: (name: string) => void;
}): ReactElement | null {
  const { t } = useTranslation();
  if (names.length === 0) {
    return null;
  }
  return (
    <div className="composer-unfilled" data-testid="composer-unfilled" role="status">
      <span className="composer-unfilled__reason">{t('faq.composer.blocked')}</span>
      <ul className="composer-unfilled__list">
        {names.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="composer-unfilled__item"
              title={t('faq.composer.select')}
              onClick={() => onSelect(name)}
            >
              {placeholderMarker(name)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './use-routing';

/** A Save button with the outcome of the last save beside it. */
export function SaveLine({
  status,
  onSave,
  disabled,
  testId,
}: {
  status: SaveStatus;
  onSave: () => void;
  disabled: boolean;
  testId: string;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="routing__save">
      <button
        type="button"
        className="button button--primary button--small"
        data-testid={testId}
        disabled={disabled || status.kind === 'saving'}
        onClick={onSave}
      >
        {status.kind === 'saving' ? t('routing.saving') : t('routing.save')}
      </button>
      {status.kind === 'saved' ? (
        <span role="status" className="routing__feedback">
          {t('routing.saved')}
        </span>
      ) : null}
      {status.kind === 'failed' ? (
        <span role="alert" className="routing__feedback routing__feedback--failed">
          {t('routing.saveFailed', { message: status.message })}
        </span>
      ) : null}
    </div>
  );
}

/** A row of toggles, one per option: which of `options` are chosen. */
export function ChoiceChips({
  options,
  chosen,
  label,
  onChange,
  disabled,
}: {
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  label: (value: string) => string;
  onChange: (chosen: string[]) => void;
  disabled: boolean;
}): ReactElement {
  return (
    <div className="routing__chips">
      {options.map((option) => {
        const isChosen = chosen.includes(option.value);
        return (
          <button
            key={option.value}
            type="button"
            className={`routing__chip${isChosen ? ' routing__chip--chosen' : ''}`}
            aria-pressed={isChosen}
            aria-label={label(option.value)}
            disabled={disabled}
            onClick={() =>
              onChange(
                isChosen ? chosen.filter((value) => value !== option.value) : [...chosen, option.value],
              )
            }
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}

import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of the quick picker. */
export interface QuickPickerProps {
  title: string;
  options: readonly { value: string; label: string }[];
  current: string;
  onPick: (value: string) => void;
  onClose: () => void;
}

/**
 * The small list the `s` and `p` shortcuts open: arrows or the option's number choose, Enter applies,
 * Escape cancels. Focus starts on the current value.
 */
export function QuickPicker(props: QuickPickerProps): ReactElement {
  const { t } = useTranslation();
  const { title, options, current, onPick, onClose } = props;
  const listRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-value]');
    const start = Array.from(buttons ?? []).find((button) => button.dataset.value === current);
    (start ?? buttons?.[0])?.focus();
  }, [current]);
  const move = (step: number): void => {
    const buttons = Array.from(
      listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-value]') ?? [],
    );
    const index = buttons.findIndex((button) => button === document.activeElement);
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  };
  return (
    <div
      className="queue-dialog__backdrop"
      role="presentation"
      onClick={(event) => {
        // Only a click on the dimmed backdrop closes; clicks inside the dialog stay there.
        if (event.target === event.currentTarget) {
          onClose();
        }
      }}
    >
      {/* Escape and the dialog's own keys are handled on the dialog itself: the ARIA dialog pattern. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="queue-dialog queue-dialog--picker"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid="quick-picker"
        ref={listRef}
        onKeyDown={(event) => {
          const digit = Number(event.key);
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          } else if (event.key === 'ArrowDown' || event.key === 'j') {
            event.preventDefault();
            move(1);
          } else if (event.key === 'ArrowUp' || event.key === 'k') {
            event.preventDefault();
            move(-1);
          } else if (Number.isInteger(digit) && digit >= 1 && digit <= options.length) {
            event.preventDefault();
            onPick((options[digit - 1] as { value: string }).value);
          }
        }}
      >
        <h2 className="queue-dialog__title">{title}</h2>
        {options.map((option, index) => (
          <button
            key={option.value}
            type="button"
            className={`queue-picker__option${option.value === current ? ' queue-picker__option--current' : ''}`}
            data-value={option.value}
            onClick={() => onPick(option.value)}
          >
            <kbd>{index + 1}</kbd> {option.label}
            {option.value === current ? (
              <span className="visually-hidden"> {t('queue.picker.current')}</span>
            ) : null}
          </button>
        ))}
      </div>
    </div>
  );
}

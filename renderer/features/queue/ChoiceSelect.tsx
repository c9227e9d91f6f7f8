import type { ReactElement } from 'react';

/** One option of a {@link ChoiceSelect}. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** Props of {@link ChoiceSelect}. */
export interface ChoiceSelectProps<T extends string> {
  /** Read by screen readers: the menu has no visible label of its own. */
  label: string;
  /** Text of the first option, whose value is '' (no filter, or no action chosen yet). */
  placeholder: string;
  choices: readonly Choice<T>[];
  /** The chosen value, '' for the placeholder. */
  value: T | '';
  /** Called on every change, with '' when the placeholder is chosen. */
  onChoose: (value: T | '') => void;
  testId?: string;
  disabled?: boolean;
}

/** A small single-choice menu: the queue's filters and bulk actions share this look and behaviour. */
export function ChoiceSelect<T extends string>(props: ChoiceSelectProps<T>): ReactElement {
  const { label, placeholder, choices, value, onChoose, testId, disabled } = props;
  return (
    <select
      className="select select--small"
      data-testid={testId}
      aria-label={label}
      value={value}
      disabled={disabled}
      // The options are exactly `choices` plus the placeholder, so the chosen value is one of them.
      onChange={(event) => onChoose(event.target.value as T | '')}
    >
      <option value="">{placeholder}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Where a settings form is in saving: nothing to say, invalid input, on its way, saved, or refused. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

/** The line next to a Save button that says how the last save went. */
export function SaveFeedback({ state, testId }: { state: SaveState; testId: string }): ReactElement | null {
  const { t } = useTranslation();
  if (state.kind === 'idle' || state.kind === 'saving') {
    return null;
  }
  const text =
    state.kind === 'saved'
      ? t('settings.saved')
      : state.kind === 'invalid'
        ? t('settings.invalid')
        : t('settings.saveFailed', { message: state.message });
  return (
    <span
      className={`settings__feedback settings__feedback--${state.kind}`}
      role={state.kind === 'saved' ? 'status' : 'alert'}
      data-testid={testId}
    >
      {text}
    </span>
  );
}

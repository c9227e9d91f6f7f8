import { Fragment, useRef, type ReactElement } from 'react';
import { useDialogFocus } from '../../ui/use-dialog-focus';
import { useTranslation } from 'react-i18next';
import { keyLabel, queueShortcuts } from './queue-shortcuts';

/** The `?` dialog: every queue shortcut with the keys of this platform (⌘ on macOS, Ctrl elsewhere). */
export function ShortcutHelp({ isMac, onClose }: { isMac: boolean; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const dialogRef = useRef<HTMLDivElement | null>(null);
  // Focus starts on Close, stays inside while open, and returns to where it was (the queue) on closing.
  const trapFocus = useDialogFocus(dialogRef, closeRef);
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
        ref={dialogRef}
        className="queue-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="queue-shortcuts-title"
        data-testid="shortcut-help"
        onKeyDown={(event) => {
          trapFocus(event);
          if (event.key === 'Escape' || event.key === '?') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <h2 id="queue-shortcuts-title" className="queue-dialog__title">
          {t('queue.shortcuts.title')}
        </h2>
        <dl className="queue-shortcuts">
          {queueShortcuts.map((shortcut) => (
            <Fragment key={shortcut.action}>
              <dt>
                {shortcut.keys.map((combination, alternative) => (
                  <Fragment key={combination.join('+')}>
                    {alternative > 0 ? <span className="queue-shortcuts__or"> / </span> : null}
                    {combination.map((key, position) => (
                      <Fragment key={key}>
                        {position > 0 ? '+' : null}
                        <kbd>{keyLabel(key, isMac)}</kbd>
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </dt>
              <dd>{t(`queue.shortcuts.${shortcut.action}`)}</dd>
            </Fragment>
          ))}
        </dl>
        <button ref={closeRef} type="button" className="button button--small" onClick={onClose}>
          {t('queue.shortcuts.closeHelp')}
        </button>
      </div>
    </div>
  );
}

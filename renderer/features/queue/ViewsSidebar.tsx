import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueViewDefinition } from '../../../shared/queue/views';
import { formatCount } from '../../i18n/format';

/** Props of the views sidebar. */
export interface ViewsSidebarProps {
  views: readonly QueueViewDefinition[];
  /** Tickets per view id; null until the first count is ready. */
  counts: ReadonlyMap<string, number> | null;
  selectedId: string;
  onSelect: (viewId: string) => void;
  /** The view's display name (built-in kinds from translations, categories by name, saved by their name). */
  labelOf: (view: QueueViewDefinition) => string;
  /** Saves the current view and filters under `name`; absent when there is nothing to save. */
  onSave: ((name: string) => void) | null;
  onRename: (viewId: string, name: string) => void;
  onDelete: (viewId: string) => void;
}

function NameForm(props: {
  initial: string;
  label: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() !== '') {
      props.onSubmit(name.trim());
    }
  };
  return (
    <form className="queue-views__form" onSubmit={submit}>
      <input
        className="input queue-views__name"
        aria-label={props.label}
        data-testid="view-name"
        value={name}
        maxLength={100}
        // Appears because the agent chose "rename" or "save view": typing goes straight into it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            props.onCancel();
          }
        }}
      />
      <button type="submit" className="button button--primary button--small" disabled={name.trim() === ''}>
        {t('queue.views.save')}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={props.onCancel}>
        {t('queue.views.cancel')}
      </button>
    </form>
  );
}

/** The queue's views with live counts; the agent's saved views can be renamed and deleted. */
export function ViewsSidebar(props: ViewsSidebarProps): ReactElement {
  const { t, i18n } = useTranslation();
  const { views, counts, selectedId, onSelect, labelOf, onSave } = props;
  const [isNaming, setIsNaming] = useState(false);
  const [renamingId, setRenamingId] = useState<string | null>(null);

  const item = (view: QueueViewDefinition): ReactElement => {
    const count = counts?.get(view.id);
    const isSelected = view.id === selectedId;
    if (view.id === renamingId) {
      return (
        <li key={view.id}>
          <NameForm
            initial={view.name ?? ''}
            label={t('queue.views.rename')}
            onSubmit={(name) => {
              props.onRename(view.id, name);
              setRenamingId(null);
            }}
            onCancel={() => setRenamingId(null)}
          />
        </li>
      );
    }
    return (
      <li key={view.id} className="queue-views__row">
        <button
          type="button"
          className={`queue-views__item${isSelected ? ' queue-views__item--selected' : ''}`}
          aria-current={isSelected ? 'true' : undefined}
          data-testid="view-item"
          data-view-id={view.id}
          onClick={() => onSelect(view.id)}
        >
          <span className="queue-views__label">{labelOf(view)}</span>
          <span className="queue-views__count" data-testid="view-count">
            {count === undefined ? '…' : formatCount(count, i18n.language)}
          </span>
        </button>
        {view.kind === 'saved' ? (
          <span className="queue-views__actions">
            <button
              type="button"
              className="queue-views__action"
              title={t('queue.views.rename')}
              aria-label={t('queue.views.renameNamed', { name: labelOf(view) })}
              onClick={() => setRenamingId(view.id)}
            >
              ✎
            </button>
            <button
              type="button"
              className="queue-views__action"
              title={t('queue.views.delete')}
              aria-label={t('queue.views.deleteNamed', { name: labelOf(view) })}
              data-testid="view-delete"
              onClick={() => props.onDelete(view.id)}
            >
              ×
            </button>
          </span>
        ) : null}
      </li>
    );
  };

  const general = views.filter((view) => view.kind !== 'category' && view.kind !== 'saved');
  const categories = views.filter((view) => view.kind === 'category');
  const saved = views.filter((view) => view.kind === 'saved');
  return (
    <nav className="queue-views" aria-label={t('queue.views.title')} data-testid="queue-views">
      <ul className="queue-views__list">{general.map(item)}</ul>
      <h2 className="queue-views__heading">{t('queue.views.myViews')}</h2>
      <ul className="queue-views__list">
        {saved.map(item)}
        <li>
          {isNaming && onSave ? (
            <NameForm
              initial=""
              label={t('queue.views.name')}
              onSubmit={(name) => {
                onSave(name);
                setIsNaming(false);
              }}
              onCancel={() => setIsNaming(false)}
            />
          ) : (
            <button
              type="button"
              className="queue-views__save"
              data-testid="view-save"
              disabled={!onSave}
              title={onSave ? undefined : t('queue.views.saveHint')}
              onClick={() => setIsNaming(true)}
            >
              + {t('queue.views.saveCurrent')}
            </button>
          )}
        </li>
      </ul>
      <h2 className="queue-views__heading">{t('queue.views.categories')}</h2>
      <ul className="queue-views__list">{categories.map(item)}</ul>
    </nav>
  );
}

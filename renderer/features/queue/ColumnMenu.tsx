import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { moveColumn, type ColumnLayout } from './column-preferences';
import type { QueueColumnId } from './queue-model';

/** Show, hide and reorder the queue's columns; every change is the agent's remembered layout. */
export function ColumnMenu(props: {
  layout: ColumnLayout;
  onChange: (layout: ColumnLayout) => void;
  onReset: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { layout, onChange, onReset } = props;
  const [isOpen, setIsOpen] = useState(false);
  const toggle = (id: QueueColumnId): void => {
    const hidden = new Set(layout.hidden);
    if (hidden.has(id)) {
      hidden.delete(id);
    } else {
      hidden.add(id);
    }
    onChange({ ...layout, hidden });
  };
  const shift = (id: QueueColumnId, step: number): void => {
    const target = layout.order[layout.order.indexOf(id) + step];
    if (target) {
      onChange({ ...layout, order: moveColumn(layout.order, id, target) });
    }
  };
  return (
    <div className="column-menu">
      <button
        type="button"
        className="button button--ghost button--small"
        aria-expanded={isOpen}
        data-testid="column-menu"
        onClick={() => setIsOpen(!isOpen)}
      >
        {t('queue.columnMenu.button')}
      </button>
      {isOpen ? (
        <div className="column-menu__popover" role="group" aria-label={t('queue.columnMenu.button')}>
          <ul className="column-menu__list">
            {layout.order.map((id, index) => (
              <li key={id} className="column-menu__item" data-testid="column-menu-item" data-column-id={id}>
                <label className="column-menu__label">
                  <input
                    type="checkbox"
                    checked={!layout.hidden.has(id)}
                    disabled={id === 'subject'}
                    onChange={() => toggle(id)}
                  />
                  {t(`queue.columns.${id}`)}
                </label>
                <button
                  type="button"
                  className="column-menu__move"
                  aria-label={t('queue.columnMenu.moveLeft', { column: t(`queue.columns.${id}`) })}
                  disabled={index === 0}
                  onClick={() => shift(id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="column-menu__move"
                  aria-label={t('queue.columnMenu.moveRight', { column: t(`queue.columns.${id}`) })}
                  disabled={index === layout.order.length - 1}
                  onClick={() => shift(id, 1)}
                >
                  ↓
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--ghost button--small" onClick={onReset}>
            {t('queue.columnMenu.reset')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

import type { ReactElement, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** Props of an empty state: an icon, a title, an explanation and an optional action. */
export interface EmptyStateProps {
  icon: IconName;
  title: string;
  body?: string;
  badge?: string;
  children?: ReactNode;
}

/** A centred, honest message where content would be (nothing selected, nothing found, not built yet). */
export function EmptyState({ icon, title, body, badge, children }: EmptyStateProps): ReactElement {
  return (
    <div className="empty-state">
      <div className="empty-state__icon">
        <Icon name={icon} size={20} />
      </div>
      {badge ? <span className="badge">{badge}</span> : null}
      <h2 className="empty-state__title">{title}</h2>
      {body ? <p className="empty-state__body">{body}</p> : null}
      {children}
    </div>
  );
}

import type { ReactElement } from 'react';
import { Icon, type IconName } from './Icon';

/** Props of {@link IconButton}. */
export interface IconButtonProps {
  icon: IconName;
  /** Shown as the tooltip and read by screen readers (the button has no visible text). */
  label: string;
  onClick: () => void;
}

/** A small ghost button showing only an icon, labelled for tooltips and assistive technology. */
export function IconButton({ icon, label, onClick }: IconButtonProps): ReactElement {
  return (
    <button type="button" className="button button--ghost button--small" onClick={onClick} title={label}>
      <Icon name={icon} />
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

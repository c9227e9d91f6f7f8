import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/domain/schemas';
import type { ConnectionState } from '../../live/live-connection';
import { IconButton } from '../../ui/IconButton';
import { ConnectionIndicator } from './ConnectionIndicator';

/** Props of the top bar. */
export interface TopBarProps {
  title: string;
  agent: Agent;
  connection: ConnectionState;
  onSignOut: () => void;
}

/** Initials for an avatar: first letters of the first two words, or the first two characters (one for CJK names). */
export function initialsOf(name: string): string {
  // Korean, Chinese and Japanese names: the first character (the family name) reads best.
  if (/^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name.trim())) {
    return Array.from(name.trim())[0] ?? '';
  }
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length >= 2) {
    return `${Array.from(words[0] ?? '')[0] ?? ''}${Array.from(words[1] ?? '')[0] ?? ''}`.toUpperCase();
  }
  return Array.from(name.trim()).slice(0, 2).join('').toUpperCase();
}

/** The bar above the content: page title, live state, the signed-in agent and sign-out. */
export function TopBar({ title, agent, connection, onSignOut }: TopBarProps): ReactElement {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <h1 className="topbar__title">{title}</h1>
      <div className="topbar__spacer" />
      <ConnectionIndicator state={connection} />
      <div className="topbar__agent" title={agent.email}>
        <span className="avatar" aria-hidden="true">
          {initialsOf(agent.name)}
        </span>
        <span className="topbar__agent-text">
          <span className="topbar__agent-name">{agent.name}</span>
          <span className="topbar__agent-role">{t(`role.${agent.role}`)}</span>
        </span>
      </div>
      <IconButton icon="logout" label={t('nav.signOut')} onClick={onSignOut} />
    </header>
  );
}

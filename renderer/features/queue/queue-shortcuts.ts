/**
 * The queue's keyboard shortcuts: one table that both the key handler and the `?` help dialog read, so the
 * help always lists exactly what works. `Mod` is Cmd on macOS and Ctrl on Windows and Linux.
 */

/** What a shortcut does. */
export type QueueAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'close'
  | 'toggleChecked'
  | 'toggleCheckedRange'
  | 'assignToMe'
  | 'changeStatus'
  | 'changePriority'
  | 'reply'
  | 'focusSearch'
  | 'checkAllVisible'
  | 'openNext'
  | 'help';

/** One shortcut: the keys it shows (first entry per alternative) and the action. */
export interface QueueShortcut {
  action: QueueAction;
  /** Alternatives, each a list of keys pressed together; `Mod` is the platform's command key. */
  keys: readonly (readonly string[])[];
}

/** Every queue shortcut, in the order the help lists them. */
export const queueShortcuts: readonly QueueShortcut[] = [
  { action: 'next', keys: [['J'], ['↓']] },
  { action: 'previous', keys: [['K'], ['↑']] },
  { action: 'open', keys: [['Enter']] },
  { action: 'close', keys: [['Esc']] },
  { action: 'toggleChecked', keys: [['X']] },
  { action: 'toggleCheckedRange', keys: [['Shift', 'X']] },
  { action: 'checkAllVisible', keys: [['Mod', 'A']] },
  { action: 'assignToMe', keys: [['A']] },
  { action: 'changeStatus', keys: [['S']] },
  { action: 'changePriority', keys: [['P']] },
  { action: 'reply', keys: [['R']] },
  { action: 'openNext', keys: [['N']] },
  { action: 'focusSearch', keys: [['/'], ['Mod', 'K']] },
  { action: 'help', keys: [['?']] },
];

/** True on macOS, where the command key is Cmd (⌘) rather than Ctrl. */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/iu.test(platform);
}

/** How a key is written on this platform: `Mod` as ⌘ or Ctrl, Shift as ⇧ on macOS. */
export function keyLabel(key: string, isMac: boolean): string {
  if (key === 'Mod') {
    return isMac ? '⌘' : 'Ctrl';
  }
  if (key === 'Shift' && isMac) {
    return '⇧';
  }
  return key;
}

/** The key event as the handler sees it (a subset of KeyboardEvent, so tests can build one). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The action a key press asks for, or null when it is not a queue shortcut. */
export function actionForKey(press: KeyPress, isMac: boolean): QueueAction | null {
  if (press.altKey) {
    return null;
  }
  const hasMod = isMac ? press.metaKey : press.ctrlKey;
  const hasOtherModifier = isMac ? press.ctrlKey : press.metaKey;
  if (hasOtherModifier) {
    return null;
  }
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (hasMod) {
    if (key === 'k') {
      return 'focusSearch';
    }
    return key === 'a' && !press.shiftKey ? 'checkAllVisible' : null;
  }
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'open';
    case 'Escape':
      return 'close';
    case 'x':
      return press.shiftKey ? 'toggleCheckedRange' : 'toggleChecked';
    case 'a':
      return press.shiftKey ? null : 'assignToMe';
    case 's':
      return press.shiftKey ? null : 'changeStatus';
    case 'p':
      return press.shiftKey ? null : 'changePriority';
    case 'r':
      return press.shiftKey ? null : 'reply';
    case 'n':
      return press.shiftKey ? null : 'openNext';
    case '/':
      return 'focusSearch';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/**
 * When the "restart to update" prompt may appear. An update is downloaded in the background; the prompt
 * waits while the agent has an unsent reply or note in a composer (a modal dialog must never take the
 * keyboard from someone typing to a customer), and a restart is never forced on an unsent draft.
 * Pure state machine: the controller feeds it events and performs the action it returns.
 */

/** What the controller should do after an event. */
export type UpdateAction = { kind: 'none' } | { kind: 'prompt'; version: string } | { kind: 'install' };

/** The gate's state, for tests and logs. */
export interface UpdateGateState {
  readyVersion: string | null;
  hasUnsentDraft: boolean;
  isPrompting: boolean;
  /** The version the agent said "later" to: not asked again (it installs when the app quits). */
  postponedVersion: string | null;
}

/** The gate. */
export interface UpdateGate {
  readonly state: UpdateGateState;
  /** electron-updater finished downloading `version`. */
  updateDownloaded(version: string): UpdateAction;
  /** The console reported whether a composer holds an unsent draft. */
  draftStateChanged(hasUnsentDraft: boolean): UpdateAction;
  /** The agent answered the prompt. */
  promptAnswered(answer: 'restart' | 'later'): UpdateAction;
  /** The agent chose "Restart to update" in the tray menu. */
  restartRequested(): UpdateAction;
}

/** Creates a gate with nothing downloaded and no draft. */
export function createUpdateGate(): UpdateGate {
  const state: UpdateGateState = {
    readyVersion: null,
    hasUnsentDraft: false,
    isPrompting: false,
    postponedVersion: null,
  };
  const none: UpdateAction = { kind: 'none' };

  const maybePrompt = (): UpdateAction => {
    if (
      state.readyVersion === null ||
      state.hasUnsentDraft ||
      state.isPrompting ||
      state.postponedVersion === state.readyVersion
    ) {
      return none;
    }
    state.isPrompting = true;
    return { kind: 'prompt', version: state.readyVersion };
  };

  return {
    state,
    updateDownloaded(version) {
      state.readyVersion = version;
      return maybePrompt();
    },
    draftStateChanged(hasUnsentDraft) {
      state.hasUnsentDraft = hasUnsentDraft;
      return maybePrompt();
    },
    promptAnswered(answer) {
      state.isPrompting = false;
      if (answer === 'later') {
        state.postponedVersion = state.readyVersion;
        return none;
      }
      // The agent may have started typing while the dialog was open: ask again once the draft is sent.
      return state.hasUnsentDraft || state.readyVersion === null ? none : { kind: 'install' };
    },
    restartRequested() {
      return state.readyVersion !== null && !state.hasUnsentDraft ? { kind: 'install' } : none;
    },
  };
}

/**
 * Whether the app looks for updates at all: only installed builds (a development run has no signed
 * release to compare with), and never when `SUPPORT_CONSOLE_DISABLE_UPDATES` is set (managed machines).
 */
export function isAutoUpdateEnabled(input: {
  isPackaged: boolean;
  environment: Readonly<Record<string, string | undefined>>;
}): boolean {
  const disabled = input.environment[disableUpdatesVariable];
  return input.isPackaged && (disabled === undefined || disabled === '' || disabled === '0');
}

/** Environment variable that turns auto-update off. */
export const disableUpdatesVariable = 'SUPPORT_CONSOLE_DISABLE_UPDATES';

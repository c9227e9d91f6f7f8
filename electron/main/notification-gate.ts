import type { DesktopNotification, DesktopPreferences } from '../../shared/ipc';

/** Why a notification was or was not shown (logged, and asserted by tests). */
export type NotificationDecision = 'show' | 'muted' | 'duplicate' | 'assignments-paused';

/**
 * Decides whether a notification the console asks for reaches the agent: not when its kind is muted, not
 * twice for the same moment (its `key`: two windows of the console, a reconnect replaying changes, the
 * periodic SLA check), and no assignment notices while the agent paused assignments from the tray.
 */
export interface NotificationGate {
  decide(
    notification: DesktopNotification,
    state: { preferences: DesktopPreferences; assignmentsPaused: boolean },
  ): NotificationDecision;
}

/** Creates a gate remembering the last `capacity` keys it let through (oldest forgotten first). */
export function createNotificationGate(capacity = 500): NotificationGate {
  const seen = new Set<string>();
  return {
    decide(notification, { preferences, assignmentsPaused }) {
      // Security alerts (read budget) cannot be muted.
      if (notification.kind !== 'readBudget' && preferences.mutedNotifications[notification.kind]) {
        return 'muted';
      }
      if (notification.kind === 'assignment' && assignmentsPaused) {
        return 'assignments-paused';
      }
      if (seen.has(notification.key)) {
        return 'duplicate';
      }
      seen.add(notification.key);
      if (seen.size > capacity) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) {
          seen.delete(oldest);
        }
      }
      return 'show';
    },
  };
}

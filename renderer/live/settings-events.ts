import { createEventChannel, type EventChannel } from './event-channel';

/**
 * Tells views that show team settings (the Routing page) that a `settings.updated` change arrived, or that
 * the console resynced and may have missed one; the change carries no details, so listeners refetch.
 */
export type SettingsEvents = EventChannel<void>;

/** Creates the event channel between the live layer and the settings views. */
export function createSettingsEvents(): SettingsEvents {
  return createEventChannel<void>();
}

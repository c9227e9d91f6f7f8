import { describe, expect, it } from 'vitest';
import {
  applyPreferencesUpdate,
  defaultPreferences,
  parsePreferences,
  serialisePreferences,
} from '../../../electron/main/preferences';

describe('desktop preferences', () => {
  it('reads a settings file leniently: a bad value is dropped, the others kept', () => {
    const text = JSON.stringify({
      serviceUrl: 'http://support.example.com',
      mutedNotifications: { assignment: true, slaAtRisk: 'yes' },
      updateFeedUrl: 'https://updates.example.com/feed/',
    });
    expect(parsePreferences(text)).toEqual({
      serviceUrl: null,
      mutedNotifications: { assignment: true, customerReply: false, slaAtRisk: false },
      updateFeedUrl: 'https://updates.example.com/feed',
    });
    expect(parsePreferences(null)).toEqual(defaultPreferences);
    expect(parsePreferences('not json')).toEqual(defaultPreferences);
  });

  it('keeps keys it does not know when saving', () => {
    const saved = serialisePreferences(defaultPreferences, JSON.stringify({ futureSetting: 1 }));
    expect(JSON.parse(saved)).toEqual({ futureSetting: 1, ...defaultPreferences });
  });

  it('applies a change, merging mutes and flagging a connection change', () => {
    const outcome = applyPreferencesUpdate(defaultPreferences, {
      serviceUrl: 'https://support.example.com/',
      mutedNotifications: { customerReply: true },
    });
    expect(outcome).toEqual({
      ok: true,
      restartRequired: true,
      preferences: {
        serviceUrl: 'https://support.example.com',
        mutedNotifications: { assignment: false, customerReply: true, slaAtRisk: false },
        updateFeedUrl: null,
      },
    });
    expect(applyPreferencesUpdate(defaultPreferences, { serviceUrl: '' })).toMatchObject({
      ok: true,
      restartRequired: false,
    });
  });

  it('refuses an update feed that is not https', () => {
    expect(
      applyPreferencesUpdate(defaultPreferences, { updateFeedUrl: 'http://updates.example.com' }),
    ).toMatchObject({
      ok: false,
      field: 'updateFeedUrl',
    });
  });
});

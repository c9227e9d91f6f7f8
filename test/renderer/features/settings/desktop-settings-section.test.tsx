import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  DesktopApi,
  DesktopPreferences,
  DesktopPreferencesUpdate,
  IpcResult,
} from '../../../../shared/ipc';
import { DesktopSettingsSection } from '../../../../renderer/features/settings/DesktopSettingsSection';

const saved: DesktopPreferences = {
  serviceUrl: null,
  mutedNotifications: { assignment: false, customerReply: false, slaAtRisk: false },
  updateFeedUrl: null,
};

/** A desktop bridge whose settings live in memory; `answer` decides what saving returns. */
function fakeDesktop(answer: (update: DesktopPreferencesUpdate) => IpcResult<'preferences:update'>) {
  const updates: DesktopPreferencesUpdate[] = [];
  let relaunches = 0;
  const desktop = {
    getPreferences: () => Promise.resolve(saved),
    updatePreferences: (update: DesktopPreferencesUpdate) => {
      updates.push(update);
      return Promise.resolve(answer(update));
    },
    relaunch: () => {
      relaunches += 1;
      return Promise.resolve();
    },
  } as Partial<DesktopApi> as DesktopApi;
  return { desktop, updates, relaunches: () => relaunches };
}

describe('Settings → Desktop app', () => {
  it('mutes a notification kind when its box is unticked', async () => {
    const { desktop, updates } = fakeDesktop(() => ({
      ok: true,
      restartRequired: false,
      preferences: { ...saved, mutedNotifications: { ...saved.mutedNotifications, slaAtRisk: true } },
    }));
    render(<DesktopSettingsSection desktop={desktop} />);
    const box = await screen.findByTestId('settings-desktop-notify-slaAtRisk');
    expect(box).toBeChecked();
    fireEvent.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
    expect(updates).toEqual([{ mutedNotifications: { slaAtRisk: true } }]);
  });

  it('switches to a team service and offers the restart that applies it', async () => {
    const fake = fakeDesktop(() => ({
      ok: true,
      restartRequired: true,
      preferences: { ...saved, serviceUrl: 'https://support.example.com' },
    }));
    render(<DesktopSettingsSection desktop={fake.desktop} />);
    fireEvent.click(await screen.findByTestId('settings-desktop-mode-team'));
    fireEvent.change(screen.getByTestId('settings-desktop-team-url'), {
      target: { value: 'https://support.example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Restart the app to switch the ticket service/)).toBeInTheDocument();
    expect(fake.updates).toEqual([{ serviceUrl: 'https://support.example.com', updateFeedUrl: '' }]);
    fireEvent.click(screen.getByTestId('settings-desktop-restart'));
    expect(fake.relaunches()).toBe(1);
  });

  it('explains a refused address in the agent’s language', async () => {
    const { desktop } = fakeDesktop(() => ({ ok: false, field: 'serviceUrl', message: 'use https://' }));
    render(<DesktopSettingsSection desktop={desktop} />);
    fireEvent.click(await screen.findByTestId('settings-desktop-mode-team'));
    fireEvent.change(screen.getByTestId('settings-desktop-team-url'), {
      target: { value: 'http://x.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter an https:// address');
    expect(screen.getByTestId('settings-desktop-team-url')).toHaveAttribute('aria-invalid', 'true');
  });
});

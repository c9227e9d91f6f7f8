import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgentRole } from '../../../../shared/domain/vocabulary';
import type { ChecklistRules, SlaPolicyWire, TeamSettings } from '../../../../shared/domain/workflow-schemas';
import type { ApiClient } from '../../../../renderer/api/api-client';
import { ApiError } from '../../../../renderer/api/api-error';
import { createAgentPreferencesStore } from '../../../../renderer/app/agent-preferences';
import { ConsoleContext, type ConsoleContextValue } from '../../../../renderer/app/console-context';
import { SettingsPage } from '../../../../renderer/features/settings/SettingsPage';

const settings: TeamSettings = {
  sla_policy: {
    priorities: {
      low: { first_response_minutes: 1440, resolution_minutes: 7200 },
      normal: { first_response_minutes: 1440, resolution_minutes: 4320 },
      high: { first_response_minutes: 240, resolution_minutes: 1440 },
      urgent: { first_response_minutes: 60, resolution_minutes: 480 },
    },
    categories: {},
  },
  checklist_rules: { deposit_withdrawal: ['transaction_id', 'occurred_at'], kyc: ['device', 'attachment'] },
};

const categories = [
  { key: 'deposit_withdrawal', name: 'Deposits & withdrawals', is_default: true },
  { key: 'kyc', name: 'Identity verification', is_default: true },
];

function renderSettings(role: AgentRole, api: Partial<ApiClient>) {
  const value = {
    session: {
      serviceUrl: 'http://service.test',
      token: 'token-sora',
      agent: { id: 'agent-sora', name: 'Sora Park', email: 'sora.lead@demo.exchange', role },
      mode: 'browser',
    },
    api: { settings: vi.fn(() => Promise.resolve(settings)), ...api },
    categories,
    lookups: {
      agentName: () => null,
      categoryName: (key: string) => categories.find((category) => category.key === key)?.name ?? key,
    },
    signOut: vi.fn(),
    agentPreferences: createAgentPreferencesStore({
      api: { preferences: () => Promise.resolve({}), patchPreferences: () => Promise.resolve({}) },
      agentId: 'agent-sora',
      storage: null,
    }),
  } as unknown as ConsoleContextValue;
  render(
    <ConsoleContext.Provider value={value}>
      <SettingsPage />
    </ConsoleContext.Provider>,
  );
  return userEvent.setup();
}

function withPolicy(policy: SlaPolicyWire): TeamSettings {
  return { ...settings, sla_policy: policy };
}

describe('team settings in the settings page', () => {
  it('lets a lead change a target in hours and saves it in minutes, then says it is saved', async () => {
    const saveSlaPolicy = vi.fn((policy: SlaPolicyWire) => Promise.resolve(withPolicy(policy)));
    const user = renderSettings('lead', { saveSlaPolicy });
    const firstResponse = await screen.findByTestId('sla-normal-firstResponse');
    expect(firstResponse).toHaveValue(24);
    await user.clear(firstResponse);
    await user.type(firstResponse, '8');
    await user.selectOptions(screen.getByTestId('sla-urgent-firstResponse-unit'), 'minutes');
    await user.click(screen.getByTestId('settings-sla-save'));
    expect(await screen.findByTestId('settings-sla-feedback')).toHaveTextContent('Saved.');
    expect(saveSlaPolicy).toHaveBeenCalledWith({
      ...settings.sla_policy,
      priorities: {
        ...settings.sla_policy.priorities,
        normal: { first_response_minutes: 480, resolution_minutes: 4320 },
        urgent: { first_response_minutes: 1, resolution_minutes: 480 },
      },
    });
  });

  it('does not save a zero target and shows what to fix', async () => {
    const saveSlaPolicy = vi.fn(() => Promise.resolve(settings));
    const user = renderSettings('admin', { saveSlaPolicy });
    const resolution = await screen.findByTestId('sla-high-resolution');
    await user.clear(resolution);
    await user.type(resolution, '0');
    await user.click(screen.getByTestId('settings-sla-save'));
    expect(await screen.findByTestId('settings-sla-feedback')).toHaveTextContent('Fix the marked fields');
    expect(resolution).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a number greater than zero.')).toBeInTheDocument();
    expect(saveSlaPolicy).not.toHaveBeenCalled();
  });

  it('adds a category override and removes it again', async () => {
    const saveSlaPolicy = vi.fn((policy: SlaPolicyWire) => Promise.resolve(withPolicy(policy)));
    const user = renderSettings('lead', { saveSlaPolicy });
    await user.click(await screen.findByTestId('sla-override-add'));
    const row = screen.getByTestId('sla-override');
    await user.selectOptions(within(row).getByTestId('sla-override-category'), 'kyc');
    await user.selectOptions(within(row).getByTestId('sla-override-priority'), 'high');
    await user.type(within(row).getByTestId('sla-override-firstResponse'), '2');
    await user.click(screen.getByTestId('settings-sla-save'));
    await screen.findByText('Saved.');
    expect(saveSlaPolicy).toHaveBeenLastCalledWith({
      ...settings.sla_policy,
      categories: { kyc: { high: { first_response_minutes: 120 } } },
    });
    await user.click(screen.getByTestId('sla-override-remove'));
    expect(screen.queryByTestId('sla-override')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('settings-sla-save'));
    await screen.findByText('Saved.');
    expect(saveSlaPolicy).toHaveBeenLastCalledWith(settings.sla_policy);
  });

  it('shows the service’s refusal when saving fails', async () => {
    const saveSlaPolicy = vi.fn(() =>
      Promise.reject(new ApiError({ status: 403, code: 'forbidden', message: 'leads only' })),
    );
    const user = renderSettings('lead', { saveSlaPolicy });
    await user.click(await screen.findByTestId('settings-sla-save'));
    expect(await screen.findByTestId('settings-sla-feedback')).toHaveTextContent('Not saved: leads only');
  });

  it('ticks required items per category and saves them in checklist order', async () => {
    const saveChecklistRules = vi.fn((rules: ChecklistRules) =>
      Promise.resolve({ ...settings, checklist_rules: rules }),
    );
    const user = renderSettings('lead', { saveChecklistRules });
    const grid = await screen.findByTestId('settings-checklist-rules');
    const cell = (category: string, key: string) =>
      grid.querySelector(`[data-testid="checklist-rule"][data-category="${category}"][data-key="${key}"]`);
    expect(cell('deposit_withdrawal', 'transaction_id')).toBeChecked();
    expect(cell('kyc', 'order_id')).not.toBeChecked();
    await user.click(cell('kyc', 'attachment') as Element);
    await user.click(cell('kyc', 'steps') as Element);
    await user.click(screen.getByTestId('settings-rules-save'));
    expect(await screen.findByTestId('settings-rules-feedback')).toHaveTextContent('Saved.');
    expect(saveChecklistRules).toHaveBeenCalledWith({
      deposit_withdrawal: ['transaction_id', 'occurred_at'],
      kyc: ['steps', 'device'],
    });
  });

  it('shows an agent the team settings read-only, without save buttons', async () => {
    renderSettings('agent', {});
    expect(await screen.findByTestId('settings-sla')).toBeInTheDocument();
    expect(screen.getByTestId('sla-normal-firstResponse')).toBeDisabled();
    expect(screen.queryByTestId('settings-sla-save')).not.toBeInTheDocument();
    expect(screen.queryByTestId('settings-rules-save')).not.toBeInTheDocument();
    for (const checkbox of screen.getAllByTestId('checklist-rule')) {
      expect(checkbox).toBeDisabled();
    }
  });

  it('says when the settings cannot be loaded and loads them on retry', async () => {
    const load = vi
      .fn<() => Promise<TeamSettings>>()
      .mockRejectedValueOnce(new ApiError({ status: 0, code: 'network_error', message: 'offline' }))
      .mockResolvedValueOnce(settings);
    const user = renderSettings('lead', { settings: load });
    expect(await screen.findByTestId('settings-team-error')).toHaveTextContent('offline');
    await user.click(screen.getByText('Try again'));
    expect(await screen.findByTestId('settings-sla')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

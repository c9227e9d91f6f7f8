import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  RoutingConfiguration,
  RoutingPreviewRequest,
  RoutingRulesInput,
  RoutingTeamInput,
} from '../../../../shared/domain/routing-schemas';
import type { AgentRole } from '../../../../shared/domain/vocabulary';
import type { ApiClient } from '../../../../renderer/api/api-client';
import { ConsoleContext, type ConsoleContextValue } from '../../../../renderer/app/console-context';
import { createSettingsEvents, type SettingsEvents } from '../../../../renderer/live/settings-events';
import { RoutingPage } from '../../../../renderer/features/routing/RoutingPage';

const agents = [
  { id: 'agent-ana', name: 'Ana', email: 'ana@example.com', role: 'agent' as const },
  { id: 'agent-ben', name: 'Ben', email: 'ben@example.com', role: 'agent' as const },
];
const categories = [
  { key: 'deposit_withdrawal', name: 'Deposits & withdrawals', is_default: true },
  { key: 'kyc', name: 'Identity verification', is_default: true },
];

const configuration: RoutingConfiguration = {
  teams: [
    {
      id: 'team-funds',
      name: 'Funds',
      categories: ['deposit_withdrawal'],
      member_ids: ['agent-ana'],
      strategy: 'manual',
    },
  ],
  profiles: [
    { agent_id: 'agent-ana', skills: ['deposit_withdrawal'], languages: ['en'], capacity: 5, paused: false },
    { agent_id: 'agent-ben', skills: [], languages: ['ko'], capacity: 10, paused: false },
  ],
  rules: [
    {
      id: 'takeover',
      name: 'Hacked account',
      categories: [],
      patterns: ['hacked'],
      languages: [],
      priority: 'urgent',
    },
  ],
  skill_wait_minutes: 30,
  triage_threshold: 0.8,
  online_agent_ids: ['agent-ana'],
};

const ticketNumbers = new Map([
  ['ticket-target', 2942],
  ['ticket-source', 2990],
]);

function renderRouting(
  api: Partial<ApiClient>,
  role: AgentRole = 'lead',
  settingsEvents: SettingsEvents = createSettingsEvents(),
) {
  const value = {
    session: {
      serviceUrl: 'http://service.test',
      token: 'token-sora',
      agent: { id: 'agent-sora', name: 'Sora Park', email: 'sora.lead@demo.exchange', role },
      mode: 'browser',
    },
    api: {
      routing: vi.fn(() => Promise.resolve(configuration)),
      audit: vi.fn(() => Promise.resolve([])),
      ...api,
    },
    settingsEvents,
    agents,
    categories,
    lookups: {
      agentName: (id: string) => agents.find((agent) => agent.id === id)?.name ?? null,
      categoryName: (key: string) => categories.find((category) => category.key === key)?.name ?? key,
    },
    signOut: vi.fn(),
    // The queue's tickets, by id: the audit list names merged tickets by their numbers.
    store: {
      get: (id: string) => (ticketNumbers.has(id) ? { id, number: ticketNumbers.get(id) } : undefined),
    },
  } as unknown as ConsoleContextValue;
  render(
    <ConsoleContext.Provider value={value}>
      <RoutingPage />
    </ConsoleContext.Provider>,
  );
  return userEvent.setup();
}

describe('the routing page', () => {
  it('names merges and their undo in recent changes by ticket number, beside routing edits', async () => {
    const entry = (id: number, action: string, details: Record<string, unknown>) => ({
      id,
      at: '2026-12-07T03:00:00.000Z',
      agent_id: 'agent-ana',
      action,
      ticket_ids: [],
      details,
    });
    renderRouting({
      audit: vi.fn(() =>
        Promise.resolve([
          entry(3, 'merge.undo', {
            merge_id: 'm1',
            target_id: 'ticket-target',
            source_ids: ['ticket-source'],
          }),
          entry(2, 'merge', {
            merge_id: 'm1',
            target_id: 'ticket-target',
            source_ids: ['ticket-source', 'ticket-gone'],
          }),
          entry(1, 'routing.rules_updated', {}),
        ]),
      ),
    });
    const items = within(await screen.findByTestId('routing-audit')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.split(' · ').slice(1))).toEqual([
      ['Ana', 'undid the merge of #2990 into #2942'],
      ['Ana', 'merged #2990, — into #2942'],
      ['Ana', 'changed the priority rules'],
    ]);
  });

  it('lets a lead switch a team to least loaded, add a member, and save the whole team', async () => {
    const saveRoutingTeam = vi.fn((_id: string | null, input: RoutingTeamInput) =>
      Promise.resolve({ ...configuration, teams: [{ ...configuration.teams[0]!, ...input }] }),
    );
    const user = renderRouting({ saveRoutingTeam });
    const team = await screen.findByTestId('routing-team-Funds');
    await user.selectOptions(within(team).getByTestId('routing-team-strategy'), 'least_loaded');
    await user.click(within(team).getByRole('button', { name: 'Members: Ben' }));
    await user.click(within(team).getByTestId('routing-team-save'));
    expect(saveRoutingTeam).toHaveBeenCalledWith('team-funds', {
      name: 'Funds',
      categories: ['deposit_withdrawal'],
      member_ids: ['agent-ana', 'agent-ben'],
      strategy: 'least_loaded',
      // The whole team is saved, with its landing view, reply-assigns switch and 24x7 time unchanged.
      landing_view: 'next',
      assign_on_reply: true,
      business_calendar: null,
    });
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(
      within(screen.getByTestId('routing-team-Funds')).getByTestId<HTMLSelectElement>('routing-team-strategy')
        .value,
    ).toBe('least_loaded');
  });

  it('lets a lead give a team business hours and Korean holidays, and saves them with the team', async () => {
    const saveRoutingTeam = vi.fn((_id: string | null, input: RoutingTeamInput) =>
      Promise.resolve({ ...configuration, teams: [{ ...configuration.teams[0]!, ...input }] }),
    );
    const holidayPresets = vi.fn(() =>
      Promise.resolve({
        country: 'KR' as const,
        from: 2027,
        to: 2027,
        holidays: [
          { date: '2027-02-07', name: 'Seollal' },
          { date: '2027-02-09', name: 'Seollal (substitute)' },
        ],
        working_days: [],
      }),
    );
    const user = renderRouting({ saveRoutingTeam, holidayPresets });
    const team = await screen.findByTestId('routing-team-Funds');
    expect(within(team).getByText('Every minute counts (24x7).')).toBeTruthy();
    await user.click(within(team).getByTestId('business-time-enabled'));
    await user.selectOptions(within(team).getByTestId('business-time-zone'), 'Asia/Seoul');
    // Saturday mornings too.
    await user.click(within(team).getByRole('button', { name: 'Sat: Add hours' }));
    await user.selectOptions(within(team).getByTestId('business-time-sat-0-end'), '13:00');
    await user.selectOptions(within(team).getByTestId('business-time-preset-year'), '2027');
    await user.click(within(team).getByRole('button', { name: 'Add Korean holidays 2027' }));
    expect(holidayPresets).toHaveBeenCalledWith({ country: 'KR', from: 2027, to: 2027, language: 'en' });
    expect(await within(team).findByText('2 holidays added.')).toBeTruthy();
    await user.click(within(team).getByRole('button', { name: 'Remove 2027-02-09' }));
    await user.click(within(team).getByTestId('routing-team-save'));
    const workday = [{ start: '09:00', end: '18:00' }];
    expect(saveRoutingTeam).toHaveBeenCalledWith(
      'team-funds',
      expect.objectContaining({
        business_calendar: {
          time_zone: 'Asia/Seoul',
          weekly_hours: {
            mon: workday,
            tue: workday,
            wed: workday,
            thu: workday,
            fri: workday,
            sat: [{ start: '09:00', end: '13:00' }],
            sun: [],
          },
          holidays: [{ date: '2027-02-07', name: 'Seollal' }],
        },
      }),
    );
  });

  it("adds China's make-up working days with its preset, edits them, and saves them with the team", async () => {
    const saveRoutingTeam = vi.fn((_id: string | null, input: RoutingTeamInput) =>
      Promise.resolve({ ...configuration, teams: [{ ...configuration.teams[0]!, ...input }] }),
    );
    const holidayPresets = vi.fn(() =>
      Promise.resolve({
        country: 'CN' as const,
        from: 2026,
        to: 2026,
        holidays: [{ date: '2026-02-16', name: 'Spring Festival' }],
        working_days: [
          { date: '2026-02-14', name: 'Working day (Spring Festival make-up)' },
          { date: '2026-02-28', name: 'Working day (Spring Festival make-up)' },
        ],
      }),
    );
    const user = renderRouting({ saveRoutingTeam, holidayPresets });
    const team = await screen.findByTestId('routing-team-Funds');
    await user.click(within(team).getByTestId('business-time-enabled'));
    await user.selectOptions(within(team).getByTestId('business-time-zone'), 'Asia/Shanghai');
    expect(within(team).getByText('No make-up working days.')).toBeTruthy();
    await user.selectOptions(within(team).getByTestId('business-time-preset-year'), '2026');
    await user.click(within(team).getByRole('button', { name: 'Add Chinese holidays 2026' }));
    expect(await within(team).findByText(/1 holiday added\. 2 make-up working days added\./)).toBeTruthy();
    expect(within(team).getByTestId('business-time-working-day-2026-02-14')).toBeTruthy();
    await user.click(within(team).getByRole('button', { name: 'Remove working day 2026-02-28' }));
    // A lead adds one by hand (a year the preset does not know yet).
    fireEvent.change(within(team).getByTestId('business-time-working-day-date'), {
      target: { value: '2027-02-20' },
    });
    await user.click(within(team).getByTestId('business-time-working-day-add'));
    await user.click(within(team).getByTestId('routing-team-save'));
    const workday = [{ start: '09:00', end: '18:00' }];
    expect(saveRoutingTeam).toHaveBeenCalledWith(
      'team-funds',
      expect.objectContaining({
        business_calendar: {
          time_zone: 'Asia/Shanghai',
          weekly_hours: {
            mon: workday,
            tue: workday,
            wed: workday,
            thu: workday,
            fri: workday,
            sat: [],
            sun: [],
          },
          holidays: [{ date: '2026-02-16', name: 'Spring Festival' }],
          working_days: [
            { date: '2026-02-14', name: 'Working day (Spring Festival make-up)' },
            { date: '2027-02-20', name: '' },
          ],
        },
      }),
    );
  });

  it('will not save hours that end before they start', async () => {
    const user = renderRouting({ saveRoutingTeam: vi.fn() });
    const team = await screen.findByTestId('routing-team-Funds');
    await user.click(within(team).getByTestId('business-time-enabled'));
    await user.selectOptions(within(team).getByTestId('business-time-mon-0-end'), '08:00');
    expect(within(team).getByRole('alert').textContent).toContain('must end after it starts');
    expect(within(team).getByTestId<HTMLButtonElement>('routing-team-save').disabled).toBe(true);
  });

  it('previews where a typed ticket would go and why', async () => {
    const previewRouting = vi.fn((draft: RoutingPreviewRequest) =>
      Promise.resolve({
        category: draft.category ?? null,
        team_id: 'team-funds',
        assignee_id: 'agent-ana',
        priority: 'urgent' as const,
        language: 'en',
        reasons: [
          { code: 'customer_category' as const, category: 'deposit_withdrawal' },
          { code: 'rule_matched' as const, rule_id: 'takeover' },
          { code: 'assigned' as const, team_id: 'team-funds', agent_id: 'agent-ana' },
        ],
      }),
    );
    const user = renderRouting({ previewRouting });
    await user.type(await screen.findByTestId('routing-preview-subject'), 'I was hacked');
    await user.selectOptions(screen.getByTestId('routing-preview-category'), 'deposit_withdrawal');
    const result = screen.getByTestId('routing-preview-result');
    expect(
      await within(result).findByText('This ticket would go to Funds, assigned to Ana, priority Urgent.'),
    ).toBeTruthy();
    expect(within(result).getByText('Rule “Hacked account” set the priority.')).toBeTruthy();
    expect(previewRouting).toHaveBeenLastCalledWith({
      subject: 'I was hacked',
      body: '',
      category: 'deposit_withdrawal',
      language: null,
    });
  });

  it('saves edited rule patterns one per line, and refuses to save a rule without a name', async () => {
    const saveRoutingRules = vi.fn((input: RoutingRulesInput) =>
      Promise.resolve({ ...configuration, ...input }),
    );
    const user = renderRouting({ saveRoutingRules });
    const patterns = await screen.findByTestId('routing-rule-patterns');
    await user.type(patterns, '{Enter}해킹{Enter}  ');
    await user.selectOptions(screen.getByTestId('routing-rule-priority'), 'high');
    await user.click(screen.getByTestId('routing-rules-save'));
    expect(saveRoutingRules).toHaveBeenCalledWith({
      rules: [{ ...configuration.rules[0], patterns: ['hacked', '해킹'], priority: 'high' }],
      skill_wait_minutes: 30,
    });
    await user.clear(screen.getByRole('textbox', { name: 'Rule name' }));
    expect(screen.getByTestId<HTMLButtonElement>('routing-rules-save').disabled).toBe(true);
  });

  it('shows everything read-only to an agent', async () => {
    renderRouting({}, 'agent');
    expect(await screen.findByText('Only leads can change routing.')).toBeTruthy();
    expect(screen.queryByTestId('routing-team-save')).toBeNull();
    expect(screen.queryByTestId('routing-rules-save')).toBeNull();
  });

  it('tells the lead when another lead changed routing, and shows it only when asked', async () => {
    const settingsEvents = createSettingsEvents();
    const elsewhere: RoutingConfiguration = {
      ...configuration,
      teams: [{ ...configuration.teams[0]!, strategy: 'round_robin' }],
    };
    const routing = vi
      .fn<ApiClient['routing']>()
      .mockResolvedValueOnce(configuration)
      .mockResolvedValueOnce(elsewhere);
    const user = renderRouting({ routing }, 'lead', settingsEvents);
    const strategy = () =>
      within(screen.getByTestId('routing-team-Funds')).getByTestId<HTMLSelectElement>(
        'routing-team-strategy',
      );
    await screen.findByTestId('routing-team-Funds');
    // The lead is mid-edit when the other save arrives: the edit must survive until they choose.
    await user.selectOptions(strategy(), 'least_loaded');
    act(() => settingsEvents.publish());
    const notice = await screen.findByTestId('routing-changed-elsewhere');
    expect(notice.getAttribute('role')).toBe('status');
    expect(within(notice).getByText('Another lead changed routing.')).toBeTruthy();
    expect(strategy().value).toBe('least_loaded');
    await user.click(within(notice).getByRole('button', { name: 'Show the latest' }));
    expect(strategy().value).toBe('round_robin');
    expect(screen.queryByTestId('routing-changed-elsewhere')).toBeNull();
  });

  it('shows no notice when the refetched routing is the one shown (this lead’s own save)', async () => {
    const settingsEvents = createSettingsEvents();
    const routing = vi
      .fn<ApiClient['routing']>()
      .mockResolvedValueOnce(configuration)
      // A fresh copy, with someone else online: who is online is not a lead's change.
      .mockResolvedValueOnce({
        ...structuredClone(configuration),
        online_agent_ids: ['agent-ana', 'agent-ben'],
      });
    renderRouting({ routing }, 'lead', settingsEvents);
    await screen.findByTestId('routing-team-Funds');
    act(() => settingsEvents.publish());
    await waitFor(() => expect(routing).toHaveBeenCalledTimes(2));
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.queryByTestId('routing-changed-elsewhere')).toBeNull();
  });

  it('clears the notice when this lead saves, since a save answers the whole configuration', async () => {
    const settingsEvents = createSettingsEvents();
    const elsewhere: RoutingConfiguration = { ...configuration, skill_wait_minutes: 45 };
    const routing = vi
      .fn<ApiClient['routing']>()
      .mockResolvedValueOnce(configuration)
      .mockResolvedValueOnce(elsewhere);
    const saveRoutingRules = vi.fn((input: RoutingRulesInput) => Promise.resolve({ ...elsewhere, ...input }));
    const user = renderRouting({ routing, saveRoutingRules }, 'lead', settingsEvents);
    await screen.findByTestId('routing-team-Funds');
    act(() => settingsEvents.publish());
    await screen.findByTestId('routing-changed-elsewhere');
    await user.click(screen.getByTestId('routing-rules-save'));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.queryByTestId('routing-changed-elsewhere')).toBeNull();
  });

  it('lets a lead turn team scope on, saving at once', async () => {
    const saveTeamScope = vi.fn((setting: { enabled: boolean }) => Promise.resolve(setting));
    const user = renderRouting({
      teamScope: vi.fn(() => Promise.resolve({ enabled: false })),
      saveTeamScope,
    });
    const toggle = await screen.findByRole<HTMLInputElement>('checkbox', {
      name: 'Agents see only their teams’ tickets',
    });
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(false);
    await user.click(toggle);
    expect(saveTeamScope).toHaveBeenCalledWith({ enabled: true });
    expect(await screen.findByText('Team scope is on.')).toBeTruthy();
    expect(toggle.checked).toBe(true);
  });

  it('shows why the team scope was not saved, and keeps the switch as stored', async () => {
    const user = renderRouting({
      teamScope: vi.fn(() => Promise.resolve({ enabled: true })),
      saveTeamScope: vi.fn(() => Promise.reject(new Error('service unavailable'))),
    });
    const toggle = await screen.findByTestId<HTMLInputElement>('team-scope-toggle');
    await waitFor(() => expect(toggle.checked).toBe(true));
    await user.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save: service unavailable');
    expect(toggle.checked).toBe(true);
  });

  it('hides the team scope from an agent', async () => {
    const teamScope = vi.fn(() => Promise.resolve({ enabled: true }));
    renderRouting({ teamScope, saveTeamScope: vi.fn() }, 'agent');
    expect(await screen.findByTestId('routing-team-Funds')).toBeTruthy();
    expect(screen.queryByTestId('team-scope')).toBeNull();
    expect(teamScope).not.toHaveBeenCalled();
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoutingConfiguration } from '../../../../shared/domain/routing-schemas';
import { ConsoleContext, type ConsoleContextValue } from '../../../../renderer/app/console-context';
import { MetricsPage } from '../../../../renderer/features/metrics/MetricsPage';
import { sampleMetrics } from './metrics-fixture';

const routing: RoutingConfiguration = {
  teams: [
    {
      id: 'team-funds',
      name: 'Funds',
      categories: ['deposit_withdrawal'],
      member_ids: [],
      strategy: 'manual',
    },
    { id: 'team-trading', name: 'Trading', categories: ['api'], member_ids: [], strategy: 'manual' },
  ],
  profiles: [],
  rules: [],
  skill_wait_minutes: 30,
  triage_threshold: 0.8,
  online_agent_ids: [],
};

const agents = [
  {
    agent_id: 'agent-ana',
    name: 'Ana',
    open_tickets: 2,
    capacity: 5,
    handled: 1,
    median_handling_ms: null,
    online: true,
  },
  {
    agent_id: 'agent-ben',
    name: 'Ben',
    open_tickets: 0,
    capacity: 25,
    handled: 0,
    median_handling_ms: null,
    online: false,
  },
];

describe('MetricsPage', () => {
  const requestedUrls: URL[] = [];
  let answer = sampleMetrics({ agents });

  beforeEach(() => {
    requestedUrls.length = 0;
    answer = sampleMetrics({ agents });
    vi.stubGlobal(
      'fetch',
      vi.fn((input: string) => {
        requestedUrls.push(new URL(input));
        return Promise.resolve(
          new Response(JSON.stringify(answer), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }),
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function renderPage(): ReturnType<typeof userEvent.setup> {
    const value = {
      session: {
        serviceUrl: 'http://service.test',
        token: 'token-sora',
        agent: { id: 'agent-sora', name: 'Sora Park', email: 'sora@example.com', role: 'lead' },
        mode: 'browser',
      },
      api: { routing: vi.fn(() => Promise.resolve(routing)) },
      store: { subscribe: () => () => undefined },
      categories: [{ key: 'kyc', name: 'Identity verification', is_default: true }],
    } as unknown as ConsoleContextValue;
    render(
      <ConsoleContext.Provider value={value}>
        <MetricsPage />
      </ConsoleContext.Provider>,
    );
    return userEvent.setup();
  }

  it('shows how many agents are online and a dot per agent', async () => {
    renderPage();
    expect(await screen.findByTestId('metrics-online-count')).toHaveTextContent('1 online');
    expect(screen.getByText('of 2 agents')).toBeInTheDocument();
    const presence = screen.getAllByTestId('metrics-presence');
    expect(presence.map((cell) => [cell.textContent, cell.dataset.online])).toEqual([
      ['Online', 'true'],
      ['Offline', 'false'],
    ]);
  });

  it("asks for the chosen team's metrics, and for every team again", async () => {
    const user = renderPage();
    await screen.findByTestId('metrics-online-count');
    expect(requestedUrls.at(-1)?.searchParams.has('team')).toBe(false);
    const select = screen.getByTestId('metrics-team');
    await screen.findByRole('option', { name: 'Funds' });

    await user.selectOptions(select, 'Funds');
    await waitFor(() => expect(requestedUrls.at(-1)?.searchParams.get('team')).toBe('team-funds'));

    await user.selectOptions(select, 'All teams');
    await waitFor(() => expect(requestedUrls.at(-1)?.searchParams.has('team')).toBe(false));
  });

  it('shows business-hours charts beside the calendar-hours ones only when a team keeps business hours', async () => {
    renderPage();
    await screen.findByTestId('metrics-online-count');
    expect(document.querySelector('[data-chart="response-category-business"]')).toBeNull();
    expect(screen.queryByText(/^Calendar hours:/)).toBeNull();
  });

  it('labels which response-time charts count calendar hours and which business hours', async () => {
    const base = sampleMetrics({ agents });
    const hour = 3_600_000;
    answer = {
      ...base,
      response_times: {
        by_category: base.response_times.by_category.map((row) =>
          row.key === 'kyc'
            ? {
                ...row,
                business_time: {
                  first_response: { count: 2, median_ms: hour, p90_ms: 1.5 * hour },
                  resolution: { count: 1, median_ms: 4 * hour, p90_ms: 4 * hour },
                },
              }
            : { ...row, business_time: null },
        ),
        by_agent: base.response_times.by_agent,
      },
    };
    renderPage();
    const business = await screen.findByRole('region', {
      name: 'Response times by category · business hours',
    });
    expect(business).toHaveTextContent('2 first responses, 1 resolutions');
    expect(screen.getByRole('region', { name: 'Response times by category' })).toHaveTextContent(
      /^.*Calendar hours: every minute/,
    );
    expect(
      screen.getByRole('region', { name: 'Response times by agent · business hours' }),
    ).toBeInTheDocument();
  });
});

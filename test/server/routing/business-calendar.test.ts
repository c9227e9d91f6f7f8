import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holidayPresetSchema, type BusinessCalendarWire } from '../../../shared/domain/calendar-schemas';
import { routingConfigurationSchema, type RoutingTeam } from '../../../shared/domain/routing-schemas';
import {
  agentSchema,
  apiErrorSchema,
  changeListSchema,
  loginResponseSchema,
  ticketDetailSchema,
} from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { helpTicketSchema } from '../../../shared/incidents/incident-schemas';
import { businessCalendarFromWire } from '../../../shared/domain/calendar-schemas';
import { addBusinessMs } from '../../../shared/sla/business-calendar';
import { slaPolicyToWire } from '../../../shared/sla/policy-wire';
import { defaultSlaPolicy } from '../../../shared/sla/policy';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const hour = 3_600_000;

/** Open one hour a day, every day, in Seoul: a 24 h target takes 24 days. */
const oneHourADay: BusinessCalendarWire = {
  time_zone: 'Asia/Seoul',
  weekly_hours: Object.fromEntries(
    ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, [{ start: '09:00', end: '10:00' }]]),
  ) as BusinessCalendarWire['weekly_hours'],
  holidays: [],
};

/** Open two hours a day on weekdays in New York, closed on the first holiday of 2027. */
const twoHoursOnWeekdays: BusinessCalendarWire = {
  time_zone: 'America/New_York',
  weekly_hours: {
    sun: [],
    mon: [{ start: '10:00', end: '12:00' }],
    tue: [{ start: '10:00', end: '12:00' }],
    wed: [{ start: '10:00', end: '12:00' }],
    thu: [{ start: '10:00', end: '12:00' }],
    fri: [{ start: '10:00', end: '12:00' }],
    sat: [],
  },
  holidays: [{ date: '2027-01-01', name: "New Year's Day" }],
};

describe.each(testEngines())('business calendars on $name', (engine) => {
  let service: TestService;
  let leadToken: string;
  let agentToken: string;
  let general: RoutingTeam;
  let ticketId: string;
  let accessToken: string;

  async function login(email: string, role: 'agent' | 'lead'): Promise<string> {
    const created = await service.request('POST', '/api/agents', {
      body: { email, name: email.split('@')[0], role, password: 'calendar-password', languages: ['en'] },
    });
    agentSchema.parse(created.body);
    const response = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: 'calendar-password' },
    });
    return loginResponseSchema.parse(response.body).token;
  }

  async function saveGeneral(calendar: BusinessCalendarWire | null | undefined) {
    return service.request('PUT', `/api/routing/teams/${general.id}`, {
      token: leadToken,
      body: {
        name: general.name,
        categories: general.categories,
        member_ids: general.member_ids,
        strategy: general.strategy,
        ...(calendar === undefined ? {} : { business_calendar: calendar }),
      },
    });
  }

  async function firstResponse() {
    const detail = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${ticketId}`, { token: leadToken })).body,
    );
    const clock = detail.sla?.first_response;
    if (clock === undefined) {
      throw new Error('no SLA clock');
    }
    return { clock, createdMs: Date.parse(detail.created_at) };
  }

  async function changesSince(since: number) {
    return changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${since}&limit=10000`)).body,
    );
  }

  async function changeHead(): Promise<number> {
    return changeListSchema.parse((await service.request('GET', '/api/changes?limit=10000')).body).next;
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    leadToken = await login('lead@example.com', 'lead');
    agentToken = await login('ana@example.com', 'agent');
    const routing = routingConfigurationSchema.parse(
      (await service.request('GET', '/api/routing', { token: leadToken })).body,
    );
    general = routing.teams.find((team) => team.name === 'General') as RoutingTeam;
    const response = await service.request('POST', '/api/tickets', {
      body: intakeRequest({ category: 'general' }),
    });
    ({ id: ticketId, access_token: accessToken } = intakeReceiptSchema.parse(response.body));
  });

  afterAll(async () => {
    await service.stop();
  });

  it('counts every minute while the team has no calendar', async () => {
    expect(general.business_calendar).toBeNull();
    const { clock, createdMs } = await firstResponse();
    expect(Date.parse(clock.due_at) - createdMs).toBe(24 * hour);
  });

  it('puts due times in the team business time once the lead sets a calendar, and tells every console', async () => {
    const since = await changeHead();
    const saved = await saveGeneral(oneHourADay);
    expect(saved.status).toBe(200);
    const team = routingConfigurationSchema.parse(saved.body).teams.find((entry) => entry.id === general.id);
    expect(team?.business_calendar).toEqual(oneHourADay);

    const { clock, createdMs } = await firstResponse();
    // 24 business hours at one hour a day: due 23 to 24 days later, 09:00-10:00 in Seoul.
    expect(clock.due_at).toBe(
      new Date(addBusinessMs(businessCalendarFromWire(oneHourADay), createdMs, 24 * hour)).toISOString(),
    );
    expect(Date.parse(clock.due_at) - createdMs).toBeGreaterThan(23 * 24 * hour);
    expect(new Date(Date.parse(clock.due_at) + 9 * hour).getUTCHours()).toBeGreaterThanOrEqual(9);
    expect(clock.state).toBe('running');
    // The customer's status page promises the same moment.
    const help = helpTicketSchema.parse(
      (await service.request('GET', '/api/help/ticket', { token: accessToken })).body,
    );
    expect(help.expected_answer_by).toBe(clock.due_at);

    const changes = await changesSince(since);
    expect(changes.changes.map((change) => [change.type, change.ticket_id])).toEqual([
      ['settings.updated', null],
      ['sla.recomputed', ticketId],
    ]);
  });

  it('recomputes the open ticket when the calendar changes, and when the policy changes', async () => {
    const since = await changeHead();
    expect((await saveGeneral(twoHoursOnWeekdays)).status).toBe(200);
    const { clock, createdMs } = await firstResponse();
    expect(clock.due_at).toBe(
      new Date(
        addBusinessMs(businessCalendarFromWire(twoHoursOnWeekdays), createdMs, 24 * hour),
      ).toISOString(),
    );
    const afterCalendar = await changesSince(since);
    expect(afterCalendar.changes.filter((change) => change.type === 'sla.recomputed')).toHaveLength(1);

    // An edit that leaves the calendar alone (absent) moves no clock.
    const quiet = await changeHead();
    expect((await saveGeneral(undefined)).status).toBe(200);
    expect((await changesSince(quiet)).changes.map((change) => change.type)).toEqual(['settings.updated']);

    const policy = slaPolicyToWire(defaultSlaPolicy);
    policy.priorities.normal.first_response_minutes = 12 * 60;
    const beforePolicy = await changeHead();
    const response = await service.request('PUT', '/api/settings/sla-policy', {
      token: leadToken,
      body: policy,
    });
    expect(response.status).toBe(200);
    const afterPolicy = await changesSince(beforePolicy);
    expect(afterPolicy.changes.map((change) => [change.type, change.ticket_id])).toEqual([
      ['settings.updated', null],
      ['sla.recomputed', null],
      ['sla.recomputed', ticketId],
    ]);
    const moved = await firstResponse();
    expect(moved.clock.due_at).toBe(
      new Date(
        addBusinessMs(businessCalendarFromWire(twoHoursOnWeekdays), createdMs, 12 * hour),
      ).toISOString(),
    );
  });

  it('goes back to 24x7 when the calendar is removed', async () => {
    expect((await saveGeneral(null)).status).toBe(200);
    const { clock, createdMs } = await firstResponse();
    expect(Date.parse(clock.due_at) - createdMs).toBe(12 * hour);
  });

  it('refuses a calendar that is not one with a 400 naming the field', async () => {
    const response = await saveGeneral({ ...oneHourADay, time_zone: 'Asia/Atlantis' });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).error.field).toBe('business_calendar.time_zone');
    const reversed = await saveGeneral({
      ...oneHourADay,
      weekly_hours: { ...oneHourADay.weekly_hours, mon: [{ start: '18:00', end: '09:00' }] },
    });
    expect(reversed.status).toBe(400);
  });

  it('offers Korean and Chinese public holidays to leads', async () => {
    const korean = holidayPresetSchema.parse(
      (
        await service.request(
          'GET',
          '/api/routing/holiday-presets?country=KR&from=2027&to=2027&language=ko',
          {
            token: leadToken,
          },
        )
      ).body,
    );
    const dates = korean.holidays.map((holiday) => holiday.date);
    // Seollal's three days (the day before, the day, the day after) and the substitute for its Sunday,
    // Chuseok's three days, Christmas.
    expect(dates).toEqual(
      expect.arrayContaining([
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-09-14',
        '2027-09-15',
        '2027-09-16',
        '2027-12-25',
      ]),
    );
    // The rules' Seollal span runs one day late; the day after the substitute is a working day.
    expect(dates).not.toContain('2027-02-10');
    expect(korean.holidays.find((holiday) => holiday.date === '2027-02-07')?.name).toBe('설날');
    const chinese = holidayPresetSchema.parse(
      (
        await service.request('GET', '/api/routing/holiday-presets?country=CN&from=2027&to=2028', {
          token: leadToken,
        })
      ).body,
    );
    const chineseDates = chinese.holidays.map((holiday) => holiday.date);
    expect(chineseDates).toEqual(expect.arrayContaining(['2027-10-01', '2028-01-01']));
    // Women's Day is a half day for women only: the desk stays open.
    expect(chineseDates).not.toContain('2027-03-08');
    // No official schedule known for 2027: no make-up working days invented.
    expect(chinese.working_days).toEqual([]);
    const chinese2026 = holidayPresetSchema.parse(
      (
        await service.request(
          'GET',
          '/api/routing/holiday-presets?country=CN&from=2026&to=2026&language=zh',
          {
            token: leadToken,
          },
        )
      ).body,
    );
    // The State Council's 2026 notice: make-up Saturdays and Sundays, and the bridge days of the breaks.
    expect(chinese2026.working_days.map((day) => day.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(chinese2026.working_days[0]?.name).toBe('元旦调休上班');
    const dates2026 = chinese2026.holidays.map((holiday) => holiday.date);
    expect(dates2026).toEqual(
      expect.arrayContaining(['2026-02-15', '2026-02-23', '2026-05-05', '2026-10-07']),
    );
    expect(dates2026).not.toContain('2026-02-14');

    const byAgent = await service.request(
      'GET',
      '/api/routing/holiday-presets?country=KR&from=2027&to=2027',
      {
        token: agentToken,
      },
    );
    expect(byAgent.status).toBe(403);
    for (const query of [
      'country=JP&from=2027&to=2027',
      'country=KR&from=2027&to=2040',
      'country=KR&from=x&to=2027',
    ]) {
      const refused = await service.request('GET', `/api/routing/holiday-presets?${query}`, {
        token: leadToken,
      });
      expect(refused.status, query).toBe(400);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { alwaysOpenCalendar, type BusinessCalendar } from '../../../shared/sla/business-calendar';
import { computeSla, projectSlaClock, type SlaTicket } from '../../../shared/sla/clock';
import { defaultSlaPolicy } from '../../../shared/sla/policy';

const minute = 60_000;
const hour = 60 * minute;
const at = (iso: string): number => Date.parse(iso);
const iso = (instant: number): string => new Date(instant).toISOString();

const workday = [{ startMinute: 9 * 60, endMinute: 18 * 60 }];
/** Seoul, 09:00-18:00 KST (00:00-09:00 UTC) Monday to Friday; 2027-03-08 is a Monday. */
const seoul: BusinessCalendar = {
  timeZone: 'Asia/Seoul',
  weeklyHours: { sun: [], mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [] },
  holidays: [],
};

function ticket(overrides: Partial<SlaTicket> = {}): SlaTicket {
  return {
    category: null,
    priority: 'normal',
    status: 'new',
    created_at: '2027-03-08T00:00:00.000Z',
    first_response_at: null,
    solved_at: null,
    paused_ms: 0,
    paused_since: null,
    ...overrides,
  };
}

describe('SLA clocks in business time', () => {
  it('makes a 24 h first-response target mean 24 open hours', () => {
    // Monday 09:00 KST + 24 business hours of 9-hour days: Wednesday 15:00 KST.
    const now = at('2027-03-08T03:00:00Z');
    const sla = computeSla({ policy: defaultSlaPolicy, ticket: ticket(), now, calendar: seoul });
    expect(sla.first_response.due_at).toBe('2027-03-10T06:00:00.000Z');
    expect(sla.first_response.target_ms).toBe(24 * hour);
    // The countdown is the real time until the due moment, as the console ticks it.
    expect(sla.first_response.remaining_ms).toBe(at('2027-03-10T06:00:00Z') - now);
    expect(sla.first_response.state).toBe('running');
    expect(projectSlaClock(sla.first_response, now)).toEqual(sla.first_response);
  });

  it('does not count the weekend: a Friday-evening ticket is due mid-week', () => {
    // Friday 2027-03-12 17:00 KST, high priority (4 h): one hour on Friday, three on Monday.
    const sla = computeSla({
      policy: defaultSlaPolicy,
      ticket: ticket({ priority: 'high', created_at: '2027-03-12T08:00:00.000Z' }),
      now: at('2027-03-13T05:00:00Z'),
      calendar: seoul,
    });
    expect(sla.first_response.due_at).toBe('2027-03-15T03:00:00.000Z');
    expect(sla.first_response.state).toBe('running');
    // Without the calendar the same ticket breached on Friday night.
    const allHours = computeSla({
      policy: defaultSlaPolicy,
      ticket: ticket({ priority: 'high', created_at: '2027-03-12T08:00:00.000Z' }),
      now: at('2027-03-13T05:00:00Z'),
    });
    expect(allHours.first_response.state).toBe('breached');
  });

  it('places a breached clock at the moment its business time ran out', () => {
    // Urgent (1 h) created Friday 17:30 KST: due Monday 09:30 KST; on Monday noon it is 2.5 h late.
    const now = at('2027-03-15T03:00:00Z');
    const sla = computeSla({
      policy: defaultSlaPolicy,
      ticket: ticket({ priority: 'urgent', created_at: '2027-03-12T08:30:00.000Z' }),
      now,
      calendar: seoul,
    });
    expect(sla.first_response.due_at).toBe('2027-03-15T00:30:00.000Z');
    expect(sla.first_response.remaining_ms).toBe(-150 * minute);
    expect(sla.first_response.state).toBe('breached');
  });

  it('stops a first-response clock at the reply, counting business time only', () => {
    // Created Friday 17:00 KST, answered Monday 10:00 KST: 2 business hours of 4.
    const sla = computeSla({
      policy: defaultSlaPolicy,
      ticket: ticket({
        priority: 'high',
        status: 'open',
        created_at: '2027-03-12T08:00:00.000Z',
        first_response_at: '2027-03-15T01:00:00.000Z',
      }),
      now: at('2027-03-15T02:00:00Z'),
      calendar: seoul,
    });
    expect(sla.first_response).toMatchObject({ state: 'met', remaining_ms: 2 * hour, is_running: false });
  });

  it('leaves recorded pauses out of the resolution clock, and a weekend pause costs nothing', () => {
    const policy = {
      ...defaultSlaPolicy,
      priorities: {
        ...defaultSlaPolicy.priorities,
        normal: { firstResponseMinutes: 600, resolutionMinutes: 600 },
      },
    };
    // Created Monday 09:00 KST, awaiting the customer Monday 10:00-12:00 KST, now Monday 14:00 KST.
    const paused = ticket({
      status: 'open',
      first_response_at: '2027-03-08T00:30:00.000Z',
      paused_ms: 2 * hour,
      paused_spans: [{ start: at('2027-03-08T01:00:00Z'), end: at('2027-03-08T03:00:00Z') }],
    });
    const now = at('2027-03-08T05:00:00Z');
    const sla = computeSla({ policy, ticket: paused, now, calendar: seoul });
    // 5 h since creation, 2 paused: 3 counted, 7 left: 4 on Monday, 3 on Tuesday, due Tuesday 12:00 KST.
    expect(sla.resolution.due_at).toBe('2027-03-09T03:00:00.000Z');
    // A pause without a recorded span counts as paused business time whole.
    const unrecorded = computeSla({ policy, ticket: { ...paused, paused_spans: [] }, now, calendar: seoul });
    expect(unrecorded.resolution.due_at).toBe(sla.resolution.due_at);
    // Awaiting the customer from Friday 18:00 to Monday 09:00 KST: no business time lost.
    const weekend = ticket({
      status: 'open',
      created_at: '2027-03-12T00:00:00.000Z',
      first_response_at: '2027-03-12T00:30:00.000Z',
      paused_ms: 63 * hour,
      paused_spans: [{ start: at('2027-03-12T09:00:00Z'), end: at('2027-03-15T00:00:00Z') }],
    });
    const weekendSla = computeSla({
      policy,
      ticket: weekend,
      now: at('2027-03-15T00:00:00Z'),
      calendar: seoul,
    });
    expect(weekendSla.resolution.due_at).toBe('2027-03-15T01:00:00.000Z');
  });

  it('keeps a paused clock still, with its business time left', () => {
    const awaiting = ticket({
      status: 'awaiting_customer',
      first_response_at: '2027-03-08T00:30:00.000Z',
      paused_since: '2027-03-08T02:00:00.000Z',
    });
    const sla = computeSla({
      policy: defaultSlaPolicy,
      ticket: awaiting,
      now: at('2027-03-13T00:00:00Z'),
      calendar: seoul,
    });
    // Two business hours counted of 72: 70 left, whatever the time the ticket has waited since.
    expect(sla.resolution).toMatchObject({ state: 'paused', remaining_ms: 70 * hour, is_running: false });
  });
});

describe('an always-open calendar', () => {
  const scenarios: { name: string; ticket: SlaTicket; now: string }[] = [
    { name: 'new, running', ticket: ticket(), now: '2027-03-09T07:13:00.000Z' },
    { name: 'new, breached', ticket: ticket({ priority: 'urgent' }), now: '2027-03-12T01:00:00.000Z' },
    {
      name: 'answered, resumed after pauses',
      ticket: ticket({
        status: 'open',
        created_at: '2027-03-13T20:00:00.000Z',
        first_response_at: '2027-03-14T09:00:00.000Z',
        paused_ms: 5 * hour,
        paused_spans: [{ start: at('2027-03-14T10:00:00Z'), end: at('2027-03-14T15:00:00Z') }],
      }),
      now: '2027-03-16T08:00:00.000Z',
    },
    {
      name: 'pauses without spans',
      ticket: ticket({ status: 'open', first_response_at: '2027-03-08T01:00:00.000Z', paused_ms: 9 * hour }),
      now: '2027-03-10T00:00:00.000Z',
    },
    {
      name: 'awaiting the customer across the clocks moving forward',
      ticket: ticket({
        status: 'awaiting_customer',
        created_at: '2027-03-13T12:00:00.000Z',
        first_response_at: '2027-03-13T13:00:00.000Z',
        paused_since: '2027-03-13T14:00:00.000Z',
      }),
      now: '2027-03-15T12:00:00.000Z',
    },
    {
      name: 'solved late',
      ticket: ticket({
        status: 'solved',
        priority: 'urgent',
        first_response_at: '2027-03-08T00:20:00.000Z',
        solved_at: '2027-03-08T12:00:00.000Z',
        paused_since: '2027-03-08T12:00:00.000Z',
      }),
      now: '2027-03-20T00:00:00.000Z',
    },
  ];

  it.each(scenarios)('gives exactly the 24x7 clocks: $name', ({ ticket: input, now }) => {
    const plain = computeSla({ policy: defaultSlaPolicy, ticket: input, now: at(now) });
    for (const timeZone of ['UTC', 'America/New_York', 'Asia/Seoul']) {
      const calendar = alwaysOpenCalendar(timeZone);
      expect(computeSla({ policy: defaultSlaPolicy, ticket: input, now: at(now), calendar })).toEqual(plain);
    }
    expect(computeSla({ policy: defaultSlaPolicy, ticket: input, now: at(now), calendar: null })).toEqual(
      plain,
    );
  });

  it('matches 24x7 across a fall-back night too', () => {
    const input = ticket({ created_at: '2027-11-06T20:00:00.000Z' });
    const now = at('2027-11-07T20:00:00Z');
    const calendar = alwaysOpenCalendar('America/New_York');
    expect(
      iso(
        Date.parse(
          computeSla({ policy: defaultSlaPolicy, ticket: input, now, calendar }).first_response.due_at,
        ),
      ),
    ).toBe('2027-11-07T20:00:00.000Z');
  });
});

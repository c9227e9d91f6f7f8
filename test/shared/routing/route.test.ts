import { describe, expect, it } from 'vitest';
import type { AgentRoutingProfile, RoutingTeam } from '../../../shared/domain/routing-schemas';
import { defaultPriorityRules, priorityFor } from '../../../shared/routing/priority-rules';
import {
  assignWaiting,
  routeTicket,
  type RoutableTicket,
  type RoutingState,
  type WaitingTicket,
} from '../../../shared/routing/route';

const now = Date.UTC(2026, 10, 24, 12, 0, 0);
const minutes = 60_000;

function profile(agentId: string, changes: Partial<AgentRoutingProfile> = {}): AgentRoutingProfile {
  return { agent_id: agentId, skills: [], languages: ['en'], capacity: 2, paused: false, ...changes };
}

function team(changes: Partial<RoutingTeam> = {}): RoutingTeam {
  return {
    id: 'funds',
    name: 'Funds',
    categories: ['deposit_withdrawal'],
    member_ids: ['ana', 'ben', 'cho'],
    strategy: 'least_loaded',
    ...changes,
  };
}

function state(changes: Partial<RoutingState> = {}): RoutingState {
  return {
    teams: [team()],
    profiles: new Map(['ana', 'ben', 'cho'].map((id) => [id, profile(id)])),
    rules: defaultPriorityRules,
    skillWaitMinutes: 30,
    triageThreshold: 0.8,
    onlineAgentIds: new Set(['ana', 'ben', 'cho']),
    loads: new Map(),
    cursors: new Map(),
    ...changes,
  };
}

function ticket(changes: Partial<RoutableTicket> = {}): RoutableTicket {
  return {
    id: 't1',
    subject: 'Deposit not credited',
    body: 'My USDT deposit has not arrived after two hours.',
    category: 'deposit_withdrawal',
    suggestedCategory: null,
    language: 'en',
    createdAt: now,
    ...changes,
  };
}

function waiting(id: string, changes: Partial<WaitingTicket> = {}): WaitingTicket {
  return { ...ticket({ id }), priority: 'normal', teamId: 'funds', ...changes };
}

describe('priority rules', () => {
  it.each([
    ['My account was hacked', 'Someone logged in from abroad.', 'account_security'],
    ['Unknown withdrawal', 'I see a withdrawal I never made.', 'deposit_withdrawal'],
    ['계정 해킹', '제 계정이 해킹당했어요.', 'account_security'],
    ['명의 도용', '누가 제 명의를 도용했어요.', 'account_security'],
    ['账户被盗', '我的账户被盗了。', 'account_security'],
  ])('makes "%s" urgent by default', (subject, body, category) => {
    expect(priorityFor(defaultPriorityRules, { subject, body, category, language: null }).priority).toBe(
      'urgent',
    );
  });

  it('leaves the same words in another category and ordinary tickets at normal', () => {
    const hackedApi = { subject: 'hacked together a bot', body: 'API 429', category: 'api', language: 'en' };
    expect(priorityFor(defaultPriorityRules, hackedApi).priority).toBe('normal');
    expect(priorityFor(defaultPriorityRules, { ...hackedApi, subject: 'Rate limit' }).rule).toBeNull();
  });

  it('needs every condition of a rule and takes the highest matching priority', () => {
    const rules = [
      {
        id: 'ko-kyc',
        name: 'Korean KYC',
        categories: ['kyc'],
        patterns: [],
        languages: ['ko'],
        priority: 'high' as const,
      },
      {
        id: 'vip',
        name: 'VIP',
        categories: [],
        patterns: ['VIP'],
        languages: [],
        priority: 'urgent' as const,
      },
    ];
    const korean = { subject: '인증', body: '신분증', category: 'kyc', language: 'ko' };
    expect(priorityFor(rules, korean)).toMatchObject({ priority: 'high', rule: { id: 'ko-kyc' } });
    expect(priorityFor(rules, { ...korean, language: 'en' }).priority).toBe('normal');
    expect(priorityFor(rules, { ...korean, body: 'I am a vip customer' }).rule?.id).toBe('vip');
  });
});

describe('routeTicket', () => {
  it('sends the ticket to the team owning its category with the rule priority', () => {
    const decision = routeTicket(ticket({ subject: 'Unknown withdrawal' }), state(), now);
    expect(decision).toMatchObject({ team_id: 'funds', assignee_id: 'ana', priority: 'urgent' });
    expect(decision.reasons.map((reason) => reason.code)).toContain('rule_matched');
  });

  it('follows a confident triage suggestion over the customer category, not a weak one', () => {
    const state_ = state({ teams: [team(), team({ id: 'security', categories: ['account_security'] })] });
    const confident = ticket({
      category: 'general',
      suggestedCategory: { category: 'account_security', confidence: 0.9 },
    });
    expect(routeTicket(confident, state_, now)).toMatchObject({
      category: 'account_security',
      team_id: 'security',
    });
    const weak = ticket({ suggestedCategory: { category: 'account_security', confidence: 0.5 } });
    expect(routeTicket(weak, state_, now)).toMatchObject({
      category: 'deposit_withdrawal',
      team_id: 'funds',
    });
  });

  it('leaves a ticket without a team, or of a manual team, unassigned', () => {
    expect(routeTicket(ticket({ category: 'kyc' }), state(), now)).toMatchObject({
      team_id: null,
      assignee_id: null,
    });
    expect(routeTicket(ticket(), state({ teams: [team({ strategy: 'manual' })] }), now)).toMatchObject({
      team_id: 'funds',
      assignee_id: null,
    });
  });

  it('least loaded: picks the member with fewest running tickets, skipping offline, paused and full ones', () => {
    const loads = new Map([
      ['ana', 1],
      ['ben', 0],
      ['cho', 0],
    ]);
    expect(routeTicket(ticket(), state({ loads }), now).assignee_id).toBe('ben');
    expect(
      routeTicket(ticket(), state({ loads, onlineAgentIds: new Set(['ana', 'cho']) }), now).assignee_id,
    ).toBe('cho');
    const profiles = new Map([
      ['ana', profile('ana')],
      ['ben', profile('ben', { paused: true })],
      ['cho', profile('cho', { capacity: 0 })],
    ]);
    expect(routeTicket(ticket(), state({ loads, profiles }), now).assignee_id).toBe('ana');
    const full = new Map([
      ['ana', 2],
      ['ben', 2],
      ['cho', 2],
    ]);
    const decision = routeTicket(ticket(), state({ loads: full }), now);
    expect(decision.assignee_id).toBeNull();
    expect(decision.reasons.at(-1)?.code).toBe('nobody_available');
  });

  it('round robin: takes the next available member after the cursor, wrapping around', () => {
    const roundRobin = [team({ strategy: 'round_robin' })];
    expect(routeTicket(ticket(), state({ teams: roundRobin }), now).assignee_id).toBe('ana');
    const afterBen = state({ teams: roundRobin, cursors: new Map([['funds', 'ben']]) });
    expect(routeTicket(ticket(), afterBen, now).assignee_id).toBe('cho');
    const choOffline = { ...afterBen, onlineAgentIds: new Set(['ana', 'ben']) };
    expect(routeTicket(ticket(), choOffline, now).assignee_id).toBe('ana');
  });

  it('skills and language: needs both until the ticket has waited long enough', () => {
    const profiles = new Map([
      ['ana', profile('ana', { skills: ['deposit_withdrawal'], languages: ['en'] })],
      ['ben', profile('ben', { skills: ['deposit_withdrawal'], languages: ['ko', 'en'] })],
      ['cho', profile('cho', { skills: [], languages: ['ko'] })],
    ]);
    const skills = state({ teams: [team({ strategy: 'skills_language' })], profiles });
    expect(routeTicket(ticket({ language: 'ko' }), skills, now).assignee_id).toBe('ben');
    const benAway = { ...skills, onlineAgentIds: new Set(['ana', 'cho']) };
    expect(routeTicket(ticket({ language: 'ko' }), benAway, now).assignee_id).toBeNull();
    const old = ticket({ language: 'ko', createdAt: now - 31 * minutes });
    const decision = routeTicket(old, benAway, now);
    expect(decision.assignee_id).toBe('ana');
    expect(decision.reasons.map((reason) => reason.code)).toContain('skill_dropped');
  });
});

describe('assignWaiting', () => {
  it('hands out the most urgent, then the oldest tickets until everyone is at capacity', () => {
    const profiles = new Map([['ana', profile('ana', { capacity: 2 })]]);
    const tickets = [
      waiting('old-normal', { createdAt: now - 50 * minutes }),
      waiting('new-urgent', { priority: 'urgent', createdAt: now - 1 * minutes }),
      waiting('newer-normal', { createdAt: now - 10 * minutes }),
    ];
    const { assignments, state: after } = assignWaiting(state({ profiles }), tickets, now);
    expect(assignments.map((assignment) => [assignment.ticketId, assignment.agentId])).toEqual([
      ['new-urgent', 'ana'],
      ['old-normal', 'ana'],
    ]);
    expect(after.loads.get('ana')).toBe(2);
  });

  it('spreads a round-robin queue across members and moves the cursor', () => {
    const tickets = ['a', 'b', 'c', 'd'].map((id, index) =>
      waiting(id, { createdAt: now - (10 - index) * minutes }),
    );
    const { assignments, state: after } = assignWaiting(
      state({ teams: [team({ strategy: 'round_robin' })] }),
      tickets,
      now,
    );
    expect(assignments.map((assignment) => assignment.agentId)).toEqual(['ana', 'ben', 'cho', 'ana']);
    expect(after.cursors.get('funds')).toBe('ana');
  });

  it('assigns nothing while nobody is online', () => {
    const { assignments } = assignWaiting(state({ onlineAgentIds: new Set() }), [waiting('a')], now);
    expect(assignments).toEqual([]);
  });
});

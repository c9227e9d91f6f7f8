import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoFaqLibrary } from '../../server/demo/faq-library';
import {
  demoAgents,
  demoTeamMembers,
  generateDemoTickets,
  type DemoTicket,
} from '../../server/demo/generate-demo';
import { defaultCategories, ticketPriorities, ticketStatuses } from '../../shared/domain/vocabulary';

const now = new Date('2025-03-06T06:00:00Z');
const day = 24 * 60 * 60 * 1000;
const tickets = generateDemoTickets({ now, seed: 42 });

function countBy(key: (ticket: DemoTicket) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ticket of tickets) {
    counts.set(key(ticket), (counts.get(key(ticket)) ?? 0) + 1);
  }
  return counts;
}

function allText(ticket: DemoTicket): string {
  return [ticket.subject, ticket.body, ...ticket.messages.map((message) => message.body)].join('\n');
}

describe('demo team', () => {
  it('has three agents and one lead sharing one password', () => {
    expect(demoAgents.filter((agent) => agent.role === 'agent')).toHaveLength(3);
    expect(demoAgents.filter((agent) => agent.role === 'lead')).toHaveLength(1);
    expect(new Set(demoAgents.map((agent) => agent.password)).size).toBe(1);
    expect(demoAgents.flatMap((agent) => agent.languages)).toEqual(
      expect.arrayContaining(['ko', 'en', 'zh']),
    );
  });
});

describe('generateDemoTickets', () => {
  it('gives the same tickets for the same seed and different ones for another', () => {
    expect(generateDemoTickets({ now, seed: 42 })).toEqual(tickets);
    const other = generateDemoTickets({ now, seed: 43 });
    expect(other.map((ticket) => ticket.body)).not.toEqual(tickets.map((ticket) => ticket.body));
  });

  it('makes 2000 tickets by default and honours count', () => {
    expect(tickets).toHaveLength(2000);
    expect(generateDemoTickets({ now, seed: 1, count: 150 })).toHaveLength(150);
  });

  it('uses every category, status and priority', () => {
    const categories = countBy((ticket) => ticket.category);
    const statuses = countBy((ticket) => ticket.status);
    const priorities = countBy((ticket) => ticket.priority);
    for (const category of defaultCategories) {
      expect(categories.get(category) ?? 0, category).toBeGreaterThan(20);
    }
    for (const status of ticketStatuses) {
      expect(statuses.get(status) ?? 0, status).toBeGreaterThan(10);
    }
    for (const priority of ticketPriorities) {
      expect(priorities.get(priority) ?? 0, priority).toBeGreaterThan(20);
    }
    const largest = [...categories.entries()]
      .sort((first, second) => second[1] - first[1])
      .map(([name]) => name);
    expect(largest.slice(0, 2)).toEqual(['deposit_withdrawal', 'account_security']);
  });

  it('makes urgent tickets mostly about account security', () => {
    const urgent = tickets.filter((ticket) => ticket.priority === 'urgent');
    const security = urgent.filter((ticket) => ticket.category === 'account_security');
    expect(security.length / urgent.length).toBeGreaterThan(0.6);
  });

  it('splits languages about 55/30/15, the requester locale matching', () => {
    const languages = countBy((ticket) => ticket.language);
    expect((languages.get('ko') ?? 0) / tickets.length).toBeCloseTo(0.55, 1);
    expect((languages.get('en') ?? 0) / tickets.length).toBeCloseTo(0.3, 1);
    expect((languages.get('zh') ?? 0) / tickets.length).toBeCloseTo(0.15, 1);
    for (const ticket of tickets) {
      expect(ticket.requester.locale).toBe(ticket.language);
    }
  });

  it('writes each ticket in its language', () => {
    const hangul = /[\uac00-\ud7af]/u;
    const han = /[\u4e00-\u9fff]/u;
    for (const ticket of tickets) {
      const opening = ticket.body;
      if (ticket.language === 'ko') {
        expect(opening, opening).toMatch(hangul);
      } else if (ticket.language === 'zh') {
        expect(opening, opening).toMatch(han);
        expect(opening, opening).not.toMatch(hangul);
      } else {
        expect(opening, opening).not.toMatch(hangul);
        expect(opening, opening).not.toMatch(han);
      }
    }
  });

  it('keeps every time inside the 30 days, in order and not after now', () => {
    const start = now.getTime() - 30 * day;
    let previous = 0;
    for (const ticket of tickets) {
      const created = ticket.created_at.getTime();
      expect(created).toBeGreaterThanOrEqual(start);
      expect(created).toBeLessThanOrEqual(now.getTime());
      expect(created).toBeGreaterThanOrEqual(previous);
      previous = created;
      let last = created;
      for (const message of ticket.messages) {
        expect(message.created_at.getTime()).toBeGreaterThan(last);
        last = message.created_at.getTime();
      }
      expect(last).toBeLessThanOrEqual(now.getTime());
      expect(ticket.updated_at.getTime()).toBeGreaterThanOrEqual(last);
      expect(ticket.updated_at.getTime()).toBeLessThanOrEqual(now.getTime());
      const firstReply = ticket.messages.find((message) => message.kind === 'reply');
      expect(ticket.first_response_at).toEqual(firstReply?.created_at ?? null);
      if (ticket.occurred_at !== null) {
        expect(ticket.occurred_at.getTime()).toBeLessThanOrEqual(created);
      }
    }
  });

  it('puts more tickets in the Korean day than in the Korean night', () => {
    const koreanHour = (ticket: DemoTicket): number => (ticket.created_at.getUTCHours() + 9) % 24;
    const daytime = tickets.filter((ticket) => koreanHour(ticket) >= 9 && koreanHour(ticket) < 15).length;
    const night = tickets.filter((ticket) => koreanHour(ticket) >= 2 && koreanHour(ticket) < 8).length;
    expect(daytime).toBeGreaterThan(night * 2);
  });

  it('gives solved and closed tickets a reply and a solve time, others none', () => {
    for (const ticket of tickets) {
      if (ticket.status === 'solved' || ticket.status === 'closed') {
        expect(ticket.messages.some((message) => message.kind === 'reply')).toBe(true);
        expect(ticket.solved_at).not.toBeNull();
        expect(ticket.solved_at?.getTime()).toBeGreaterThanOrEqual(
          ticket.first_response_at?.getTime() ?? Infinity,
        );
        expect(ticket.assignee_email).not.toBeNull();
      } else {
        expect(ticket.solved_at).toBeNull();
      }
      if (ticket.status === 'awaiting_customer') {
        const visible = ticket.messages.filter((message) => message.kind !== 'note');
        expect(visible.at(-1)?.kind).toBe('reply');
      }
    }
    const older = tickets.filter((ticket) => now.getTime() - ticket.created_at.getTime() > 7 * day);
    const finished = older.filter((ticket) => ticket.status === 'solved' || ticket.status === 'closed');
    expect(finished.length / older.length).toBeGreaterThan(0.85);
  });

  it('has replies and notes written by the demo team, replies signed', () => {
    const team = new Set(demoAgents.map((agent) => agent.email));
    for (const ticket of tickets) {
      if (ticket.assignee_email !== null) {
        expect(team.has(ticket.assignee_email)).toBe(true);
      }
      for (const message of ticket.messages) {
        if (message.kind === 'customer') {
          expect(message.author_email).toBe(ticket.requester.email);
        } else {
          expect(team.has(message.author_email ?? '')).toBe(true);
        }
      }
    }
    const replies = tickets.flatMap((ticket) =>
      ticket.messages.filter((message) => message.kind === 'reply'),
    );
    expect(
      replies.every((reply) =>
        /김민지|박소라|张伟|Minji Kim|Wei Zhang|Alex Morgan|Sora Park/u.test(reply.body),
      ),
    ).toBe(true);
    expect(tickets.some((ticket) => ticket.messages.some((message) => message.kind === 'note'))).toBe(true);
    const working = tickets.filter((ticket) => ticket.status !== 'new');
    expect(
      working.filter((ticket) => ticket.assignee_email !== null).length / working.length,
    ).toBeGreaterThan(0.9);
  });

  it('has customers with several tickets, some resubmitting the same problem', () => {
    const perCustomer = countBy((ticket) => ticket.requester.email);
    const repeat = [...perCustomer.values()].filter((count) => count > 1).length;
    expect(repeat / perCustomer.size).toBeGreaterThan(0.08);
    expect(repeat / perCustomer.size).toBeLessThan(0.25);
    const resubmissions = tickets.filter((ticket) =>
      /답변이 없어서|아직 답이 없어|Nobody answered|no reply|没人回复|还没有答复/u.test(ticket.body),
    );
    expect(resubmissions.length).toBeGreaterThan(20);
  });

  it('includes realistic identifiers in many tickets but not in all', () => {
    const ethereumHash = /\b0x[0-9a-f]{64}\b/;
    const withHash = tickets.filter((ticket) => ethereumHash.test(ticket.body));
    expect(withHash.length).toBeGreaterThan(20);
    expect(
      tickets.some((ticket) => /\b[0-9a-fA-F]{64}\b/.test(ticket.body) && !ethereumHash.test(ticket.body)),
    ).toBe(true);
    expect(tickets.some((ticket) => /\bbc1q[0-9a-z]{38}\b/.test(ticket.body))).toBe(true);
    expect(
      tickets.some((ticket) =>
        /\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/.test(ticket.body),
      ),
    ).toBe(true);
    expect(tickets.some((ticket) => /어제 (오전|오후|저녁|밤|새벽)/u.test(ticket.body))).toBe(true);
    expect(tickets.some((ticket) => /昨天(凌晨|早上|上午|中午|下午|晚上)/u.test(ticket.body))).toBe(true);
    expect(tickets.some((ticket) => /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(ticket.body))).toBe(true);
    expect(tickets.filter((ticket) => ticket.device !== null).length).toBeGreaterThan(300);
    expect(tickets.filter((ticket) => ticket.device === null).length).toBeGreaterThan(300);
    expect(tickets.filter((ticket) => ticket.occurred_at === null).length).toBeGreaterThan(300);
  });

  it('fills every placeholder and uses example domains only', () => {
    for (const ticket of tickets) {
      expect(allText(ticket)).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(ticket.requester.email).toMatch(/@example\.(com|net|org|kr|cn)$/);
    }
  });

  it('tags tickets the way agents do', () => {
    const tags = new Set(tickets.flatMap((ticket) => ticket.tags));
    for (const tag of ['withdrawal-delay', 'wrong-network', 'phishing', 'vip']) {
      expect(tags.has(tag), tag).toBe(true);
    }
  });
});

/** JSON with every object's keys sorted and dates as ISO strings, so the hash depends on content alone. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, item: unknown) {
    // `item` has already been through Date.prototype.toJSON; read the original to be explicit about dates.
    const original = key === '' ? item : this[key];
    if (original instanceof Date) {
      return original.toISOString();
    }
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .map((name) => [name, record[name]]),
      );
    }
    return item;
  });
}

function sha256(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

describe('demo output fingerprint', () => {
  // The demo feeds the e2e specs and the screenshots: any change in its output, even one word of a data
  // file, changes what they see. These hashes make such a change deliberate. After an intended edit of the
  // demo's texts or logic, check the e2e specs and screenshots, then paste the new hashes printed here.
  it('generates exactly the recorded tickets, team and FAQ library', () => {
    expect({
      ticketsSeed42: sha256(tickets),
      ticketsDefaultSeed: sha256(generateDemoTickets({ now })),
      team: sha256({ demoAgents, demoTeamMembers }),
      faqLibrary: sha256(demoFaqLibrary()),
    }).toEqual({
      ticketsSeed42: '6c80f26cbbe2cf4c4fca920ef8a46bbc2e0eb7a1e9157fd36d7409e51b0e0154',
      ticketsDefaultSeed: '89e52e1bf22d98357e58349f6d5bd7be4ef550c08cf0d89673fffe856a5fbe59',
      team: '0f604a0673c66b06425137f6ee37663d24f234ebd10adb9089baf4c07ba96813',
      faqLibrary: '6d2ea4b19ba8e0cbfd96093b27bde6918b089427d3d1bc5ee363cf7cc768ba73',
    });
  });
});

import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  changeListSchema,
  changeSchema,
  liveChangeEvent,
  type Change,
} from '../../../shared/domain/schemas';
import { agentPreferencesSchema, type AgentPreferences } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { startTestService, type TestService } from '../helpers/service';

const preferences: AgentPreferences = {
  saved_views: [
    { id: 'urgent-mine', name: '긴급 \uFEFF내 티켓', filters: { priorities: ['urgent'], assignees: ['me'] } },
  ],
  queue_columns: { order: ['number', 'subject'], hidden: ['language'], widths: { subject: 320 } },
  queue_sort: [{ id: 'updated_at', desc: true }],
};

describe.each(testEngines())('agent preferences on $name', (engine) => {
  let service: TestService;
  let minji: string;
  let wei: string;

  beforeAll(async () => {
    service = await startTestService(engine);
    minji = (await service.service.ensureLocalAgent('Minji')).token;
    const created = await service.request('POST', '/api/agents', {
      body: { email: 'wei@example.com', name: 'Wei', role: 'agent', password: 'wei-lantern-orbit-47' },
    });
    expect(created.status).toBe(201);
    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'wei@example.com', password: 'wei-lantern-orbit-47' },
    });
    wei = (login.body as { token: string }).token;
  });

  afterAll(async () => {
    await service.stop();
  });

  /** A new agent's token: each test of saved views starts from an agent with nothing stored. */
  async function newAgent(name: string): Promise<string> {
    const email = `${name.toLowerCase()}@example.com`;
    const password = `${name.toLowerCase()}-lantern-orbit-47`;
    const created = await service.request('POST', '/api/agents', {
      body: { email, name, role: 'agent', password },
    });
    expect(created.status).toBe(201);
    const login = await service.request('POST', '/api/login', { token: null, body: { email, password } });
    return (login.body as { token: string }).token;
  }

  it('answers {} before anything was saved, then what the agent saved, for that agent only', async () => {
    expect((await service.request('GET', '/api/me/preferences', { token: minji })).body).toEqual({});
    const saved = await service.request('PUT', '/api/me/preferences', { token: minji, body: preferences });
    expect(saved.status).toBe(200);
    expect(agentPreferencesSchema.parse(saved.body)).toEqual(preferences);
    expect((await service.request('GET', '/api/me/preferences', { token: minji })).body).toEqual(preferences);
    expect((await service.request('GET', '/api/me/preferences', { token: wei })).body).toEqual({});
  });

  it('replaces the whole document on PUT', async () => {
    await service.request('PUT', '/api/me/preferences', { token: minji, body: preferences });
    const replaced = { queue_sort: [{ id: 'number', desc: false }] };
    await service.request('PUT', '/api/me/preferences', { token: minji, body: replaced });
    expect((await service.request('GET', '/api/me/preferences', { token: minji })).body).toEqual(replaced);
  });

  it('refuses bad preferences with a 400 naming the field, keeping what was stored', async () => {
    await service.request('PUT', '/api/me/preferences', { token: wei, body: preferences });
    const cases: [unknown, string][] = [
      [{ theme: 'dark' }, 'theme'],
      [{ queue_sort: [{ id: 'number', desc: 'yes' }] }, 'queue_sort.0.desc'],
      [{ saved_views: [{ id: 'a', name: '   ', filters: {} }] }, 'saved_views.0.name'],
      [{ queue_columns: { order: [], hidden: [], widths: { subject: 5 } } }, 'queue_columns.widths.subject'],
      [{ saved_views: [{ id: 'a', name: 'bad\u0000name', filters: {} }] }, 'saved_views.0.name'],
      [[], ''],
    ];
    for (const [body, field] of cases) {
      const response = await service.request('PUT', '/api/me/preferences', { token: wei, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(apiErrorSchema.parse(response.body).error.field ?? '').toBe(field);
    }
    expect((await service.request('GET', '/api/me/preferences', { token: wei })).body).toEqual(preferences);
    expect((await service.request('GET', '/api/me/preferences', { token: null })).status).toBe(401);
  });

  it('adds or replaces one saved view by id, keeping every other preference, idempotently', async () => {
    const token = await newAgent('Dana');
    await service.request('PUT', '/api/me/preferences', { token, body: preferences });
    const view = { id: 'deposits-ko', name: '입금 문의', filters: { categories: ['deposit_withdrawal'] } };
    const path = `/api/me/preferences/saved-views/${view.id}`;
    const first = await service.request('PUT', path, { token, body: view });
    expect(first.status).toBe(200);
    const expected = { ...preferences, saved_views: [...(preferences.saved_views ?? []), view] };
    expect(agentPreferencesSchema.parse(first.body)).toEqual(expected);
    // The outbox may send it again (a lost answer): nothing more changes.
    expect((await service.request('PUT', path, { token, body: view })).body).toEqual(expected);
    // Renamed: replaced in place, the columns and the sort untouched.
    const renamed = { ...view, name: '입금 미반영' };
    await service.request('PUT', path, { token, body: renamed });
    expect((await service.request('GET', '/api/me/preferences', { token })).body).toEqual({
      ...preferences,
      saved_views: [...(preferences.saved_views ?? []), renamed],
    });
    // A first view for an agent with nothing stored.
    const fresh = await newAgent('Eun');
    expect((await service.request('PUT', path, { token: fresh, body: view })).body).toEqual({
      saved_views: [view],
    });
  });

  it('refuses a bad view with a clear 4xx and keeps what was stored', async () => {
    const token = await newAgent('Fang');
    const full = {
      saved_views: Array.from({ length: 50 }, (_, index) => ({
        id: `v${index}`,
        name: `View ${index}`,
        filters: {},
      })),
    };
    await service.request('PUT', '/api/me/preferences', { token, body: full });
    const extra = { id: 'one-too-many', name: 'Extra', filters: {} };
    const tooMany = await service.request('PUT', `/api/me/preferences/saved-views/${extra.id}`, {
      token,
      body: extra,
    });
    expect(tooMany.status).toBe(409);
    expect(apiErrorSchema.parse(tooMany.body).error.code).toBe('too_many_views');
    // Replacing one of the 50 still works.
    const replaced = await service.request('PUT', '/api/me/preferences/saved-views/v3', {
      token,
      body: { id: 'v3', name: 'Three', filters: {} },
    });
    expect(replaced.status).toBe(200);
    const mismatch = await service.request('PUT', '/api/me/preferences/saved-views/other', {
      token,
      body: extra,
    });
    expect(mismatch.status).toBe(400);
    expect(apiErrorSchema.parse(mismatch.body).error.field).toBe('id');
    const blank = await service.request('PUT', '/api/me/preferences/saved-views/a', {
      token,
      body: { id: 'a', name: '  ', filters: {} },
    });
    expect(blank.status).toBe(400);
    expect(apiErrorSchema.parse(blank.body).error.field).toBe('name');
    const stored = agentPreferencesSchema.parse(
      (await service.request('GET', '/api/me/preferences', { token })).body,
    );
    expect(stored.saved_views).toHaveLength(50);
    expect(stored.saved_views?.[3]?.name).toBe('Three');
  });

  it('deletes one saved view by id, keeping the rest, and answers 200 again for a view already gone', async () => {
    const token = await newAgent('Hana');
    const kept = { id: 'kept', name: '유지', filters: { priorities: ['high'] } };
    const doomed = {
      id: 'doomed',
      name: '삭제할 보기',
      filters: { statuses: ['open'] },
      sort: [{ id: 'number', desc: true }],
      columns: { order: ['number', 'subject'], hidden: [], widths: { subject: 300 } },
    };
    const stored = {
      ...preferences,
      saved_views: [kept, doomed],
      view_sorts: { 'saved:doomed': [{ id: 'updated', desc: true }], mine: [{ id: 'sla', desc: false }] },
    };
    expect((await service.request('PUT', '/api/me/preferences', { token, body: stored })).status).toBe(200);
    const path = '/api/me/preferences/saved-views/doomed';
    const deleted = await service.request('DELETE', path, { token, body: {} });
    expect(deleted.status).toBe(200);
    // The view and the sort kept for it go; the other view, the columns and the other sorts stay.
    const expected = {
      ...preferences,
      saved_views: [kept],
      view_sorts: { mine: [{ id: 'sla', desc: false }] },
    };
    expect(agentPreferencesSchema.parse(deleted.body)).toEqual(expected);
    // Sent again (the outbox retries after a lost answer), or deleted meanwhile elsewhere: 200, nothing changes.
    const again = await service.request('DELETE', path, { token, body: {} });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(expected);
    expect((await service.request('GET', '/api/me/preferences', { token })).body).toEqual(expected);
    // Without a body too, and for an agent with nothing stored.
    const fresh = await newAgent('Ivo');
    const nothing = await service.request('DELETE', '/api/me/preferences/saved-views/never', {
      token: fresh,
    });
    expect(nothing.status).toBe(200);
    expect(nothing.body).toEqual({});
    // Only one's own views, only signed in, and a clear 400 for an id no view can have.
    expect(
      (await service.request('DELETE', '/api/me/preferences/saved-views/kept', { token: minji })).status,
    ).toBe(200);
    expect((await service.request('GET', '/api/me/preferences', { token })).body).toEqual(expected);
    expect((await service.request('DELETE', path, { token: null })).status).toBe(401);
    const tooLong = await service.request('DELETE', `/api/me/preferences/saved-views/${'x'.repeat(65)}`, {
      token,
    });
    expect(tooLong.status).toBe(400);
    expect(apiErrorSchema.parse(tooLong.body).error.field).toBe('id');
  });

  it("keeps a saved view's own sort and columns, and refuses bad ones with a 400", async () => {
    const token = await newAgent('Jun');
    const view = {
      id: 'sorted',
      name: 'Sorted',
      filters: {},
      sort: [{ id: 'priority', desc: true }],
      columns: { order: ['subject', 'number'], hidden: ['language'], widths: { subject: 420 } },
    };
    const saved = await service.request('PUT', '/api/me/preferences/saved-views/sorted', {
      token,
      body: view,
    });
    expect(saved.status).toBe(200);
    expect((await service.request('GET', '/api/me/preferences', { token })).body).toEqual({
      saved_views: [view],
    });
    const bad = await service.request('PUT', '/api/me/preferences/saved-views/sorted', {
      token,
      body: { ...view, columns: { ...view.columns, widths: { subject: 5 } } },
    });
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(bad.body).error.field).toBe('columns.widths.subject');
  });

  it('tells only the agent whose preferences changed, ids only, live and in the change log', async () => {
    const owner = await newAgent('Haeun');
    const other = await newAgent('Jiho');
    const since = (await service.request('GET', '/api/changes?since=0&limit=10000', { token: owner })).body;
    const start = changeListSchema.parse(since).next;
    const listen = async (token: string): Promise<{ socket: Socket; heard: Change[] }> => {
      const heard: Change[] = [];
      const socket = io(service.url, { auth: { token }, transports: ['websocket'], reconnection: false });
      socket.on(liveChangeEvent, (event: unknown) => heard.push(changeSchema.parse(event)));
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      return { socket, heard };
    };
    const ownerLive = await listen(owner);
    const otherLive = await listen(other);
    try {
      const view = { id: 'v1', name: 'USDT 입금', filters: { text: 'usdt' } };
      expect(
        (await service.request('PUT', '/api/me/preferences/saved-views/v1', { token: owner, body: view }))
          .status,
      ).toBe(200);
      expect(
        (await service.request('DELETE', '/api/me/preferences/saved-views/v1', { token: owner })).status,
      ).toBe(200);
      expect(
        (await service.request('PUT', '/api/me/preferences', { token: owner, body: { queue_sort: [] } }))
          .status,
      ).toBe(200);
      // Deleting a view already gone changes nothing, so nothing is told.
      expect(
        (await service.request('DELETE', '/api/me/preferences/saved-views/v1', { token: owner })).status,
      ).toBe(200);
      const personal = (changes: readonly Change[]) =>
        changes.filter((change) => change.type === 'preferences.updated' && change.seq > start);
      const read = async (token: string) =>
        personal(
          changeListSchema.parse(
            (await service.request('GET', `/api/changes?since=${start}&limit=1000`, { token })).body,
          ).changes,
        );
      const logged = await read(owner);
      expect(logged).toHaveLength(3);
      // No content: which agent, which view or what changed is not in it.
      for (const change of logged) {
        expect(Object.keys(change).sort()).toEqual(['at', 'seq', 'ticket_id', 'type']);
        expect(change.ticket_id).toBeNull();
      }
      expect(await read(other)).toEqual([]);
      await expect
        .poll(() => personal(ownerLive.heard).map((change) => change.seq))
        .toEqual(logged.map((change) => change.seq));
      // The other agent's socket heard none of them (a later change of the other agent's own arrives first).
      await service.request('PUT', '/api/me/preferences', { token: other, body: { queue_sort: [] } });
      await expect.poll(() => personal(otherLive.heard)).toHaveLength(1);
      expect(personal(otherLive.heard)[0]?.seq).toBeGreaterThan(logged.at(-1)?.seq ?? 0);
      expect(personal(ownerLive.heard)).toHaveLength(3);
    } finally {
      ownerLive.socket.disconnect();
      otherLive.socket.disconnect();
    }
  });

  it('PATCH sets the named preferences, removes those sent as null, and keeps the rest and every saved view', async () => {
    const token = await newAgent('Patch');
    const view = { id: 'kept', name: '出金 待处理', filters: { priorities: ['high'] } };
    await service.request('PUT', '/api/me/preferences', {
      token,
      body: { queue_sort: [{ id: 'number', desc: true }], display_names: { zh: '小王' } },
    });
    // Another machine saves a view between this console's changes: a patch never reads and writes it back.
    await service.request('PUT', '/api/me/preferences/saved-views/kept', { token, body: view });
    const patched = await service.request('PATCH', '/api/me/preferences', {
      token,
      body: { queue_sort: null, view_sorts: { mine: [{ id: 'sla', desc: false }] } },
    });
    expect(patched.status).toBe(200);
    const expected = {
      display_names: { zh: '小王' },
      saved_views: [view],
      view_sorts: { mine: [{ id: 'sla', desc: false }] },
    };
    expect(patched.body).toEqual(expected);
    expect((await service.request('GET', '/api/me/preferences', { token })).body).toEqual(expected);
    // Saved views have their own routes; a bad value names its field; nothing is written then.
    for (const [body, field] of [
      [{ saved_views: [] }, 'saved_views'],
      [{ queue_sort: 'sla' }, 'queue_sort'],
    ] as const) {
      const refused = await service.request('PATCH', '/api/me/preferences', { token, body });
      expect(refused.status).toBe(400);
      expect(apiErrorSchema.parse(refused.body).error.field).toBe(field);
    }
    expect((await service.request('GET', '/api/me/preferences', { token })).body).toEqual(expected);
  });
});

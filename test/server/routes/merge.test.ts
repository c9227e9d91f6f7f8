import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mergeListSchema,
  mergePreviewSchema,
  mergeResultSchema,
  mergeUndoResultSchema,
} from '../../../shared/domain/merge-schemas';
import {
  apiErrorSchema,
  changeListSchema,
  loginResponseSchema,
  ticketDetailSchema,
} from '../../../shared/domain/schemas';
import {
  customerMessageReceiptSchema,
  customerTicketSchema,
  intakeReceiptSchema,
  type IntakeReceipt,
} from '../../../shared/domain/workflow-schemas';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const pngBase64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');
const day = 24 * 60 * 60 * 1000;

describe.each(testEngines())('merging tickets on $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let leadToken: string;
  // The service clock runs this far ahead of the real one (SLA breaches, the undo window).
  let clockOffset = 0;

  async function login(email: string, role: 'agent' | 'lead'): Promise<string> {
    await service.request('POST', '/api/agents', {
      body: { email, name: `${role} ${email}`, role, password: 'long-lantern-orbit-47' },
    });
    const response = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: 'long-lantern-orbit-47' },
    });
    return loginResponseSchema.parse(response.body).token;
  }

  async function fileTicket(overrides: Record<string, unknown> = {}): Promise<IntakeReceipt> {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest(overrides),
    });
    expect(response.status).toBe(201);
    return intakeReceiptSchema.parse(response.body);
  }

  async function ticket(id: string) {
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
  }

  function merge(targetId: string, body: Record<string, unknown>, token = agentToken) {
    return service.request('POST', `/api/tickets/${targetId}/merge`, { token, body });
  }

  async function post(ticketId: string, kind: 'note' | 'reply', body: string): Promise<void> {
    const response = await service.request('POST', `/api/tickets/${ticketId}/messages`, {
      token: agentToken,
      body: { kind, body },
    });
    expect(response.status).toBe(201);
  }

  beforeAll(async () => {
    service = await startTestService(engine, { now: () => Date.now() + clockOffset });
    agentToken = await login('agent@example.com', 'agent');
    leadToken = await login('lead@example.com', 'lead');
  });

  afterAll(async () => {
    await service.stop();
  });

  it('previews, merges and keeps every message with its origin, attachments and tags; the source closes', async () => {
    const older = await fileTicket({ subject: 'Withdrawal stuck' });
    const newer = await fileTicket({
      subject: 'Withdrawal stuck again',
      attachments: [{ name: 'shot.png', type: 'image/png', data: pngBase64 }],
    });
    await service.request('PATCH', `/api/tickets/${older.id}`, { body: { tags: ['eth'] } });
    await service.request('PATCH', `/api/tickets/${newer.id}`, { body: { tags: ['eth', 'vip'] } });
    await post(newer.id, 'note', 'Internal: hot wallet is low');
    await post(newer.id, 'reply', 'We are checking.');

    const previewResponse = await service.request('POST', `/api/tickets/${older.id}/merge/preview`, {
      token: agentToken,
      body: { source_ids: [newer.id] },
    });
    expect(previewResponse.status).toBe(200);
    expect(mergePreviewSchema.parse(previewResponse.body)).toMatchObject({
      target_id: older.id,
      message_count: 3,
      attachment_count: 1,
      tags: ['eth', 'vip'],
      source_status: 'closed',
      different_customers: false,
    });
    // A preview writes nothing.
    expect((await ticket(newer.id)).status).not.toBe('closed');

    const response = await merge(older.id, { source_ids: [newer.id] });
    expect(response.status).toBe(201);
    const result = mergeResultSchema.parse(response.body);
    expect(result.target.tags).toEqual(['eth', 'vip']);
    expect(result.target.message_count).toBe(3);
    expect(result.target.messages.map((message) => [message.kind, message.merged_from_ticket_id])).toEqual([
      ['customer', newer.id],
      ['note', newer.id],
      ['reply', newer.id],
    ]);
    expect(result.target.messages[0]?.body).toBe(intakeRequest().body);
    expect(result.target.attachments.map((attachment) => attachment.name)).toEqual(['shot.png']);
    const source = await ticket(newer.id);
    expect(source).toMatchObject({ status: 'closed', merged_into_ticket_id: older.id, messages: [] });

    const history = mergeListSchema.parse(
      (await service.request('GET', `/api/tickets/${newer.id}/merges`, { token: agentToken })).body,
    );
    expect(history.merges).toHaveLength(1);
    expect(history.merges[0]).toMatchObject({ target_id: older.id, source_ids: [newer.id], undone_at: null });
  });

  it("never shows a merged internal note to the target's customer", async () => {
    const older = await fileTicket();
    const newer = await fileTicket();
    await post(newer.id, 'note', 'Internal: suspected fraud ring');
    await post(newer.id, 'reply', 'Public answer');
    expect((await merge(older.id, { source_ids: [newer.id] })).status).toBe(201);
    const view = await service.request('GET', `/api/tickets/${older.id}/customer-view`, {
      token: older.access_token,
    });
    expect(view.status).toBe(200);
    expect(view.text).not.toContain('fraud ring');
    expect(customerTicketSchema.parse(view.body).messages.map((message) => message.body)).toContain(
      'Public answer',
    );
  });

  it('lands later customer replies to the source on the target, and undo sends them back', async () => {
    const older = await fileTicket();
    const newer = await fileTicket();
    await post(older.id, 'reply', 'Looking into it');
    const merged = mergeResultSchema.parse((await merge(older.id, { source_ids: [newer.id] })).body);
    const since = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0&limit=10000')).body,
    ).next;

    const answer = await service.request('POST', `/api/tickets/${newer.id}/customer-messages`, {
      token: newer.access_token,
      body: { body: 'Any news? Here is the hash 0xabc' },
    });
    expect(answer.status).toBe(201);
    expect(customerMessageReceiptSchema.parse(answer.body).message.body).toBe(
      'Any news? Here is the hash 0xabc',
    );
    const target = await ticket(older.id);
    expect(target.messages.at(-1)).toMatchObject({
      body: 'Any news? Here is the hash 0xabc',
      merged_from_ticket_id: newer.id,
    });
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${since}`)).body,
    ).changes;
    expect(changes.map((change) => change.ticket_id)).toContain(older.id);

    // Something the target's own customer wrote after the merge stays on the target.
    await service.request('POST', `/api/tickets/${older.id}/customer-messages`, {
      token: older.access_token,
      body: { body: 'Written to the older ticket' },
    });

    const undo = await service.request('POST', `/api/merges/${merged.merge.id}/undo`, { token: agentToken });
    expect(undo.status).toBe(200);
    expect(mergeUndoResultSchema.parse(undo.body).merge.undone_at).not.toBeNull();
    const restoredSource = await ticket(newer.id);
    expect(restoredSource.merged_into_ticket_id ?? null).toBeNull();
    expect(restoredSource.status).toBe('new');
    expect(restoredSource.messages.map((message) => message.body)).toEqual([
      'Any news? Here is the hash 0xabc',
    ]);
    const restoredTarget = await ticket(older.id);
    expect(restoredTarget.messages.map((message) => message.body)).toEqual([
      'Looking into it',
      'Written to the older ticket',
    ]);
    expect((await service.request('POST', `/api/merges/${merged.merge.id}/undo`)).status).toBe(409);
  });

  it('restores both tickets exactly as they were after merge and undo', async () => {
    const older = await fileTicket();
    const newer = await fileTicket({ attachments: [{ name: 'a.png', type: 'image/png', data: pngBase64 }] });
    await service.request('PATCH', `/api/tickets/${newer.id}`, { body: { tags: ['later'], status: 'open' } });
    await post(newer.id, 'note', 'a note');
    const before = [await ticket(older.id), await ticket(newer.id)];
    const merged = mergeResultSchema.parse((await merge(older.id, { source_ids: [newer.id] })).body);
    await service.request('POST', `/api/merges/${merged.merge.id}/undo`, { token: agentToken });
    const after = [await ticket(older.id), await ticket(newer.id)];
    const comparable = (detail: (typeof before)[number]) => ({
      ...detail,
      version: undefined,
      updated_at: undefined,
      sla: undefined,
    });
    expect(after.map(comparable)).toEqual(before.map(comparable));
  });

  it('re-evaluates the checklist over the merged thread, and again after the undo', async () => {
    const hash = `0x${'7e'.repeat(32)}`;
    const older = await fileTicket({ category: 'deposit_withdrawal', body: 'My deposit has not arrived.' });
    const newer = await fileTicket({
      category: 'deposit_withdrawal',
      body: `Still not credited. The tx hash is ${hash}.`,
    });
    const itemOf = (detail: Awaited<ReturnType<typeof ticket>>, key: string) =>
      detail.checklist.items.find((item) => item.key === key);
    expect(itemOf(await ticket(older.id), 'transaction_id')).toMatchObject({ present: false });

    const merged = mergeResultSchema.parse((await merge(older.id, { source_ids: [newer.id] })).body);
    // The source's text is now part of the target's customer side: its TxID counts there.
    expect(itemOf(merged.target, 'transaction_id')).toMatchObject({ present: true, evidence: hash });
    expect(itemOf(await ticket(older.id), 'transaction_id')).toMatchObject({ present: true, evidence: hash });

    await service.request('POST', `/api/merges/${merged.merge.id}/undo`, { token: agentToken });
    expect(itemOf(await ticket(older.id), 'transaction_id')).toMatchObject({ present: false });
    expect(itemOf(await ticket(newer.id), 'transaction_id')).toMatchObject({ present: true, evidence: hash });
  });

  it('merges a cluster of several tickets at once, and undoes it at once', async () => {
    const target = await fileTicket();
    const sources = [await fileTicket(), await fileTicket(), await fileTicket()];
    const response = await merge(target.id, { source_ids: sources.map((source) => source.id) });
    expect(response.status).toBe(201);
    const result = mergeResultSchema.parse(response.body);
    expect(result.target.messages).toHaveLength(3);
    for (const source of sources) {
      expect((await ticket(source.id)).status).toBe('closed');
    }
    await service.request('POST', `/api/merges/${result.merge.id}/undo`, { token: agentToken });
    for (const source of sources) {
      expect((await ticket(source.id)).status).toBe('new');
    }
  });

  it('needs a lead and an explicit confirmation to merge tickets of different customers', async () => {
    const mine = await fileTicket();
    const theirs = await fileTicket({ requester: { email: 'someone-else@example.com' } });
    const preview = mergePreviewSchema.parse(
      (
        await service.request('POST', `/api/tickets/${mine.id}/merge/preview`, {
          token: agentToken,
          body: { source_ids: [theirs.id] },
        })
      ).body,
    );
    expect(preview.different_customers).toBe(true);
    const asAgent = await merge(mine.id, { source_ids: [theirs.id], confirm_different_customers: true });
    expect(asAgent.status).toBe(403);
    const unconfirmed = await merge(mine.id, { source_ids: [theirs.id] }, leadToken);
    expect(unconfirmed.status).toBe(409);
    expect(apiErrorSchema.parse(unconfirmed.body).error.code).toBe('different_customers');
    expect((await ticket(theirs.id)).status).toBe('new');
    const confirmed = await merge(
      mine.id,
      { source_ids: [theirs.id], confirm_different_customers: true },
      leadToken,
    );
    expect(confirmed.status).toBe(201);
    expect(mergeResultSchema.parse(confirmed.body).merge.different_customers).toBe(true);
    // The other customer's opening text never reaches this customer.
    const view = await service.request('GET', `/api/tickets/${mine.id}/customer-view`, {
      token: mine.access_token,
    });
    expect(customerTicketSchema.parse(view.body).messages).toEqual([]);
  });

  it('refuses bad merges with clear errors and writes nothing', async () => {
    const target = await fileTicket();
    const source = await fileTicket();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ source_ids: [] }, 400, 'too_short'],
      [{ source_ids: [target.id] }, 400, 'merge_into_itself'],
      [{ source_ids: [source.id, source.id] }, 400, 'duplicate_source'],
      [{ source_ids: [source.id, '00000000-0000-4000-8000-000000000000'] }, 404, 'source_not_found'],
      [{ source_ids: [source.id], extra: true }, 400, 'unknown_field'],
    ];
    for (const [body, status, code] of cases) {
      const response = await merge(target.id, body);
      expect(response.status).toBe(status);
      expect(apiErrorSchema.parse(response.body).error.code).toBe(code);
    }
    expect((await ticket(source.id)).status).toBe('new');
    expect((await merge('00000000-0000-4000-8000-000000000000', { source_ids: [source.id] })).status).toBe(
      404,
    );
    expect((await merge(target.id, { source_ids: [source.id] }, 'wrong-token')).status).toBe(401);
    expect((await merge(target.id, { source_ids: [source.id] })).status).toBe(201);
    const again = await merge(target.id, { source_ids: [source.id] });
    expect(apiErrorSchema.parse(again.body).error.code).toBe('source_already_merged');
    const other = await fileTicket();
    const chained = await merge(other.id, { source_ids: [target.id] });
    expect(apiErrorSchema.parse(chained.body).error.code).toBe('source_is_merge_target');
  });

  it('records an SLA breach before merging, and refuses undo after the window', async () => {
    const older = await fileTicket();
    const newer = await fileTicket();
    clockOffset = 30 * day;
    try {
      // Sessions end (12 hours at most): a month later the agent signs in again.
      const lateToken = await login('agent@example.com', 'agent');
      const result = mergeResultSchema.parse(
        (await merge(older.id, { source_ids: [newer.id] }, lateToken)).body,
      );
      expect(result.merge.sla_breaches.map((breach) => [breach.ticket_id, breach.clock])).toEqual(
        expect.arrayContaining([
          [older.id, 'first_response'],
          [newer.id, 'first_response'],
        ]),
      );
      const note = result.target.messages.find((message) => message.kind === 'note');
      expect(note?.body).toContain(`#${newer.number}`);
      clockOffset = 38 * day;
      const undo = await service.request('POST', `/api/merges/${result.merge.id}/undo`, {
        token: await login('agent@example.com', 'agent'),
      });
      expect(undo.status).toBe(409);
      expect(apiErrorSchema.parse(undo.body).error.code).toBe('undo_expired');
    } finally {
      clockOffset = 0;
      // Signing in a month ahead dropped the agent's sessions that had ended by then.
      agentToken = await login('agent@example.com', 'agent');
    }
  });

  it('applies a merge and an undo sent with an Idempotency-Key once, and answers a retry with the first answer', async () => {
    const target = await fileTicket({ subject: 'Deposit missing' });
    const source = await fileTicket({ subject: 'Deposit missing again' });
    const send = () =>
      service.request('POST', `/api/tickets/${target.id}/merge`, {
        token: agentToken,
        body: { source_ids: [source.id] },
        headers: { 'Idempotency-Key': 'merge-once-1' },
      });
    const first = await send();
    expect(first.status).toBe(201);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.text).toBe(first.text);
    // One merge on record, one copy of the source's opening message on the target.
    const history = mergeListSchema.parse(
      (await service.request('GET', `/api/tickets/${target.id}/merges`, { token: agentToken })).body,
    );
    expect(history.merges).toHaveLength(1);
    expect(
      (await ticket(target.id)).messages.filter((m) => m.merged_from_ticket_id === source.id),
    ).toHaveLength(1);

    // The same key for another request is refused and writes nothing.
    const other = await fileTicket();
    const reused = await service.request('POST', `/api/tickets/${other.id}/merge`, {
      token: agentToken,
      body: { source_ids: [target.id] },
      headers: { 'Idempotency-Key': 'merge-once-1' },
    });
    expect(reused.status).toBe(422);
    expect(apiErrorSchema.parse(reused.body).error.code).toBe('idempotency_key_reused');

    const mergeId = mergeResultSchema.parse(first.body).merge.id;
    const undo = () =>
      service.request('POST', `/api/merges/${mergeId}/undo`, {
        token: agentToken,
        headers: { 'Idempotency-Key': 'undo-once-1' },
      });
    const undone = await undo();
    expect(undone.status).toBe(200);
    const undoneAgain = await undo();
    // A plain second undo would be refused as already_undone; the retry gets the first answer instead.
    expect(undoneAgain.status).toBe(200);
    expect(undoneAgain.text).toBe(undone.text);
    expect((await ticket(source.id)).merged_into_ticket_id ?? null).toBeNull();
  });

  it('stores nothing under the key of a refused merge, so the corrected request under it merges', async () => {
    const target = await fileTicket();
    const source = await fileTicket();
    const refused = await service.request('POST', `/api/tickets/${target.id}/merge`, {
      token: agentToken,
      body: { source_ids: [target.id] },
      headers: { 'Idempotency-Key': 'merge-refused-1' },
    });
    expect(refused.status).toBe(400);
    expect(apiErrorSchema.parse(refused.body).error.code).toBe('merge_into_itself');
    const accepted = await service.request('POST', `/api/tickets/${target.id}/merge`, {
      token: agentToken,
      body: { source_ids: [source.id] },
      headers: { 'Idempotency-Key': 'merge-refused-1' },
    });
    expect(accepted.status).toBe(201);
    expect((await ticket(source.id)).merged_into_ticket_id).toBe(target.id);
  });
});

describe.each(testEngines())('the merge audit log on $name', (engine) => {
  it('logs every merge and undo with who and when', async () => {
    const database = await engine.openDatabase();
    try {
      await migrate(database);
      const store = createTicketStore(database);
      const lead = await store.createAgent({
        email: 'lead@example.com',
        name: 'Lead',
        role: 'lead',
        password: 'long-lantern-orbit-47',
      });
      const target = await store.createTicket(newTicket());
      const source = await store.createTicket(newTicket());
      const merged = await store.merges.merge(target.id, { source_ids: [source.id] }, lead);
      if (!('merge' in merged)) {
        throw new Error(`merge refused: ${merged.refusal}`);
      }
      await store.merges.undo(merged.merge.id, lead);
      const rows = await database.query<{ action: string; agent_id: string }>(
        'select action, agent_id from audit_log order by id',
      );
      expect(rows).toEqual([
        { action: 'merge', agent_id: lead.id },
        { action: 'merge.undo', agent_id: lead.id },
      ]);
    } finally {
      await database.close();
    }
  });
});

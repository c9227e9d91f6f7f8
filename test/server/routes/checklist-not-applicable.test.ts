import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistKey } from '../../../shared/checklist/items';
import { missingRequiredKeys } from '../../../shared/checklist/marks';
import { composeMissingInfoRequest, missingInfoHint } from '../../../shared/checklist/missing-info-request';
import {
  apiErrorSchema,
  changeListSchema,
  ticketDetailSchema,
  ticketSchema,
  type Ticket,
} from '../../../shared/domain/schemas';
import { mergeResultSchema } from '../../../shared/domain/merge-schemas';
import { intakeReceiptSchema, type IntakeReceipt } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, signedInAgent, startTestService, type TestService } from '../helpers/service';

const transactionHash = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';

describe.each(testEngines())('an agent marks a checklist item not applicable on $name', (engine) => {
  let service: TestService;
  let agentToken: string;

  /** A deposit ticket from a customer: its rules require the TxID, which the text does not give. */
  async function fileTicket(overrides: Record<string, unknown> = {}): Promise<IntakeReceipt> {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({
        category: 'deposit_withdrawal',
        subject: 'Deposit missing',
        body: 'I deposited 0.5 ETH to my account and it has not arrived.',
        ...overrides,
      }),
    });
    expect(response.status).toBe(201);
    return intakeReceiptSchema.parse(response.body);
  }

  async function detail(id: string) {
    return ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${id}`, { token: agentToken })).body,
    );
  }

  function mark(id: string, marks: unknown) {
    return service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { checklist_marks: marks },
    });
  }

  async function marked(id: string, marks: unknown): Promise<Ticket> {
    const response = await mark(id, marks);
    expect(response.status).toBe(200);
    return ticketSchema.parse(response.body);
  }

  function itemOf(ticket: Pick<Ticket, 'checklist'>, key: ChecklistKey) {
    return ticket.checklist.items.find((item) => item.key === key);
  }

  /** The "Ask for missing info" request the console writes for the ticket as it stands. */
  function request(ticket: Pick<Ticket, 'checklist' | 'number'>): string | null {
    const missing = missingRequiredKeys(ticket.checklist);
    return missing.length === 0
      ? null
      : composeMissingInfoRequest({
          missing,
          language: 'en',
          customerName: 'Customer',
          agentName: 'Ana',
          ticketNumber: ticket.number,
        });
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    agentToken = await signedInAgent(service, 'ana@example.com');
  });

  afterAll(async () => {
    await service.stop();
  });

  it('takes a required item out of what is missing and out of the request, and records the change', async () => {
    const receipt = await fileTicket();
    const before = await detail(receipt.id);
    expect(itemOf(before, 'transaction_id')).toMatchObject({ required: true, present: false });
    expect(missingRequiredKeys(before.checklist)).toContain('transaction_id');
    expect(request(before)).toContain(missingInfoHint('transaction_id', 'en'));

    const seqBefore = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0')).body,
    ).next;
    const answer = await marked(receipt.id, [{ key: 'transaction_id', not_applicable: true }]);
    expect(answer.version).toBe(before.version + 1);
    expect(itemOf(answer, 'transaction_id')).toMatchObject({
      required: false,
      present: false,
      not_applicable: 'agent_marked',
    });
    expect(itemOf(answer, 'transaction_id')?.marked ?? null).toBeNull();

    const after = await detail(receipt.id);
    expect(itemOf(after, 'transaction_id')).toMatchObject({
      required: false,
      not_applicable: 'agent_marked',
    });
    expect(missingRequiredKeys(after.checklist)).not.toContain('transaction_id');
    // The other required item is still asked for; the TxID is not.
    expect(missingRequiredKeys(after.checklist)).toContain('occurred_at');
    expect(request(after)).not.toContain(missingInfoHint('transaction_id', 'en'));
    expect(request(after)).toContain(missingInfoHint('occurred_at', 'en'));

    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${seqBefore}`)).body,
    ).changes;
    expect(changes).toEqual([expect.objectContaining({ type: 'ticket.updated', ticket_id: receipt.id })]);
  });

  it('keeps the mark through a customer message, a category change and a merge', async () => {
    const receipt = await fileTicket();
    await marked(receipt.id, [{ key: 'transaction_id', not_applicable: true }]);

    const answered = await service.request('POST', `/api/tickets/${receipt.id}/customer-messages`, {
      token: receipt.access_token,
      body: { body: 'It was yesterday at 14:20, sent from my other exchange.' },
    });
    expect(answered.status).toBe(201);
    const afterAnswer = await detail(receipt.id);
    // The answer was read (the time is found now), and the mark stayed.
    expect(itemOf(afterAnswer, 'occurred_at')?.present).toBe(true);
    expect(itemOf(afterAnswer, 'transaction_id')).toMatchObject({
      required: false,
      not_applicable: 'agent_marked',
    });
    expect(request(afterAnswer) ?? '').not.toContain(missingInfoHint('transaction_id', 'en'));

    const general = await service.request('PATCH', `/api/tickets/${receipt.id}`, {
      token: agentToken,
      body: { category: 'general' },
    });
    expect(general.status).toBe(200);
    const back = ticketSchema.parse(
      (
        await service.request('PATCH', `/api/tickets/${receipt.id}`, {
          token: agentToken,
          body: { category: 'deposit_withdrawal' },
        })
      ).body,
    );
    expect(itemOf(back, 'transaction_id')).toMatchObject({ required: false, not_applicable: 'agent_marked' });

    // A merge re-evaluates the target over both threads; the hand mark still holds.
    const source = await fileTicket({ body: 'Still nothing credited, please check my ETH deposit.' });
    const merge = await service.request('POST', `/api/tickets/${receipt.id}/merge`, {
      token: agentToken,
      body: { source_ids: [source.id] },
    });
    expect(merge.status).toBe(201);
    const target = mergeResultSchema.parse(merge.body).target;
    expect(itemOf(target, 'transaction_id')).toMatchObject({
      required: false,
      not_applicable: 'agent_marked',
    });
    expect(itemOf(await detail(receipt.id), 'transaction_id')?.not_applicable).toBe('agent_marked');
  });

  it('clears the mark again, so the item is required and asked for once more', async () => {
    const receipt = await fileTicket();
    await marked(receipt.id, [{ key: 'transaction_id', not_applicable: true }]);
    const cleared = await marked(receipt.id, [{ key: 'transaction_id', not_applicable: false }]);
    const item = itemOf(cleared, 'transaction_id');
    expect(item).toMatchObject({ required: true, present: false });
    expect(item?.not_applicable ?? null).toBeNull();
    expect(request(await detail(receipt.id))).toContain(missingInfoHint('transaction_id', 'en'));

    // "Applies again" leaves a present/missing mark alone; "not applicable" replaces it; null clears any mark.
    await marked(receipt.id, [{ key: 'device', present: true }]);
    const untouched = await marked(receipt.id, [{ key: 'device', not_applicable: false }]);
    expect(itemOf(untouched, 'device')).toMatchObject({ present: true, marked: true });
    const replaced = await marked(receipt.id, [{ key: 'device', not_applicable: true }]);
    expect(itemOf(replaced, 'device')).toMatchObject({ present: false, not_applicable: 'agent_marked' });
    expect(itemOf(replaced, 'device')?.marked ?? null).toBeNull();
    const reset = await marked(receipt.id, [{ key: 'device', present: null }]);
    expect(itemOf(reset, 'device')?.not_applicable ?? null).toBeNull();
  });

  it('keeps the hand mark when the customer provides the item after all', async () => {
    const receipt = await fileTicket();
    await marked(receipt.id, [{ key: 'transaction_id', not_applicable: true }]);
    await service.request('POST', `/api/tickets/${receipt.id}/customer-messages`, {
      token: receipt.access_token,
      body: { body: `Found it after all: ${transactionHash}` },
    });
    // The evidence shows (the agent may want it), yet the item stays out of what is asked.
    const item = itemOf(await detail(receipt.id), 'transaction_id');
    expect(item).toMatchObject({ present: true, evidence: transactionHash, not_applicable: 'agent_marked' });
  });

  it('lets an agent overrule an automatic "not applicable", through a customer answer, until reset', async () => {
    const receipt = await fileTicket({
      subject: 'Withdrawal pending',
      body: 'I withdrew 300 USDT on TRC20 this morning and it still shows pending.',
    });
    const automatic = await detail(receipt.id);
    expect(itemOf(automatic, 'transaction_id')).toMatchObject({
      required: false,
      not_applicable: 'withdrawal_pending',
    });
    const seqBefore = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0')).body,
    ).next;
    const overruled = await marked(receipt.id, [{ key: 'transaction_id', not_applicable: false }]);
    const item = itemOf(overruled, 'transaction_id');
    expect(item).toMatchObject({
      required: true,
      present: false,
      applies: { reason: 'agent_marked', overrides: 'withdrawal_pending' },
    });
    expect(item?.not_applicable ?? null).toBeNull();
    // A change the consoles hear about, and "Ask for missing info" asks for the TxID now.
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${seqBefore}`)).body,
    ).changes;
    expect(changes).toEqual([expect.objectContaining({ type: 'ticket.updated', ticket_id: receipt.id })]);
    expect(request(await detail(receipt.id))).toContain(missingInfoHint('transaction_id', 'en'));

    // The customer writes again (re-evaluation): the agent's mark still wins over the rule.
    await service.request('POST', `/api/tickets/${receipt.id}/customer-messages`, {
      token: receipt.access_token,
      body: { body: 'It is still pending, please check.' },
    });
    expect(itemOf(await detail(receipt.id), 'transaction_id')).toMatchObject({
      required: true,
      applies: { reason: 'agent_marked', overrides: 'withdrawal_pending' },
    });

    // Back to automatic: the rule's reason returns and nothing is asked for.
    const reset = await marked(receipt.id, [{ key: 'transaction_id', present: null }]);
    expect(itemOf(reset, 'transaction_id')).toMatchObject({
      required: false,
      not_applicable: 'withdrawal_pending',
    });
    expect(itemOf(reset, 'transaction_id')?.applies ?? null).toBeNull();
  });

  it('refuses a malformed mark with a clear 400 and stores nothing', async () => {
    const receipt = await fileTicket();
    const before = await detail(receipt.id);
    const both = await mark(receipt.id, [{ key: 'transaction_id', present: false, not_applicable: true }]);
    expect(both.status).toBe(400);
    expect(apiErrorSchema.parse(both.body).error).toMatchObject({
      code: 'invalid_value',
      field: 'checklist_marks.0',
    });
    expect(apiErrorSchema.parse(both.body).error.message).toContain('exactly one of present');
    const neither = await mark(receipt.id, [{ key: 'transaction_id' }]);
    expect(neither.status).toBe(400);
    expect(apiErrorSchema.parse(neither.body).error.message).toContain('not_applicable');
    const wrongType = await mark(receipt.id, [{ key: 'transaction_id', not_applicable: 'yes' }]);
    expect(wrongType.status).toBe(400);
    expect(apiErrorSchema.parse(wrongType.body).error.field).toBe('checklist_marks.0.not_applicable');
    const nullMark = await mark(receipt.id, [{ key: 'transaction_id', not_applicable: null }]);
    expect(nullMark.status).toBe(400);
    const unknownKey = await mark(receipt.id, [{ key: 'shoe_size', not_applicable: true }]);
    expect(unknownKey.status).toBe(400);
    const after = await detail(receipt.id);
    expect(after.version).toBe(before.version);
    expect(itemOf(after, 'transaction_id')).toMatchObject({ required: true });
  });
});

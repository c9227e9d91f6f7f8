import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsSchema, type LanguageQuality } from '../../../shared/domain/metrics-schemas';
import { apiErrorSchema, ticketDetailSchema, type TicketDetail } from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { triageStatusSchema } from '../../../shared/triage/wire-schemas';
import { deskHistoryRecords } from '../helpers/desk-history';
import { testEngines } from '../helpers/engines';
import { startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('quality per language on the Metrics answer ($name)', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
    const imported = await service.request('POST', '/api/import', { body: deskHistoryRecords('quality') });
    expect(imported.status, imported.text).toBe(200);
    // The import answers once the model trained on it is in force.
    const status = triageStatusSchema.parse((await service.request('GET', '/api/triage')).body);
    expect(status.model).not.toBeNull();
  });

  afterAll(async () => {
    await service.stop();
  });

  async function file(email: string, subject: string, body = subject): Promise<TicketDetail> {
    const response = await service.request('POST', '/api/tickets', {
      body: { requester: { email }, subject, body },
    });
    expect(response.status, response.text).toBe(201);
    const receipt = intakeReceiptSchema.parse(response.body);
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${receipt.id}`)).body);
  }

  async function patch(id: string, body: unknown): Promise<void> {
    const response = await service.request('PATCH', `/api/tickets/${id}`, { body });
    expect(response.status, response.text).toBe(200);
  }

  async function quality(query = ''): Promise<Record<string, LanguageQuality>> {
    const response = await service.request('GET', `/api/metrics${query}`);
    expect(response.status, response.text).toBe(200);
    const metrics = metricsSchema.parse(response.body);
    expect(metrics.quality_by_language?.map((entry) => entry.language)).toEqual(['ko', 'en', 'zh', 'other']);
    return Object.fromEntries((metrics.quality_by_language ?? []).map((entry) => [entry.language, entry]));
  }

  it('counts nothing before agents correct anything', async () => {
    const empty = await quality();
    expect(empty.ko).toMatchObject({
      tickets: 0,
      triage: { count: 0, total: 0, rate: null },
      duplicates: { offers: 0, merged: 0, dismissed: 0, pending: 0, acceptance: { rate: null } },
      checklist: { corrections: 0, corrected_tickets: 0, per_100_tickets: null },
    });
  });

  it("puts agents' triage, duplicate and checklist corrections under the ticket's language", async () => {
    // Triage: a Korean ticket confirmed, a Korean ticket corrected, a Chinese one solved as suggested, an
    // English one nobody touched (not judged).
    const koreanWithdrawal = await file(
      'ko1@example.com',
      '출금 신청한 지 세 시간이 지났는데 지갑에 안 들어왔어요',
    );
    const koreanLogin = await file('ko2@example.com', '비밀번호를 잊어버려서 로그인이 안 돼요 도와주세요');
    const chineseLogin = await file('zh1@example.com', '我忘记密码了，无法登录账户，怎么办');
    const english = await file('en1@example.com', 'My withdrawal of USDT is still pending after three hours');
    expect([
      koreanWithdrawal.language,
      koreanLogin.language,
      chineseLogin.language,
      english.language,
    ]).toEqual(['ko', 'ko', 'zh', 'en']);
    expect(koreanWithdrawal.suggested_category?.category).toBe('withdrawal');
    expect(koreanLogin.suggested_category?.category).toBe('account_security');
    expect(chineseLogin.suggested_category?.category).toBe('account_security');
    await patch(koreanWithdrawal.id, { category: 'withdrawal' });
    await patch(koreanLogin.id, { category: 'withdrawal' });
    await patch(chineseLogin.id, { category: 'account_security' });
    await service.request('POST', `/api/tickets/${chineseLogin.id}/messages`, {
      body: { kind: 'reply', body: 'Reset link sent.' },
    });
    await patch(chineseLogin.id, { status: 'solved' });

    const triage = await quality();
    expect(triage.ko?.triage).toEqual({ count: 1, total: 2, rate: 0.5 });
    expect(triage.zh?.triage).toEqual({ count: 1, total: 1, rate: 1 });
    expect(triage.en?.triage).toEqual({ count: 0, total: 0, rate: null });
    expect(triage.ko?.tickets).toBe(2);

    // Duplicates: a Korean resubmission dismissed, an English one merged, a Chinese one left pending.
    const koreanAgain = await file(
      'ko1@example.com',
      '[재문의] 출금 신청한 지 세 시간이 지났는데 지갑에 안 들어왔어요',
    );
    expect(koreanAgain.possible_duplicates.map((offer) => offer.id)).toContain(koreanWithdrawal.id);
    const dismissed = await service.request(
      'POST',
      `/api/tickets/${koreanAgain.id}/duplicates/${koreanWithdrawal.id}/dismiss`,
    );
    expect(dismissed.status, dismissed.text).toBe(200);
    expect(
      ticketDetailSchema.omit({ messages: true, attachments: true }).parse(dismissed.body)
        .possible_duplicates,
    ).toEqual([]);
    // Sent again (a retry) it changes nothing; an id never offered is refused.
    const again = await service.request(
      'POST',
      `/api/tickets/${koreanAgain.id}/duplicates/${koreanWithdrawal.id}/dismiss`,
    );
    expect(again.status).toBe(200);
    const notOffered = await service.request(
      'POST',
      `/api/tickets/${koreanAgain.id}/duplicates/${english.id}/dismiss`,
    );
    expect(notOffered.status).toBe(404);
    expect(apiErrorSchema.parse(notOffered.body).error).toMatchObject({
      code: 'not_offered',
      field: 'duplicate_id',
    });
    const noTicket = await service.request(
      'POST',
      `/api/tickets/00000000-0000-4000-8000-000000000000/duplicates/${english.id}/dismiss`,
    );
    expect(noTicket.status).toBe(404);

    const englishAgain = await file(
      'en1@example.com',
      'Any update? My withdrawal of USDT is still pending after three hours',
    );
    expect(englishAgain.possible_duplicates.map((offer) => offer.id)).toContain(english.id);
    const merged = await service.request('POST', `/api/tickets/${english.id}/merge`, {
      body: { source_ids: [englishAgain.id] },
    });
    expect(merged.status, merged.text).toBe(201);
    // The customer writes again: reopened, the earlier ticket is a merge candidate (a solved one would be
    // listed as related history, docs/duplicates.md "Status and merges").
    await patch(chineseLogin.id, { status: 'open' });
    const chineseAgain = await file('zh1@example.com', '还没解决：我忘记密码了，无法登录账户，怎么办');
    expect(chineseAgain.possible_duplicates.map((offer) => offer.id)).toContain(chineseLogin.id);

    const duplicates = await quality();
    expect(duplicates.ko?.duplicates).toMatchObject({ offers: 1, merged: 0, dismissed: 1, pending: 0 });
    expect(duplicates.ko?.duplicates.acceptance).toEqual({ count: 0, total: 1, rate: 0 });
    expect(duplicates.en?.duplicates).toMatchObject({ offers: 1, merged: 1, dismissed: 0, pending: 0 });
    expect(duplicates.en?.duplicates.acceptance).toEqual({ count: 1, total: 1, rate: 1 });
    expect(duplicates.zh?.duplicates).toMatchObject({ offers: 1, merged: 0, dismissed: 0, pending: 1 });
    // Read again, the ticket no longer offers the dismissed ticket (the banner counts the rest).
    const reread = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${koreanAgain.id}`)).body,
    );
    expect(reread.possible_duplicates).toEqual([]);

    // Checklist: on the Chinese ticket, the device marked present though extraction found none (a
    // correction) and the steps marked as extraction found them (no correction); on a Korean ticket a
    // correction set and then taken back.
    const chineseItems = new Map(chineseLogin.checklist.items.map((item) => [item.key, item.present]));
    expect(chineseItems.get('device')).toBe(false);
    await patch(chineseLogin.id, {
      checklist_marks: [
        { key: 'device', present: true },
        { key: 'steps', present: chineseItems.get('steps') ?? false },
      ],
    });
    await patch(koreanLogin.id, { checklist_marks: [{ key: 'device', present: true }] });
    await patch(koreanLogin.id, { checklist_marks: [{ key: 'device', present: null }] });

    const checklist = await quality();
    expect(checklist.zh?.checklist).toEqual({
      corrections: 1,
      corrected_tickets: 1,
      per_100_tickets: 50, // one correction over the range's two Chinese tickets
    });
    expect(checklist.ko?.checklist).toEqual({ corrections: 0, corrected_tickets: 0, per_100_tickets: 0 });

    // The page's filters apply: a category keeps its tickets only; the month of the imported history holds
    // its four Korean tickets and none of the agents' corrections.
    const withdrawals = await quality('?category=withdrawal');
    expect(withdrawals.ko?.triage).toEqual({ count: 1, total: 2, rate: 0.5 });
    expect(withdrawals.zh?.triage.total).toBe(0);
    const earlier = await quality('?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z');
    expect(earlier.ko).toMatchObject({
      tickets: 4,
      triage: { total: 0 },
      duplicates: { offers: 0 },
      checklist: { corrections: 0 },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketDetailSchema, type TicketDetail } from '../../../shared/domain/schemas';
import { createDuplicateService } from '../../../server/duplicates/duplicate-service';
import { discardLog } from '../../../server/logger';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { prepareIntake } from '../../../server/tickets/intake';
import { testEngines } from '../helpers/engines';
import { fileTicket } from '../helpers/file-ticket';
import { startTestService, type TestService } from '../helpers/service';

const original = {
  subject: 'BTC withdrawal pending for 3 hours',
  body: 'I requested a withdrawal of 0.42 BTC to my Ledger this morning and it is still pending.',
  category: 'deposit_withdrawal',
};

describe.each(testEngines())('duplicate detection at intake on $name', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
  });

  afterAll(async () => {
    await service.stop();
  });

  const file = (email: string, ticket: Record<string, unknown>): Promise<string> =>
    fileTicket(service, email, ticket);

  async function read(id: string): Promise<TicketDetail> {
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
  }

  it("shows a resubmission the customer's earlier ticket as the top possible duplicate", async () => {
    const first = await file('dana@example.com', original);
    const again = await file('Dana@Example.com', {
      subject: 'Where is my bitcoin??',
      body: 'Any update? I withdrew 0.42 bitcoin to my hardware wallet this morning and it still has not arrived.',
    });
    expect((await read(first)).possible_duplicates).toEqual([]);
    const resubmission = await read(again);
    expect(resubmission.possible_duplicates[0]?.id).toBe(first);
    expect(resubmission.possible_duplicates[0]?.score).toBeGreaterThan(0.45);
    expect(resubmission.possible_duplicates[0]?.score).toBeLessThanOrEqual(1);
  });

  it('recognizes a Korean resubmission of a Korean ticket', async () => {
    const first = await file('minsu@example.com', {
      subject: '리플 출금 지연',
      body: '어제 XRP 500개 출금했는데 아직 지갑에 안 들어왔어요.',
    });
    const again = await file('minsu@example.com', {
      subject: '[재문의] XRP 출금 미도착',
      body: '답변이 없어서 다시 문의드립니다. 리플 출금한 게 아직도 도착하지 않았습니다.',
    });
    expect((await read(again)).possible_duplicates.map((match) => match.id)).toEqual([first]);
  });

  it('does not call a different problem from the same customer a duplicate', async () => {
    await file('erin@example.com', original);
    const kyc = await file('erin@example.com', {
      subject: 'How long does KYC take?',
      body: 'I uploaded my passport and a selfie for identity verification two days ago. When will it be approved?',
      category: 'kyc',
    });
    expect((await read(kyc)).possible_duplicates).toEqual([]);
  });

  it("lists another customer's report of the same problem as related, on both tickets", async () => {
    const first = await file('farid@example.com', {
      subject: 'SOL withdrawal stuck',
      body: 'My Solana withdrawal has been processing for two hours, is the network down?',
      category: 'deposit_withdrawal',
    });
    const second = await file('grace@example.com', {
      subject: 'SOL withdrawals delayed?',
      body: 'My SOL withdrawal is pending for over an hour. Is there a problem with Solana withdrawals?',
      category: 'deposit_withdrawal',
    });
    const later = await read(second);
    expect(later.possible_duplicates).toEqual([]);
    expect(later.related.map((match) => match.id)).toContain(first);
    // The first reporter's ticket learns of the cluster right after the second one is stored.
    let earlier = await read(first);
    for (
      let attempt = 0;
      attempt < 50 && !earlier.related.some((match) => match.id === second);
      attempt += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      earlier = await read(first);
    }
    expect(earlier.related.map((match) => match.id)).toContain(second);
    expect(earlier.version).toBe(1);
  });

  it('finds resubmissions of imported history', async () => {
    const created = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
    const imported = await service.request('POST', '/api/import', {
      body: [
        {
          external_id: 'duplicates-history-1',
          requester: { email: 'hana@example.com', name: 'Hana' },
          subject: '谷歌验证丢失',
          body: '我换了手机，谷歌验证器没有了，现在登录需要验证码，无法登录。',
          category: 'account_security',
          status: 'open',
          created_at: created,
        },
      ],
    });
    expect(imported.status).toBe(200);
    const list = (await service.request('GET', '/api/tickets?q=%E8%B0%B7%E6%AD%8C')).body as {
      tickets: { id: string }[];
    };
    const historic = list.tickets[0]?.id;
    expect(historic).toBeDefined();
    const again = await file('hana@example.com', {
      subject: '还没人回复吗？二次验证',
      body: '我昨天已经提交过了。手机换了以后谷歌验证码没有了，登不上账户。',
    });
    expect((await read(again)).possible_duplicates[0]?.id).toBe(historic);
  });
});

describe.each(testEngines())('the duplicate index at start on $name', (engine) => {
  it('loads the stored tickets, so a resubmission after a restart is still found', async () => {
    const database = await engine.openDatabase();
    try {
      await migrate(database);
      const store = createTicketStore(database);
      const request = {
        requester: { email: 'ivan@example.com', name: 'Ivan', locale: 'en' },
        subject: 'ETH deposit not credited',
        body: 'I deposited 1.5 ETH from MetaMask two hours ago and my balance is still zero.',
      };
      const stored = await store.createTicket(prepareIntake(request, []));
      const duplicates = createDuplicateService({ database, log: discardLog });
      expect(await duplicates.catchUp()).toBe(1);
      expect(await duplicates.catchUp()).toBe(0);
      const annotation = duplicates.annotate(
        {
          requester: { email: 'IVAN@example.com' },
          subject: 'Ethereum deposit missing',
          body: 'My 1.5 ETH transfer from MetaMask is confirmed on chain but not in my account.',
          categoryKey: null,
        },
        new Date(),
      );
      expect(annotation.possibleDuplicates.map((match) => match.id)).toEqual([stored.id]);
      expect(duplicates.size).toBe(2);
      duplicates.forget(annotation.id);
      expect(duplicates.size).toBe(1);
    } finally {
      await database.close();
    }
  });
});

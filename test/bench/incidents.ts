import { randomBytes } from 'node:crypto';
import { createIncidentService } from '../../server/incidents/incident-service';
import { linkTickets } from '../../server/incidents/incident-store';
import { startService } from '../../server/service';
import type { SqlDatabase } from '../../server/storage/database';
import { migrate } from '../../server/storage/migrate';
import { openPgliteDatabase } from '../../server/storage/pglite-database';
import { openPostgresDatabase } from '../../server/storage/postgres-database';
import { createTicketStore } from '../../server/storage/ticket-store';
import { bulkTicketFromRecord } from '../../server/tickets/import';
import { quantile, type BenchResult } from './table';

/**
 * Incidents (issue 20): one update posted to 10,000 linked tickets (target: at most 30 s, each ticket
 * exactly once, in its language), on PGlite and on PostgreSQL; and the help center's intake preview
 * (`POST /api/intake/preview`, p95 at most 30 ms) against a running service with live incidents.
 */

const languages = ['ko', 'en', 'zh'] as const;
const subjects = { ko: '리플 입금 지연', en: 'XRP deposit delayed', zh: 'XRP 充值延迟' };
const bodies = {
  ko: '리플 입금이 아직 반영되지 않았습니다.',
  en: 'My XRP deposit has not been credited yet.',
  zh: '我的XRP充值还没有到账。',
};
const update = {
  ko: '리플 입금이 재개되었습니다. (벤치)',
  en: 'XRP deposits have resumed. (bench)',
  zh: 'XRP 充值已恢复。（基准）',
};

async function openBenchDatabase(databaseUrl: string | undefined): Promise<SqlDatabase> {
  if (databaseUrl === undefined) {
    return openPgliteDatabase({ dataDir: null });
  }
  const schema = `bench_incidents_${randomBytes(4).toString('hex')}`;
  const database = await openPostgresDatabase({ url: databaseUrl, schema, poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.query(`drop schema if exists ${schema} cascade`);
      await database.close();
    },
  };
}

/** Posts one update to `count` linked tickets and checks each got exactly one reply in its language. */
export async function benchIncidentUpdate(options: {
  label: string;
  databaseUrl?: string;
  count: number;
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const database = await openBenchDatabase(options.databaseUrl);
  try {
    await migrate(database);
    const store = createTicketStore(database);
    const now = Date.now();
    const records = Array.from({ length: options.count }, (_, index) => {
      const language = languages[index % languages.length] ?? 'en';
      return bulkTicketFromRecord({
        external_id: `bench-incident-${index}`,
        requester: { email: `customer${index}@example.com`, locale: language },
        subject: subjects[language],
        body: bodies[language],
        category: 'deposit_withdrawal',
        status: index % 10 === 0 ? 'new' : 'open',
        created_at: new Date(now - (index + 1) * 1000).toISOString(),
      });
    });
    await store.importTickets(records, 2000);
    const admin = await store.systemAdmin();
    const incidents = createIncidentService({
      database,
      onChangesCommitted: () => undefined,
      log: options.log,
    });
    const incident = await incidents.create(
      { title: update, body: update, categories: ['deposit_withdrawal'], status: 'identified' },
      admin,
    );
    const ids = (await database.query<{ id: string }>('select id from tickets')).map((row) => row.id);
    await database.transaction((transaction) => linkTickets(transaction, incident.id, ids, 'lead', admin.id));
    const write = {
      key: 'bench-update',
      agentId: admin.id,
      method: 'POST',
      path: `/api/incidents/${incident.id}/updates`,
      requestHash: 'bench',
      respond: (result: unknown) => (result === null ? null : { status: 201, body: result }),
    };
    const started = performance.now();
    const result = await incidents.postUpdate(
      incident.id,
      { body: update, status: 'resolved', set_ticket_status: 'solved' },
      admin,
      write,
    );
    const elapsedS = (performance.now() - started) / 1000;
    // A retry with the same key (a lost answer) must post nothing again.
    await incidents
      .postUpdate(incident.id, { body: update, set_ticket_status: 'solved' }, admin, write)
      .catch(() => undefined);
    const counts = await database.query<{
      replies: number | string;
      tickets: number | string;
      wrong: number | string;
    }>(
      `select count(*) as replies, count(distinct m.ticket_id) as tickets,
         count(*) filter (where m.body <> case t.language when 'ko' then $1 when 'zh' then $3 else $2 end) as wrong
       from messages m join tickets t on t.id = m.ticket_id where m.kind = 'reply'`,
      [update.ko, update.en, update.zh],
    );
    const solved = await database.query<{ count: number | string }>(
      "select count(*) as count from tickets where status = 'solved'",
    );
    const row = counts[0];
    const isExactlyOnce =
      row !== undefined &&
      Number(row.replies) === options.count &&
      Number(row.tickets) === options.count &&
      Number(row.wrong) === 0 &&
      Number(solved[0]?.count) === options.count &&
      result?.replied === options.count;
    options.log(
      `incident update (${options.label}): ${result?.replied ?? 0} replies in ${elapsedS.toFixed(2)} s; ` +
        `replies ${String(row?.replies)}, distinct tickets ${String(row?.tickets)}, wrong language ${String(row?.wrong)}, solved ${String(solved[0]?.count)}`,
    );
    return [
      {
        scenario: `incident update, ${options.count.toLocaleString('en')} linked tickets (${options.label})`,
        metric: 'one update to all',
        value: Math.round(elapsedS * 100) / 100,
        unit: 's',
        target: '<= 30',
      },
      {
        scenario: `incident update, ${options.count.toLocaleString('en')} linked tickets (${options.label})`,
        metric: 'tickets answered exactly once, in their language (after a retry)',
        value: isExactlyOnce ? 1 : 0,
        unit: 'share',
        target: '>= 1',
      },
    ];
  } finally {
    await database.close();
  }
}

const previewTexts = [
  {
    category: 'deposit_withdrawal',
    subject: '리플 입금',
    body: '어제 리플 입금했는데 아직 안 들어왔어요. 언제 반영되나요?',
  },
  {
    category: 'deposit_withdrawal',
    subject: 'XRP deposit',
    body: 'My XRP deposit from yesterday is still missing.',
  },
  {
    category: 'deposit_withdrawal',
    subject: 'XRP充值',
    body: '我昨天的瑞波币充值还没到账，请问什么时候到？',
  },
  {
    category: 'trade_execution',
    subject: 'Order stuck',
    body: 'My limit order 88123 was not filled at 14:02 although the price crossed.',
  },
  {
    category: 'account_security',
    subject: 'OTP 분실',
    body: '휴대폰을 바꿔서 OTP를 잃어버렸어요. 로그인이 안 됩니다.',
  },
  { category: null, subject: '', body: 'help' },
];

/** p95 of `POST /api/intake/preview` over `count` sequential requests against a running service. */
export async function benchIntakePreview(options: {
  count: number;
  log: (line: string) => void;
}): Promise<BenchResult> {
  const service = await startService({
    port: 0,
    dataDir: null,
    adminToken: 'bench-admin',
    intakeRateLimit: { max: 1_000_000, windowMs: 60_000 },
    analysisThread: false,
  });
  try {
    const post = (path: string, body: unknown, token?: string): Promise<Response> =>
      fetch(`${service.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    for (const title of [update, { en: 'ETH withdrawals paused' }, { en: 'Login slow' }]) {
      await post('/api/incidents', { title, body: title, categories: [] }, 'bench-admin');
    }
    const durations: number[] = [];
    for (let index = 0; index < options.count + 50; index += 1) {
      const text = previewTexts[index % previewTexts.length] ?? previewTexts[0];
      // Each keystroke's form differs a little, as typing does.
      const body = {
        ...text,
        body: `${text?.body ?? ''} ${index}`,
        requester: { email: 'kim@example.com', locale: 'ko' },
      };
      const started = performance.now();
      const response = await post('/api/intake/preview', body);
      await response.text();
      if (response.status !== 200) {
        throw new Error(`preview answered ${response.status}`);
      }
      if (index >= 50) {
        durations.push(performance.now() - started);
      }
    }
    const p95 = quantile(durations, 0.95);
    options.log(`intake preview: p50 ${quantile(durations, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
    return {
      scenario: `intake preview, ${options.count} requests (PGlite)`,
      metric: 'latency p95',
      value: Math.round(p95 * 100) / 100,
      unit: 'ms',
      target: '<= 30',
    };
  } finally {
    await service.close();
  }
}

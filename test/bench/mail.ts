import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { tableResolver } from '../../server/mail/authenticity';
import { startService } from '../../server/service';
import { composeMail, startCaptureServer, type CaptureServer } from '../mail/smtp';
import type { BenchResult } from './table';
import { loadTriageHistory } from './triage';

/** Customers' first mails in the three languages, with the identifiers the checklist looks for. */
const sampleMails = [
  {
    subject: '출금이 안 들어왔어요',
    text: '어제 오후 3시쯤 XRP 출금했는데 아직 도착하지 않았어요.\nTXID 3AC4911BC0F6D0B807BF2177CED8F1AB97CFFB5780944A55B15EE527613618F6 입니다.\n앱 재설치도 해봤습니다.',
  },
  {
    subject: 'USDT deposit not credited',
    text: 'My USDT deposit on TRC20 has not been credited after 2 hours.\nTx hash 0x4a55e8c1d6f0b2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b.\niPhone 14, iOS 17.2, app 1.45.2\n\nThanks,\nSam',
  },
  {
    subject: '限价单无法撤销',
    text: '昨天下午3点提交的限价单无法撤销，订单号 4f1c2e9a-7b3d-4e5f-9a1b-2c3d4e5f6a7b，已经重启过应用。',
  },
  {
    subject: 'API 401 invalid signature',
    text: 'API returns 401 invalid signature since this morning. I regenerated the key already.\nError: {"error":{"name":"invalid_query_payload"}}',
  },
];

async function waitFor(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends `mails` to the SMTP intake over `connections` pooled SMTP connections; resolves when all got 250. */
async function sendAll(port: number, mails: readonly { raw: Buffer; from: string }[], connections: number) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity,
  });
  try {
    await Promise.all(
      mails.map((mail) =>
        transport.sendMail({ envelope: { from: mail.from, to: ['help@exchange.test'] }, raw: mail.raw }),
      ),
    );
  } finally {
    transport.close();
  }
}

/**
 * The e-mail channel's throughput on PGlite, with the triage model trained on the history (so every mail
 * gets triage, duplicate search and the checklist, as at intake):
 * - inbound: `count` distinct customers' first mails (ko/en/zh, prebuilt by nodemailer's composer) sent by
 *   SMTP to the service's listener over `connections` connections, timed from the first send until every
 *   mail is a ticket (recorded, classified, checked by mailauth, threaded, taken in, acknowledgement
 *   queued);
 * - outbound: an agent's reply on `replies` of those tickets (`POST /api/tickets/:id/messages`), timed from
 *   the first reply until the relay (an in-process smtp-server) accepted every reply mail.
 * DNS for SPF/DKIM/DMARC is a table (no network): the figure is the service's work, not a resolver's. The
 * SMTP client and the relay run in the bench's own thread, so their CPU is charged to the figures.
 */
export async function benchMail(options: {
  count: number;
  connections: number;
  replies: number;
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'console-bench-mail-'));
  const adminToken = 'bench-admin-token';
  let relay: CaptureServer | null = null;
  let service: Awaited<ReturnType<typeof startService>> | null = null;
  try {
    relay = await startCaptureServer();
    service = await startService({
      port: 0,
      dataDir,
      adminToken,
      log: () => undefined,
      intakeRateLimit: { max: 1_000_000, windowMs: 60_000 },
      mail: {
        smtpPort: 0,
        smtpUrl: relay.url,
        mailFrom: 'Support <help@exchange.test>',
        signingSecret: 'bench-signing-secret',
        resolver: tableResolver({}),
        outboundPollMs: 1000,
      },
    });
    const running = service;
    const prepared = await loadTriageHistory({ url: running.url, adminToken });
    const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
      const answer = await fetch(`${running.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${adminToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!answer.ok) {
        throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
      }
      return answer.json();
    };
    const ticketTotal = async (): Promise<number> =>
      ((await call('GET', '/api/tickets?limit=1')) as { total: number }).total;
    const port = running.smtpPort ?? 0;

    const build = (index: number, prefix: string) => {
      const sample = sampleMails[index % sampleMails.length];
      const from = `${prefix}${index}@customer${index % 97}.example`;
      return composeMail({
        from: `Customer ${index} <${from}>`,
        to: 'help@exchange.test',
        subject: `${sample?.subject ?? ''} (${prefix} ${index})`,
        text: sample?.text ?? '',
        messageId: `<${prefix}-${index}@bench.example>`,
      }).then((raw) => ({ raw, from }));
    };
    // Warm-up: connections, JIT, the database's caches.
    const warmup = await Promise.all(Array.from({ length: 40 }, (_, index) => build(index, 'warmup')));
    const before = await ticketTotal();
    await sendAll(port, warmup, options.connections);
    await waitFor(
      async () => (await ticketTotal()) >= before + warmup.length,
      'the warm-up tickets',
      120_000,
    );

    const mails = await Promise.all(
      Array.from({ length: options.count }, (_, index) => build(index, 'bench')),
    );
    const start = await ticketTotal();
    const inboundStarted = performance.now();
    // CPU of this whole process (service, PGlite, the analysis thread, the SMTP client and relay): a figure
    // that a machine shared with other work does not distort the way wall time is.
    const cpuBefore = process.cpuUsage();
    await sendAll(port, mails, options.connections);
    const acceptedSeconds = (performance.now() - inboundStarted) / 1000;
    await waitFor(async () => (await ticketTotal()) >= start + options.count, 'the tickets', 600_000);
    const inboundSeconds = (performance.now() - inboundStarted) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerMail = (cpu.user + cpu.system) / 1000 / options.count;
    options.log(
      `mail: ${options.count} mails accepted by SMTP in ${acceptedSeconds.toFixed(1)} s, tickets in ${inboundSeconds.toFixed(1)} s`,
    );

    // Every first mail got an acknowledgement (one sender each: no rate limit): let them leave first, so the
    // outbound figure is the replies' own.
    const captured = relay;
    const acknowledgements = (): number =>
      captured.mails.filter((mail) => mail.parsed.headers.some((header) => header.key === 'auto-submitted'))
        .length;
    await waitFor(() => acknowledgements() >= warmup.length + options.count, 'the acknowledgements', 600_000);
    options.log(
      `mail: acknowledgements all sent ${((performance.now() - inboundStarted) / 1000).toFixed(1)} s after the first mail`,
    );

    // Outbound: agents answer tickets the timed mails opened.
    const listed = (await call(
      'GET',
      `/api/tickets?q=${encodeURIComponent('(bench ')}&limit=${options.replies}`,
    )) as { tickets: { id: string }[] };
    const ids = listed.tickets.map((ticket) => ticket.id);
    const isReply = (text: string | undefined): boolean => (text ?? '').includes('Bench reply');
    const repliesBefore = captured.mails.filter((mail) => isReply(mail.parsed.text)).length;
    const outboundStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < ids.length) {
          const id = ids[next];
          next += 1;
          await call('POST', `/api/tickets/${id}/messages`, {
            kind: 'reply',
            body: 'Bench reply: we are checking your request and will answer within 24 hours.',
          });
        }
      }),
    );
    await waitFor(
      () => captured.mails.filter((mail) => isReply(mail.parsed.text)).length >= repliesBefore + ids.length,
      'the reply mails',
      600_000,
    );
    const outboundSeconds = (performance.now() - outboundStarted) / 1000;
    options.log(`mail: ${ids.length} replies stored and mailed in ${outboundSeconds.toFixed(1)} s`);

    return [
      {
        scenario: 'e-mail inbound (PGlite)',
        metric: `${options.count} first mails by SMTP into tickets, ${options.connections} connections, ${prepared}`,
        value: (options.count / inboundSeconds) * 60,
        unit: 'mails/min',
        target: '>= 1000',
      },
      {
        scenario: 'e-mail inbound (PGlite)',
        metric: 'CPU per mail (the whole bench process, all threads)',
        value: cpuMsPerMail,
        unit: 'ms',
        target: '',
        note: `${Math.round(60_000 / cpuMsPerMail)} mails/min per busy core`,
      },
      {
        scenario: 'e-mail outbound (PGlite)',
        metric: `${ids.length} agents' replies stored, queued and accepted by the relay (SMTP)`,
        value: (ids.length / outboundSeconds) * 60,
        unit: 'mails/min',
        target: '',
        note: 'no target in the issue; measured',
      },
    ];
  } finally {
    await service?.close();
    await relay?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

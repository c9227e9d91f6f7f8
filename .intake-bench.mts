import { Worker } from 'node:worker_threads';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService } from './server/service';
const mode = process.argv[2] ?? 'dir';
const dataDir = mode === 'dir' ? mkdtempSync(join(tmpdir(), 'bench-')) : null;
const service = await startService({ port: 0, dataDir, adminToken: 'bench', ...(mode === 'pg' ? { databaseUrl: process.env.TEST_DATABASE_URL } : {}) });
const clientCode = `
const { parentPort, workerData } = require('node:worker_threads');
const body = JSON.stringify({ requester: { email: 'bench@example.com', name: 'Bench', locale: 'ko' }, subject: '출금 지연', body: '어제 XRP 출금했는데 아직 안 왔어요. TXID 3AC4911BC0F6D0B807BF2177CED8F1AB97CFFB5780944A55B15EE527613618F6', category: 'deposit_withdrawal' });
async function one() {
  const r = await fetch(workerData.url + '/api/tickets', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer bench' }, body });
  if (r.status !== 201) throw new Error(String(r.status));
  await r.arrayBuffer();
}
(async () => {
  for (let i = 0; i < 300; i++) await one();
  for (const concurrency of [1, 8, 32]) {
    const total = 3000; let next = 0;
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => { while (next++ < total) await one(); }));
    parentPort.postMessage(concurrency + ': ' + (total / ((performance.now() - start) / 1000)).toFixed(0) + ' tickets/s');
  }
  parentPort.postMessage('done');
})();
`;
const worker = new Worker(clientCode, { eval: true, workerData: { url: service.url } });
await new Promise<void>((resolve) => worker.on('message', (m) => { if (m === 'done') resolve(); else console.log(mode, 'concurrency', m); }));
await worker.terminate();
await service.close();

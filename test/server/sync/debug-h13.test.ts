import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { openSimulatedService } from './simulation-service';
it('debug', async () => {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'dbg-'));
  const service = await openSimulatedService(dir);
  const headers = { authorization: 'Bearer simulation-admin-token' };
  const response = await service.app.inject({ method: 'POST', url: '/api/tickets', headers, payload: { requester: { email: 'a@example.com' }, subject: 's', body: 'b' } });
  const id = response.json().id;
  process.stdout.write(`e ${performance.now() - t0} ${response.statusCode}\n`);
  const patched = await service.app.inject({ method: 'PATCH', url: `/api/tickets/${id}`, headers: { ...headers, 'If-Match': '1', 'Idempotency-Key': 'k1' }, payload: { priority: 'high' } });
  process.stdout.write(`f ${performance.now() - t0} ${patched.statusCode} ${patched.body.slice(0, 100)}\n`);
  const agent = await service.store.createAgent({ email: 'x@y.test', name: 'X', role: 'agent', password: null });
  const token = await service.store.issueToken(agent.id, 'simulation');
  for (const payload of [{ assignee_id: agent.id }, { status: 'on_hold' }, { assignee_id: null, status: 'open' }]) {
    const withKey = await service.app.inject({ method: 'PATCH', url: `/api/tickets/${id}`, headers: { authorization: `Bearer ${token}`, 'Idempotency-Key': JSON.stringify(payload).replace(/[^a-z]/g, '') }, payload });
    process.stdout.write(`h ${performance.now() - t0} ${withKey.statusCode} ${withKey.body.slice(0, 100)}\n`);
  }
  for (const payload of [{ priority: 'urgent' }]) {
    const withKey = await service.app.inject({ method: 'PATCH', url: `/api/tickets/${id}`, headers: { authorization: `Bearer ${token}`, 'If-Match': '1', 'Idempotency-Key': 'stale' }, payload });
    process.stdout.write(`h ${performance.now() - t0} ${withKey.statusCode} ${withKey.body.slice(0, 100)}\n`);
  }
  const plain = await service.app.inject({ method: 'PATCH', url: `/api/tickets/${id}`, headers: { ...headers }, payload: { priority: 'low' } });
  process.stdout.write(`g ${performance.now() - t0} ${plain.statusCode} ${plain.body.slice(0, 100)}\n`);
  await service.close();
}, 60_000);

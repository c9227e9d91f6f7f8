import { availableParallelism, loadavg } from 'node:os';
import { findSecrets } from '../../shared/safety/secrets';
import {
  maskedTexts,
  readHeldOutSet,
  readNegativeSet,
  readSecretSet,
  scoreSecretSet,
} from '../shared/safety/evaluation';
import { readBanking77 } from '../shared/triage/banking77';
import { quantile, type BenchResult } from './table';

/**
 * Secret detection (issue 15): false positives on all of banking77 and on the hard-negative set, recall
 * on the secret set, and the cost of detection on 2 KB tickets. The two sets are the project's own
 * (test/fixtures/safety); the rules were tuned on them and on banking77's first two false positives, so
 * all these are regression figures (docs/security.md, "Secret detection").
 */

const ticketSize = 2048;

/** 2 KB tickets made of the sets' own texts, in each language, with and without a secret in them. */
function twoKilobyteTickets(): { text: string; pasted: boolean }[] {
  const negatives = readNegativeSet();
  const secrets = readSecretSet();
  const tickets: { text: string; pasted: boolean }[] = [];
  for (const language of ['en', 'ko', 'zh'] as const) {
    const ordinary = negatives.filter((item) => item.language === language).map((item) => item.text);
    const pasted = secrets.filter((item) => item.language === language).map((item) => item.text);
    for (let start = 0; start < ordinary.length; start += 1) {
      let ticket = start % 4 === 0 ? `${pasted[start % pasted.length] ?? ''}\n` : '';
      for (let next = start; ticket.length < ticketSize; next += 1) {
        ticket += `${ordinary[next % ordinary.length] ?? ''}\n`;
      }
      tickets.push({ text: ticket.slice(0, ticketSize), pasted: start % 4 === 0 });
    }
  }
  return tickets;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export function benchSecrets(): BenchResult[] {
  const scenario = 'secret detection (in memory)';
  const banking77 = readBanking77().map((request) => request.text);
  const bankingMasked = maskedTexts(banking77).length;
  const negatives = readNegativeSet();
  const negativesMasked = maskedTexts(negatives.map((item) => item.text)).length;
  const recall = scoreSecretSet(readSecretSet());
  const heldOut = readHeldOutSet();
  const heldOutRecall = scoreSecretSet(heldOut.secrets);
  const heldOutMasked = maskedTexts(heldOut.negatives.map((item) => item.text)).length;

  const tickets = twoKilobyteTickets();
  // Warm-up: the first calls pay for JIT compilation, not for detection.
  for (const ticket of tickets) {
    findSecrets(ticket.text);
  }
  const wallTimes: number[] = [];
  const cpuTimes: number[] = [];
  const cpuTimesPasted: number[] = [];
  const cpuTimesOrdinary: number[] = [];
  for (let round = 0; round < 10; round += 1) {
    for (const ticket of tickets) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      findSecrets(ticket.text);
      wallTimes.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      const milliseconds = (cpu.user + cpu.system) / 1000;
      cpuTimes.push(milliseconds);
      (ticket.pasted ? cpuTimesPasted : cpuTimesOrdinary).push(milliseconds);
    }
  }
  return [
    {
      scenario,
      metric: `masks on banking77 (${banking77.length.toLocaleString('en')} requests)`,
      value: bankingMasked,
      unit: 'texts',
      target: '<= 0',
    },
    {
      scenario,
      metric: `masks on the hard-negative set (${negatives.length} tickets, ko/zh/en)`,
      value: negativesMasked,
      unit: 'texts',
      target: '<= 0',
    },
    {
      scenario,
      metric: `recall on the secret set (${recall.total} secrets, ko/zh/en)`,
      value: round(recall.found / recall.total),
      unit: '',
      target: '>= 1',
      note:
        recall.misses.length > 0 ? `missed: ${recall.misses.map((miss) => miss.id).join(', ')}` : undefined,
    },
    {
      scenario,
      // Held out: no target, a figure (docs/security.md gives its first score).
      metric: `held-out recall (${heldOutRecall.total} secrets) / masks (${heldOut.negatives.length} tickets)`,
      value: round(heldOutRecall.found / heldOutRecall.total),
      unit: '',
      target: '',
      note: `${heldOutMasked} of ${heldOut.negatives.length} ordinary tickets masked${heldOutRecall.misses.length > 0 ? `; missed: ${heldOutRecall.misses.map((miss) => miss.id).join(', ')}` : ''}`,
    },
    {
      scenario,
      // CPU time of the process during each call (getrusage, microseconds): what detection costs, whatever
      // else the shared machine runs. Wall time is below it.
      metric: `detection p95 CPU time, 2 KB ticket (${tickets.length} tickets x 10)`,
      value: round(quantile(cpuTimes, 0.95)),
      unit: 'ms',
      target: '<= 1',
      note: `p50 ${round(quantile(cpuTimes, 0.5))} ms; p95 ${round(quantile(cpuTimesOrdinary, 0.95))} ms without a secret, ${round(quantile(cpuTimesPasted, 0.95))} ms with one pasted (1 ticket in 4)`,
    },
    {
      scenario,
      metric: 'detection p95 wall time, 2 KB ticket',
      value: round(quantile(wallTimes, 0.95)),
      unit: 'ms',
      target: '',
      // Wall-clock figures on a shared machine: the load shows whether other work competed with the bench.
      note: `p50 ${round(quantile(wallTimes, 0.5))} ms; load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores`,
    },
  ];
}

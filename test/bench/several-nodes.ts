import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { testAdminToken } from '../server/helpers/service';
import {
  createNodeSchema,
  dropNodeSchema,
  readLog,
  startChildNode,
  type ChildNode,
} from '../server/cluster/nodes';
import { createAgentSessions, startSocketWorker, type SocketWorker } from './agent-sockets';
import { runLoad } from './intake';
import { atSteadyRate, changeMaker, type ChangeKind } from './several-nodes-changes';
import { quantile, type BenchResult } from './table';

/** Options of `benchSeveralNodes`. */
export interface SeveralNodesOptions {
  /** The PostgreSQL server; the nodes get a fresh schema of it, dropped at the end. */
  databaseUrl: string;
  nodes: number;
  /** Connected agents, one socket each, spread evenly over the nodes. */
  agents: number;
  /** Changes made through the first node, one every 1/rate seconds. */
  changesPerSecond: number;
  seconds: number;
  /** Tickets of each intake run (one node, then every node in turn). */
  intakeCount: number;
  intakeConcurrency: number;
  log(line: string): void;
}

const scenario = 'several nodes (PostgreSQL)';
const deliveryTarget = '<= 150';

/** The machine's load beside a figure: the 2 cores are shared, so a figure means little without it. */
function machineLoad(): string {
  const [one, five] = loadavg();
  return `load ${(one ?? 0).toFixed(2)}/${(five ?? 0).toFixed(2)} (1/5 min) on ${availableParallelism()} cores`;
}

/**
 * Issue 21's "Numbers": `nodes` service nodes (`server/cli.ts --cluster`, each a process of its own, so
 * they do not share an event loop) on one PostgreSQL, `agents` agents connected over WebSocket spread over
 * them. (a) Changes through the first node at a steady rate, agents' ticket edits, then tickets taken in:
 * how long until each reaches every agent's socket, and whether every socket heard every change of the log
 * exactly once. (b) Intake
 * throughput posted to one node, then round robin over every node. The agents' sockets live in worker
 * threads of this process, one per node; their event-loop delay is reported beside the figure, since a
 * saturated client delays arrivals.
 */
export async function benchSeveralNodes(options: SeveralNodesOptions): Promise<BenchResult[]> {
  const schema = `bench_nodes_${randomBytes(6).toString('hex')}`;
  const nodeUrl = await createNodeSchema(options.databaseUrl, schema);
  const nodes: ChildNode[] = [];
  const workers: SocketWorker[] = [];
  try {
    // One at a time: the first one migrates the fresh schema.
    for (let index = 0; index < options.nodes; index += 1) {
      nodes.push(await startChildNode(nodeUrl));
    }
    const urls = nodes.map((node) => node.url);
    const tokens = await createAgentSessions(options.databaseUrl, schema, options.agents);
    const connectStarted = performance.now();
    // One worker thread per node holds that node's agents' sockets (token i on node i mod n).
    for (const [index, url] of urls.entries()) {
      workers.push(
        await startSocketWorker(
          url,
          tokens.filter((_, tokenIndex) => tokenIndex % urls.length === index),
        ),
      );
    }
    options.log(
      `several nodes: ${tokens.length} sockets on ${urls.length} nodes in ` +
        `${((performance.now() - connectStarted) / 1000).toFixed(1)} s`,
    );
    // The presence snapshots that each connection sets off settle before the timing starts.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await warmUp(options, urls[0] as string);
    const delivery = [
      ...(await measureDelivery(options, urls[0] as string, workers, 'intake')),
      ...(await measureDelivery(options, urls[0] as string, workers, 'edit')),
    ];
    await Promise.all(workers.splice(0).map((worker) => worker.close()));
    const intake = await measureIntake(options, urls);
    return [...delivery, ...intake];
  } finally {
    await Promise.all(workers.splice(0).map((worker) => worker.close()));
    await Promise.all(nodes.map((node) => node.kill()));
    await dropNodeSchema(options.databaseUrl, schema);
  }
}

/**
 * Two seconds of both kinds of change, not timed: a node's first requests run cold code (measured: the
 * first timed run's p95 was several times the second's, whichever kind came first).
 */
async function warmUp(options: SeveralNodesOptions, url: string): Promise<void> {
  const count = Math.round(options.changesPerSecond * 2);
  await atSteadyRate(options.changesPerSecond, count, await changeMaker('edit', url, count));
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

/** (a): changes through `url` at a steady rate, timed to every socket, then checked against the log. */
async function measureDelivery(
  options: SeveralNodesOptions,
  url: string,
  workers: readonly SocketWorker[],
  kind: ChangeKind,
): Promise<BenchResult[]> {
  const count = Math.round(options.changesPerSecond * options.seconds);
  const makeChange = await changeMaker(kind, url, count);
  // The nodes finish what the preparation set off (each node indexes each new ticket) before the timing.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const startSeq = (await readLog(url)).at(-1)?.seq ?? 0;
  const loadBefore = machineLoad();
  workers.forEach((worker) => worker.start());
  const made = await atSteadyRate(options.changesPerSecond, count, makeChange);
  // Every change committed by now (routing included) is what each socket must have heard, once.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const log = await readLog(url, startSeq);
  const expected = log.map((change) => change.seq);
  const lastSeq = expected.at(-1) ?? startSeq;
  const reports = await Promise.all(workers.map((worker) => worker.report(lastSeq, expected.length, 5000)));
  const listening = reports.flatMap((report) => report.sockets);
  // Which node each socket is on (one worker per node, in the nodes' order): node 1 took the changes in.
  const nodeOf = reports.flatMap((report, node) => report.sockets.map(() => node));
  const loadAfter = machineLoad();

  // The change's own time is `changes.at`: PostgreSQL's now() in the writing transaction (its start, a
  // little before the commit), on the same machine's clock as the arrivals.
  const changedAt = new Map(log.map((change) => [change.seq, Date.parse(change.at)]));
  const firstSeqOf = new Map<string, number>();
  for (const change of log) {
    if (change.ticket_id !== null && !firstSeqOf.has(change.ticket_id)) {
      firstSeqOf.set(change.ticket_id, change.seq);
    }
  }
  const fromChange: number[] = [];
  const fromChangeByNode: number[][] = reports.map(() => []);
  const fromSent: number[] = [];
  let lost = 0;
  let doubled = 0;
  for (const [socketIndex, socket] of listening.entries()) {
    const arrivalOf = new Map<number, number>();
    socket.seqs.forEach((seq, index) => {
      if (arrivalOf.has(seq)) {
        doubled += 1;
      } else {
        arrivalOf.set(seq, socket.arrivals[index] ?? Number.NaN);
      }
    });
    for (const [seq, at] of changedAt) {
      const arrival = arrivalOf.get(seq);
      if (arrival === undefined) {
        lost += 1;
      } else {
        fromChange.push(arrival - at);
        fromChangeByNode[nodeOf[socketIndex] ?? 0]?.push(arrival - at);
      }
    }
    for (const change of made) {
      const arrival = arrivalOf.get(firstSeqOf.get(change.ticketId) ?? -1);
      if (arrival !== undefined) {
        fromSent.push(arrival - (performance.timeOrigin + change.sentAt));
      }
    }
  }
  const dropped = listening.filter((socket) => socket.dropped).length;
  const slowestClient = Math.max(...reports.map((report) => report.eventLoopDelayP99Ms));
  const clientDelay = `the sockets' threads' event-loop delay p99 up to ${slowestClient.toFixed(1)} ms`;
  const byNode = fromChangeByNode
    .map((latencies, node) => `node ${node + 1} p95 ${quantile(latencies, 0.95).toFixed(1)} ms`)
    .join(', ');
  const answers = made.map((change) => change.answeredAt - change.sentAt);
  const what = kind === 'intake' ? 'tickets taken in' : 'ticket edits (PATCH)';
  const shape = `${count} ${what} at ${options.changesPerSecond}/s through node 1, ${listening.length} agents on ${options.nodes} nodes`;
  options.log(
    `several nodes: ${shape}: p50 ${quantile(fromChange, 0.5).toFixed(1)} ms, p95 ${quantile(fromChange, 0.95).toFixed(1)} ms ` +
      `from the change (${byNode}); p95 ${quantile(fromSent, 0.95).toFixed(1)} ms from the request sent; answer p95 ${quantile(answers, 0.95).toFixed(1)} ms; ${clientDelay}; ${loadBefore} → ${loadAfter}`,
  );
  return [
    {
      scenario,
      metric: `change to every agent, p95 from the change's transaction (${shape})`,
      value: quantile(fromChange, 0.95),
      unit: 'ms',
      target: deliveryTarget,
      note: `p50 ${quantile(fromChange, 0.5).toFixed(1)} ms; ${byNode}; ${clientDelay}; ${loadBefore} → ${loadAfter}`,
    },
    {
      scenario,
      metric: `${kind === 'intake' ? 'intake' : 'edit'} to every agent, p95 from its request sent`,
      value: quantile(fromSent, 0.95),
      unit: 'ms',
      target: '',
      note: `includes the write itself: its answer p95 ${quantile(answers, 0.95).toFixed(1)} ms; ${loadAfter}`,
    },
    {
      scenario,
      metric: `deliveries lost + doubled (${expected.length} changes × ${listening.length} sockets, ${what})`,
      value: lost + doubled,
      unit: 'deliveries',
      target: '<= 0',
      note: `lost ${lost}, doubled ${doubled}, sockets dropped ${dropped}`,
    },
  ];
}

/** (b): the same intake load against the first node, then round robin over every node. */
async function measureIntake(options: SeveralNodesOptions, urls: readonly string[]): Promise<BenchResult[]> {
  const run = async (targets: readonly string[]): Promise<{ perSecond: number; load: string }> => {
    const seconds = await runLoad({
      urls: targets,
      adminToken: testAdminToken,
      count: options.intakeCount,
      concurrency: options.intakeConcurrency,
      warmup: 50,
    });
    return { perSecond: options.intakeCount / seconds, load: machineLoad() };
  };
  const one = await run(urls.slice(0, 1));
  const spread = await run(urls);
  const shape = `${options.intakeCount} tickets, ${options.intakeConcurrency} in flight`;
  options.log(
    `several nodes: intake ${one.perSecond.toFixed(0)}/s on one node (${one.load}), ` +
      `${spread.perSecond.toFixed(0)}/s over ${urls.length} (${spread.load})`,
  );
  return [
    {
      scenario,
      metric: `intake against one node (${shape})`,
      value: one.perSecond,
      unit: 'tickets/s',
      target: '',
      note: `no target in the issue; ${one.load}`,
    },
    {
      scenario,
      metric: `intake spread over ${urls.length} nodes, round robin (${shape})`,
      value: spread.perSecond,
      unit: 'tickets/s',
      target: '',
      note: `no target in the issue; ${spread.load}`,
    },
    {
      scenario,
      metric: `intake over ${urls.length} nodes ÷ one node`,
      value: spread.perSecond / one.perSecond,
      unit: '×',
      target: '',
      note: `every node and PostgreSQL share the machine's ${availableParallelism()} cores`,
    },
  ];
}

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { liveChangeEvent } from '../../shared/domain/schemas';
import { connectSocket, waitFor } from '../server/cluster/nodes';
import {
  inBatches,
  type HeardChanges,
  type SocketWorkerAnswer,
  type SocketWorkerData,
  type SocketWorkerRequest,
} from './agent-sockets';

/**
 * A worker thread of the several-nodes bench (`startSocketWorker`): one socket per token to one node, each
 * recording the seq and arrival time of every change it hears.
 */
async function hold(data: SocketWorkerData, port: NonNullable<typeof parentPort>): Promise<void> {
  const heard = await inBatches(data.tokens, 25, async (token): Promise<HeardChanges> => {
    const socket = await connectSocket(data.url, token);
    const changes: HeardChanges = { seqs: [], arrivals: [], dropped: false };
    // Only the seq is read: parsing each event with the contract's schema would charge 500 sockets'
    // validation to the arrival times.
    socket.on(liveChangeEvent, (change: { seq: number }) => {
      changes.arrivals.push(performance.timeOrigin + performance.now());
      changes.seqs.push(change.seq);
    });
    socket.on('disconnect', () => {
      changes.dropped = true;
    });
    return changes;
  });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  port.on('message', (request: SocketWorkerRequest) => {
    if (request.type === 'start') {
      for (const changes of heard) {
        changes.seqs.length = 0;
        changes.arrivals.length = 0;
      }
      delay.reset();
      delay.enable();
      return;
    }
    const isComplete = (): boolean =>
      heard.every(
        (changes) => changes.seqs.filter((seq) => seq <= request.lastSeq).length >= request.expected,
      );
    void waitFor(isComplete, request.timeoutMs).then(() => {
      delay.disable();
      port.postMessage({
        type: 'report',
        sockets: heard,
        eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
      } satisfies SocketWorkerAnswer);
    });
  });
  port.postMessage({ type: 'connected' } satisfies SocketWorkerAnswer);
}

if (parentPort !== null && workerData !== undefined && workerData !== null) {
  const port = parentPort;
  hold(workerData as SocketWorkerData, port).catch((error: unknown) =>
    port.postMessage({ type: 'error', error: String(error) } satisfies SocketWorkerAnswer),
  );
}

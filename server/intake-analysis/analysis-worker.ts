import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadTriageModel, type TriageModel } from '../../shared/triage/model';
import { maskIncoming } from '../safety/mask-incoming';
import { parseJsonBodyOnWorker } from '../http/json-body-parse';
import { analyzeIntake } from './analysis';
import type { AnalysisWorkerReply, AnalysisWorkerRequest } from './analysis-protocol';

/**
 * The analysis worker thread's entry: keeps its own copy of the triage model in force (the service sends
 * each new one) and analyzes intake requests in the order they arrive, so a model sent before a request
 * is the one that request is triaged with. It also masks the secrets of large texts, whose detection would
 * otherwise hold the service's thread (the text reaches nothing else before the masked copy comes back), and
 * parses large JSON request bodies (server/http/json-body.ts) for the same reason.
 */
let model: TriageModel | null = null;

const niceness = (workerData as { niceness?: number } | null)?.niceness ?? 0;
// On Linux a thread's niceness is its own (setpriority on the calling thread); elsewhere it is the whole
// process's, which must keep its own.
if (niceness > 0 && process.platform === 'linux') {
  try {
    setPriority(niceness);
  } catch {
    // Not allowed here: the worker runs at the service's priority.
  }
}

const port = parentPort;
if (port !== null) {
  port.on('message', (request: AnalysisWorkerRequest) => {
    if (request.type === 'model') {
      model = request.data === null ? null : loadTriageModel(request.data);
      return;
    }
    let reply: AnalysisWorkerReply;
    try {
      if (request.type === 'parse') {
        reply = { type: 'parsed', id: request.id, outcome: parseJsonBodyOnWorker(request.bytes) };
      } else if (request.type === 'mask') {
        reply = {
          type: 'masked',
          id: request.id,
          masked: maskIncoming(request.job.incoming, request.job.hint),
        };
      } else {
        reply = {
          type: 'analysis',
          id: request.id,
          analysis: analyzeIntake(request.input, (text) => model?.suggest(text) ?? null),
        };
      }
    } catch (error) {
      reply = { type: 'failure', id: request.id, message: String(error) };
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      // An answer that cannot cross threads fails its job alone; the worker goes on.
      port.postMessage({
        type: 'failure',
        id: request.id,
        message: String(error),
      } satisfies AnalysisWorkerReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies AnalysisWorkerReply);
}

import { parentPort } from 'node:worker_threads';
import { loadTriageModel, type TriageModel } from '../../shared/triage/model';
import { maskIncoming } from '../safety/mask-incoming';
import { analyzeIntake } from './analysis';
import type { AnalysisWorkerReply, AnalysisWorkerRequest } from './analysis-protocol';

/**
 * The analysis worker thread's entry: keeps its own copy of the triage model in force (the service sends
 * each new one) and analyzes intake requests in the order they arrive, so a model sent before a request
 * is the one that request is triaged with. It also masks the secrets of large texts, whose detection would
 * otherwise hold the service's thread (the text reaches nothing else before the masked copy comes back).
 */
let model: TriageModel | null = null;

const port = parentPort;
if (port !== null) {
  port.on('message', (request: AnalysisWorkerRequest) => {
    if (request.type === 'model') {
      model = request.data === null ? null : loadTriageModel(request.data);
      return;
    }
    let reply: AnalysisWorkerReply;
    try {
      reply =
        request.type === 'mask'
          ? { type: 'masked', id: request.id, masked: maskIncoming(request.job.incoming, request.job.hint) }
          : {
              type: 'analysis',
              id: request.id,
              analysis: analyzeIntake(request.input, (text) => model?.suggest(text) ?? null),
            };
    } catch (error) {
      reply = { type: 'failure', id: request.id, message: String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies AnalysisWorkerReply);
}

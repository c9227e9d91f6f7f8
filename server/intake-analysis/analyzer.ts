import type { Worker } from 'node:worker_threads';
import type { TriageModelData, TriageSuggestion } from '../../shared/triage/model';
import { startModuleWorker, workerEntryBeside } from '../threads/module-worker';
import { maskIncoming, type MaskedIncoming } from '../safety/mask-incoming';
import { analyzeIntake, type IntakeAnalysis, type IntakeAnalysisInput } from './analysis';
import { parseJsonBody, type JsonBodyOutcome } from '../http/json-body-parse';
import type { AnalysisWorkerReply, AnalysisWorkerRequest, MaskJob } from './analysis-protocol';

/**
 * Intake's text analysis (triage, checklist, language, duplicate description), on a worker thread when
 * asked: it is most of intake's CPU work, and off the service's thread it no longer holds up the API,
 * the database (PGlite runs on the service's thread) or the sockets while a burst of tickets arrives.
 */
export interface IntakeAnalyzer {
  analyze(input: IntakeAnalysisInput): Promise<IntakeAnalysis>;
  /**
   * `maskIncoming(job.incoming, job.hint)` on the worker thread (inline without one): for large texts, whose
   * secret detection would hold the service's thread. Rejects with `AnalysisQueueFullError` like `analyze`.
   */
  mask(job: MaskJob): Promise<MaskedIncoming>;
  /**
   * A JSON request body parsed by Fastify's rules (`parseJsonBody`), on the worker thread (inline without
   * one): a 1 MB body held the service's thread for milliseconds. Rejects with `AnalysisQueueFullError` like
   * `analyze`.
   */
  parseJson(bytes: Uint8Array): Promise<JsonBodyOutcome>;
  /** The triage model in force from now on (call it whenever the triage service loads or trains one). */
  setModel(data: TriageModelData | null): void;
  /** Where analyses run now: `worker` until the worker fails, then `inline`. */
  mode(): 'worker' | 'inline';
  /** Waits for the analyses under way, then stops the worker. */
  close(): Promise<void>;
}

/** Options of `createIntakeAnalyzer`. */
export interface IntakeAnalyzerOptions {
  /** Analyze on a worker thread; false analyzes on the caller's thread. */
  useWorker: boolean;
  /** The worker's entry module; `analysis-worker` beside this file by default (tests point it elsewhere). */
  workerEntry?: URL;
  /** The triage service's suggestion, for analyses on the caller's thread. */
  suggest: (text: string) => TriageSuggestion | null;
  log: (line: string) => void;
  /** The worker thread's OS niceness on Linux (0 by default): above 0, it yields the cores to the service's thread. */
  niceness?: number;
}

/** A job for the worker: an analysis or a masking, with what its caller waits for. */
type Job =
  | { type: 'analyze'; input: IntakeAnalysisInput; resolve(analysis: IntakeAnalysis): void }
  | { type: 'mask'; job: MaskJob; resolve(masked: MaskedIncoming): void }
  | { type: 'parse'; bytes: Uint8Array; resolve(outcome: JsonBodyOutcome): void };

type PendingAnalysis = Job & {
  reject(error: unknown): void;
  /** Characters to analyze: the queue takes the smallest first. */
  size: number;
  queuedAt: number;
};

/** The most analyses waiting for the worker; past it, intake answers 503 (`AnalysisQueueFullError`). */
export const analysisQueueLimit = 500;
/** Jobs the worker holds at once: enough to keep it busy between the service thread's turns (4 gave 319 tickets/s in the intake bench, 16 gave 426; one at a time, 187). */
const workerWindow = 16;
/** An analysis waiting this long goes next whatever its size, so a large body is delayed, never starved. */
const longestWaitMs = 2_000;

/** The characters a masking job scans: the queue takes the smallest job first. */
export function maskedLength(incoming: MaskJob['incoming']): number {
  let length = (incoming.subject?.length ?? 0) + incoming.body.length;
  for (const text of [...(incoming.attachmentNames ?? []), ...(incoming.labels ?? [])]) {
    length += text.length;
  }
  return length;
}

/** The worker's request for job `id`. */
function requestFor(id: number, job: Job): AnalysisWorkerRequest {
  switch (job.type) {
    case 'analyze':
      return { type: 'analyze', id, input: job.input };
    case 'mask':
      return { type: 'mask', id, job: job.job };
    case 'parse':
      return { type: 'parse', id, bytes: job.bytes };
  }
}

/** Thrown by `analyze` when `analysisQueueLimit` analyses are already waiting. */
export class AnalysisQueueFullError extends Error {
  constructor() {
    super('intake analysis is busy');
    this.name = 'AnalysisQueueFullError';
  }
}

/**
 * An analyzer. With `useWorker`, one worker thread analyzes; if it cannot start or dies, the analyses
 * under way and all later ones run on the caller's thread (nothing is lost, intake only gets slower), and
 * the failure is logged once.
 */
export function createIntakeAnalyzer(options: IntakeAnalyzerOptions): IntakeAnalyzer {
  const analyzeHere = (input: IntakeAnalysisInput): IntakeAnalysis => analyzeIntake(input, options.suggest);
  /** Runs a job on this thread and settles its caller. */
  const runHere = (job: PendingAnalysis): void => {
    try {
      if (job.type === 'analyze') {
        job.resolve(analyzeHere(job.input));
      } else if (job.type === 'parse') {
        // A body handed to the worker is no longer here (it was moved, not copied): its request fails.
        if (job.bytes.byteLength !== job.size) {
          throw new Error('the analysis worker stopped while it parsed this body');
        }
        job.resolve(parseJsonBody(job.bytes));
      } else {
        job.resolve(maskIncoming(job.job.incoming, job.job.hint));
      }
    } catch (error) {
      job.reject(error);
    }
  };
  const pending = new Map<number, PendingAnalysis>();
  // Analyses not yet sent to the worker. The worker holds at most `workerWindow` at a time and the smallest
  // text goes next (a large body waits at most `longestWaitMs` for smaller ones), so six 1 MB intakes arriving
  // together never hold up a small one behind all of them. A window of one left the worker idle for a round
  // trip through the busy service thread after each analysis, and halved intake throughput.
  const queued = new Map<number, PendingAnalysis>();
  const inFlight = new Set<number>();
  let nextId = 1;
  let worker: Worker | null = null;
  let isClosing = false;
  let idleWaiters: (() => void)[] = [];

  const sendNext = (): void => {
    while (sendOne()) {
      // Fill the worker's window.
    }
  };

  /** Sends the next job to the worker; false when there is none to send or the window is full. */
  const sendOne = (): boolean => {
    const current = worker;
    if (current === null || inFlight.size >= workerWindow || queued.size === 0) {
      return false;
    }
    const now = performance.now();
    let chosen: [number, PendingAnalysis] | null = null;
    for (const entry of queued) {
      const [, candidate] = entry;
      if (now - candidate.queuedAt >= longestWaitMs) {
        chosen = entry;
        break;
      }
      if (chosen === null || candidate.size < chosen[1].size) {
        chosen = entry;
      }
    }
    if (chosen === null) {
      return false;
    }
    const [id, analysis] = chosen;
    queued.delete(id);
    pending.set(id, analysis);
    inFlight.add(id);
    // A body to parse is moved to the worker, not copied, when it owns its memory (Fastify's concatenation
    // of the request's chunks does): copying 1 MB here cost as much as a good part of the parse.
    const movable =
      analysis.type === 'parse' &&
      analysis.bytes.byteOffset === 0 &&
      analysis.bytes.byteLength === analysis.bytes.buffer.byteLength &&
      analysis.bytes.buffer instanceof ArrayBuffer
        ? [analysis.bytes.buffer]
        : [];
    current.postMessage(requestFor(id, analysis), movable);
    return true;
  };

  const settleIdle = (): void => {
    if (pending.size === 0 && queued.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((waiter) => waiter());
    }
  };

  /** The worker is gone: finish what it held here and analyze here from now on. */
  const fallBack = (reason: string): void => {
    if (worker === null) {
      return;
    }
    const failed = worker;
    worker = null;
    void failed.terminate();
    if (!isClosing) {
      options.log(`intake analysis: worker thread stopped (${reason}); analyzing on the service's thread`);
    }
    const orphans = [...pending.values(), ...queued.values()];
    pending.clear();
    queued.clear();
    inFlight.clear();
    for (const orphan of orphans) {
      runHere(orphan);
    }
    settleIdle();
  };

  if (options.useWorker) {
    try {
      const started = startModuleWorker(
        options.workerEntry ?? workerEntryBeside(import.meta.url, 'analysis-worker'),
        { workerData: { niceness: options.niceness ?? 0 } },
      );
      // The service's HTTP server keeps the process alive while requests wait; an idle worker must not.
      started.unref();
      started.on('message', (reply: AnalysisWorkerReply) => {
        if (reply.type === 'ready') {
          return;
        }
        const waiting = pending.get(reply.id);
        pending.delete(reply.id);
        inFlight.delete(reply.id);
        if (reply.type === 'failure') {
          waiting?.reject(new Error(reply.message));
        } else if (reply.type === 'analysis' && waiting?.type === 'analyze') {
          waiting.resolve(reply.analysis);
        } else if (reply.type === 'masked' && waiting?.type === 'mask') {
          waiting.resolve(reply.masked);
        } else if (reply.type === 'parsed' && waiting?.type === 'parse') {
          // A deeply nested body comes back unparsed (json-body-parse.ts) and is parsed here.
          waiting.resolve(
            'returned' in reply.outcome ? parseJsonBody(reply.outcome.returned) : reply.outcome,
          );
        }
        sendNext();
        settleIdle();
      });
      started.on('error', (error) => fallBack(String(error)));
      started.on('exit', (code) => fallBack(`exit code ${code}`));
      worker = started;
    } catch (error) {
      options.log(`intake analysis: no worker thread (${String(error)}); analyzing on the service's thread`);
    }
  }

  /** Queues a job for the worker (or runs it here without one). */
  const enqueue = (job: PendingAnalysis): void => {
    if (worker === null) {
      void Promise.resolve().then(() => runHere(job));
      return;
    }
    if (queued.size >= analysisQueueLimit) {
      job.reject(new AnalysisQueueFullError());
      return;
    }
    const id = nextId;
    nextId += 1;
    queued.set(id, job);
    sendNext();
  };

  return {
    analyze: (input) =>
      new Promise<IntakeAnalysis>((resolve, reject) =>
        enqueue({
          type: 'analyze',
          input,
          resolve,
          reject,
          size: input.subject.length + input.body.length,
          queuedAt: performance.now(),
        }),
      ),
    mask: (job) =>
      new Promise<MaskedIncoming>((resolve, reject) =>
        enqueue({
          type: 'mask',
          job,
          resolve,
          reject,
          size: maskedLength(job.incoming),
          queuedAt: performance.now(),
        }),
      ),
    parseJson: (bytes) =>
      new Promise<JsonBodyOutcome>((resolve, reject) =>
        enqueue({
          type: 'parse',
          bytes,
          resolve,
          reject,
          size: bytes.byteLength,
          queuedAt: performance.now(),
        }),
      ),
    setModel: (data) => {
      worker?.postMessage({ type: 'model', data } satisfies AnalysisWorkerRequest);
    },
    mode: () => (worker === null ? 'inline' : 'worker'),
    close: async () => {
      if (pending.size > 0 || queued.size > 0) {
        await new Promise<void>((resolve) => idleWaiters.push(resolve));
      }
      isClosing = true;
      const stopping = worker;
      worker = null;
      await stopping?.terminate();
    },
  };
}

import {
  loadTriageModel,
  type TriageModel,
  type TriageModelData,
  type TriageSuggestion,
} from '../../shared/triage/model';
import { startTriageTraining } from '../../shared/triage/training';
import type { TriageStatus } from '../../shared/triage/wire-schemas';
import { appendChanges } from '../storage/change-log';
import type { SqlDatabase } from '../storage/database';
import { roundSuggestion } from '../intake-analysis/analysis';
import { countTriageHistory, readTriageHistory } from './history';
import {
  defaultMisfiledThreshold,
  readMisfiledThreshold,
  readTriageModel,
  writeMisfiledThreshold,
  writeTriageModel,
} from './model-storage';
import { aloneTrainingLock, type TrainingLock } from './training-lock';

/** What intake needs from auto-triage: a suggestion for a text, and the lead's threshold. */
export interface TriageSuggester {
  /** The current model's suggestion for `text`, or null when there is no model (or no known word). */
  suggest(text: string): TriageSuggestion | null;
  /** The confidence at or above which a disagreeing suggestion marks a ticket "possibly misfiled". */
  misfiledThreshold(): number;
}

/** The service's auto-triage: the model in force, background retraining, the threshold. */
export interface TriageService extends TriageSuggester {
  /** Loads the stored model and threshold; schedules training when there is history but no model. */
  start(): Promise<void>;
  /**
   * Asks for a retraining soon (debounced: several asks close together train once). It waits for the desk's
   * training lock, and is dropped when the model in force then saw the whole history and, for a lead's ask,
   * was stored by another node since the ask (for an import's, whenever it was stored).
   */
  scheduleRetraining(reason: string, asker: TrainingAsker): void;
  /**
   * After an import: trains now (a training under way is followed by one more; dropped as an import's
   * `scheduleRetraining`) and resolves once the training is done and its model, or the one another node
   * trained on the whole history, is in force, or after `maximumWaitMs` (the training then goes on).
   */
  retrainAndWait(reason: string, maximumWaitMs: number): Promise<void>;
  /** Which model is in force: a number that grows with every model put in force. */
  generation(): number;
  /**
   * Tells auto-triage a ticket was stored with a suggestion from model `generation`: when that model is
   * no longer in force, or a retraining is under way, the ticket is suggested again with the new model
   * once it lands (`onResuggest`), so tickets filed right after an import get what was imported.
   */
  noteSuggested(ticket: SuggestedTicket): void;
  /** Sets and stores the threshold, and records `settings.updated` so the other service nodes reload it. */
  setMisfiledThreshold(threshold: number): Promise<void>;
  /**
   * Reads the stored threshold and, when the stored model is newer than the one in force (another service
   * node trained it), puts that model in force here too (`onModelChanged` included). Called on every
   * `settings.updated` change (server/cluster/settings-reload.ts).
   */
  reloadStored(): Promise<void>;
  /**
   * Tickets were created, possibly imported history through another node (heard from the change log): the
   * history is counted after `heardHistoryCheckMs` and a model trained if it grew enough, unless the
   * importing node's model landed meanwhile. So a node learns of an import even when the importing node
   * stopped before its model was stored (otherwise only the check every `historyCheckMs`, 10 minutes, would see it).
   */
  historyMayHaveGrown(): void;
  status(): TriageStatus;
  /** Resolves once no training is scheduled or running (tests and the bench wait with it). */
  whenIdle(): Promise<void>;
  /** Stops timers and any training in progress; the database stays open (the caller closes it). */
  close(): Promise<void>;
}

/** A ticket stored with a suggestion, as `noteSuggested` keeps it until the next model lands. */
export interface SuggestedTicket {
  id: string;
  /** The text the suggestion was made from (`triageText`). */
  text: string;
  /** The model generation that made the stored suggestion. */
  generation: number;
}

/** A new suggestion for a stored ticket. */
export interface Resuggestion {
  id: string;
  suggestion: TriageSuggestion | null;
}

/** Options of `createTriageService`; the defaults suit a team service. */
export interface TriageServiceOptions {
  database: SqlDatabase;
  log: (line: string) => void;
  /** Wait after the last ask before training, so an import in several requests trains once. */
  retrainDelayMs?: number;
  /** How often to look whether enough new history arrived (solved tickets) to retrain. */
  historyCheckMs?: number;
  /**
   * After `historyMayHaveGrown`, wait this long before counting: longer than the importing node's own
   * training usually takes, so its model lands first and this node does not train the same one again.
   */
  heardHistoryCheckMs?: number;
  /** Learn from at most this many of the newest history tickets (bounds training time and memory). */
  maximumExamples?: number;
  /** Told each model put in force (the stored one at start, then each trained one): the intake analyzer's copy. */
  onModelChanged?: (data: TriageModelData) => void;
  /** Stores new suggestions for tickets suggested by an older model (see `noteSuggested`). */
  onResuggest?: (resuggestions: Resuggestion[], threshold: number) => Promise<void>;
  /** Told after a new model or threshold committed with its `settings.updated` change (the broadcaster). */
  onChangesCommitted?: () => void;
  /**
   * Lets one node of the desk train at a time (server/cluster/training-lock.ts on several nodes); always
   * free by default (one node).
   */
  trainingLock?: TrainingLock;
}

/**
 * Who asks for a training besides this node's history checks: an import (it needs a model that saw the
 * history it added) or a lead (a fresh model, also on the same history, say after category corrections).
 */
export type TrainingAsker = 'import' | 'lead';

/** An ask to train that came from outside, not from this node's history checks. */
interface ExplicitAsk {
  /** `trained_at` of the model in force when asked (null: none). */
  modelAtAsk: string | null;
  /** Only imports asked: any model that saw the whole history will do. */
  isForHistory: boolean;
}

/** Fewest history tickets worth training on. */
const minimumExamples = 10;
/** Retrain when history grew by this share since the last training (or by `minimumGrowth` tickets). */
const growthShare = 0.1;
const minimumGrowth = 50;
/** Longest the trainer holds the event loop before letting requests through. */
const sliceMs = 15;
/** Most tickets kept for re-suggestion while a model trains (intake at 1,000/s for 100 s). */
const maximumPendingResuggestions = 100_000;

/**
 * Auto-triage in the service. Training runs on the event loop in slices of about 15 ms (the shared trainer
 * advances step by step), so intake keeps flowing while a model trains; 10,000 tickets train in a few
 * seconds of wall time (docs/triage.md). The new model replaces the old one only once stored.
 */
export function createTriageService(options: TriageServiceOptions): TriageService {
  const { database, log } = options;
  const retrainDelayMs = options.retrainDelayMs ?? 2000;
  const historyCheckMs = options.historyCheckMs ?? 10 * 60_000;
  const heardHistoryCheckMs = options.heardHistoryCheckMs ?? 3 * 60_000;
  let heardCheck: NodeJS.Timeout | null = null;
  const maximumExamples = options.maximumExamples ?? 50_000;
  const trainingLock = options.trainingLock ?? aloneTrainingLock;
  // The oldest explicit ask not yet taken up by a training; null when only history checks asked.
  let explicitAsk: ExplicitAsk | null = null;
  let model: TriageModel | null = null;
  let modelInfo: TriageStatus['model'] = null;
  let threshold = defaultMisfiledThreshold;
  // The history count the model in force was trained on (all of it, not only the newest examples it read).
  let trainedOnCount = 0;
  let debounce: NodeJS.Timeout | null = null;
  let historyTimer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let isAskedAgain = false;
  let isClosed = false;
  let idleWaiters: (() => void)[] = [];
  let modelGeneration = 0;
  // Trainings asked for and finished, counted, so `retrainAndWait` knows when a training that began after
  // its call is done.
  let trainingsAsked = 0;
  let trainingsStarted = 0;
  let trainingsFinished = 0;
  let finishWaiters: { target: number; resolve: () => void }[] = [];
  // Tickets suggested while a retraining was pending: suggested again when the new model lands.
  let pendingResuggestions: SuggestedTicket[] = [];
  let resuggesting: Promise<void> = Promise.resolve();

  const settleFinishWaiters = (): void => {
    const waiting = finishWaiters;
    finishWaiters = [];
    for (const waiter of waiting) {
      if (waiter.target <= trainingsFinished || isClosed) {
        waiter.resolve();
      } else {
        finishWaiters.push(waiter);
      }
    }
  };

  /** Suggests `tickets` again with the model in force and hands the changes to `onResuggest`. */
  const resuggest = (tickets: SuggestedTicket[]): void => {
    const current = model;
    if (tickets.length === 0 || current === null || options.onResuggest === undefined) {
      return;
    }
    const store = options.onResuggest;
    const resuggestions = tickets.map((ticket) => ({
      id: ticket.id,
      suggestion: roundSuggestion(current.suggest(ticket.text)),
    }));
    resuggesting = resuggesting
      .then(() => store(resuggestions, threshold))
      .catch((error: unknown) => {
        log(`auto-triage: storing new suggestions failed: ${String(error)}`);
      });
  };

  /** Puts `data` in force: the suggester here and the intake analyzer's copy. */
  const putInForce = (data: TriageModelData): void => {
    model = loadTriageModel(data);
    modelGeneration += 1;
    options.onModelChanged?.(data);
  };

  /** Puts the stored model in force when it is newer than the one here; resolves with whether it did. */
  const loadStoredModel = async (): Promise<boolean> => {
    const inForce = modelInfo?.trained_at ?? null;
    if (inForce !== null) {
      // The model itself may be megabytes: read it only when a newer one was stored.
      const newer = await database.query<{ newer: boolean }>(
        // Compared at the millisecond, as `trained_at` is kept here (ISO text).
        "select date_trunc('milliseconds', trained_at) > $1::timestamptz as newer from triage_models where id",
        [inForce],
      );
      if (newer[0]?.newer !== true) {
        return false;
      }
    }
    const stored = await readTriageModel(database);
    // This node may have put a model in force while the read ran (its own training): keep the newest.
    const current = modelInfo?.trained_at ?? null;
    if (stored === null || (current !== null && Date.parse(stored.trainedAt) <= Date.parse(current))) {
      return false;
    }
    putInForce(stored.data);
    // Tickets suggested while waiting for a training get the model that landed instead.
    const waiting = pendingResuggestions;
    pendingResuggestions = [];
    resuggest(waiting);
    // A model trained on fewer examples than the most it reads saw the whole history; one that read the most
    // saw more than it kept: the history now is the best measure of what it saw.
    trainedOnCount =
      stored.data.exampleCount < maximumExamples
        ? stored.data.exampleCount
        : await countTriageHistory(database);
    modelInfo = {
      trained_at: stored.trainedAt,
      example_count: stored.data.exampleCount,
      categories: stored.data.categories,
      training_ms: stored.trainingMs,
    };
    return true;
  };

  const settleIdle = (): void => {
    if (debounce === null && running === null) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const waiter of waiters) {
        waiter();
      }
    }
  };

  const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  /** Whether `count` history tickets are enough more than the model in force saw to train again. */
  const grewEnough = (count: number): boolean =>
    count >= minimumExamples &&
    count - trainedOnCount >= Math.max(minimumGrowth, trainedOnCount * growthShare);

  /**
   * One training for the whole desk: the decision and the training run under the training lock. A training
   * this node decided on (history checks) skips when another node holds it, and looks again later (that
   * node's model lands meanwhile, or it died and the lock is free); an explicit ask waits for it. Under the
   * lock, the newest stored model is put in force first, and growth is measured against it: a node that
   * heard another node's import does not train what that node just trained.
   */
  async function train(ask: ExplicitAsk | null): Promise<void> {
    const release = await trainingLock.acquire({ wait: ask !== null, isCancelled: () => isClosed });
    if (release === null) {
      if (!isClosed) {
        log('auto-triage: another node is training the model; this node loads it when it lands');
        historyMayHaveGrown();
      }
      return;
    }
    try {
      await trainHoldingLock(ask);
    } finally {
      await release();
    }
  }

  async function trainHoldingLock(ask: ExplicitAsk | null): Promise<void> {
    if (await loadStoredModel()) {
      log(`auto-triage: put in force the model another node trained at ${modelInfo?.trained_at ?? '?'}`);
    }
    // Growth is measured on the whole history: with more than `maximumExamples`, counting the examples read
    // would see growth at every check and retrain forever.
    const historyCount = await countTriageHistory(database);
    const modelInForce = modelInfo?.trained_at ?? null;
    if (ask === null && !grewEnough(historyCount)) {
      return;
    }
    if (
      ask !== null &&
      modelInForce !== null &&
      historyCount <= trainedOnCount &&
      (ask.isForHistory || modelInForce !== ask.modelAtAsk)
    ) {
      log(
        'auto-triage: the model in force (another node trained it) saw the whole history; not training again',
      );
      return;
    }
    const examples = await readTriageHistory(database, maximumExamples);
    if (examples.length < minimumExamples || new Set(examples.map((example) => example.category)).size < 2) {
      trainedOnCount = historyCount;
      return;
    }
    const started = performance.now();
    const run = startTriageTraining(examples);
    let isDone = false;
    while (!isDone) {
      if (isClosed) {
        return;
      }
      const sliceStart = performance.now();
      while (!isDone && performance.now() - sliceStart < sliceMs) {
        isDone = run.advance(64);
      }
      await yieldToRequests();
    }
    const data = run.result();
    const trainingMs = performance.now() - started;
    if (isClosed) {
      return;
    }
    // The model lands with a `settings.updated` change: the other service nodes load it from the database.
    const trainedAt = await database.transaction(async (transaction) => {
      const stored = await writeTriageModel(transaction, data, trainingMs);
      await appendChanges(transaction, [{ type: 'settings.updated', ticketId: null, agentId: null }]);
      return stored;
    });
    putInForce(data);
    // Tickets suggested by the previous model while this one trained get this model's suggestion.
    const waiting = pendingResuggestions;
    pendingResuggestions = [];
    resuggest(waiting);
    trainedOnCount = historyCount;
    modelInfo = {
      trained_at: trainedAt,
      example_count: data.exampleCount,
      categories: data.categories,
      training_ms: Math.round(trainingMs),
    };
    options.onChangesCommitted?.();
    log(
      `auto-triage: trained on ${data.exampleCount} tickets (${data.categories.length} categories) in ${Math.round(trainingMs)} ms`,
    );
  }

  function runTraining(): void {
    debounce = null;
    if (isClosed) {
      settleIdle();
      return;
    }
    if (running !== null) {
      isAskedAgain = true;
      return;
    }
    trainingsStarted = trainingsAsked;
    const startedAs = trainingsStarted;
    const ask = explicitAsk;
    explicitAsk = null;
    running = train(ask)
      .catch((error: unknown) => {
        log(`auto-triage: training failed: ${String(error)}`);
      })
      .finally(() => {
        running = null;
        trainingsFinished = Math.max(trainingsFinished, startedAs);
        settleFinishWaiters();
        if (!isAskedAgain && debounce === null) {
          // No newer model is coming: nothing waits for one.
          pendingResuggestions = [];
        }
        if (isAskedAgain && !isClosed) {
          isAskedAgain = false;
          runTraining();
        } else {
          settleIdle();
        }
      });
  }

  /** Notes an explicit ask; asks not yet taken up by a training merge (a lead's makes it a lead's). */
  const askExplicitly = (asker: TrainingAsker): void => {
    explicitAsk ??= { modelAtAsk: modelInfo?.trained_at ?? null, isForHistory: true };
    explicitAsk.isForHistory &&= asker === 'import';
  };

  /** Trains after `retrainDelayMs` unless asked again meanwhile; `asker` null: a history check asks. */
  const scheduleTraining = (reason: string, asker: TrainingAsker | null): void => {
    if (isClosed) {
      return;
    }
    if (asker !== null) {
      askExplicitly(asker);
    }
    if (debounce !== null) {
      clearTimeout(debounce);
    }
    trainingsAsked += 1;
    log(`auto-triage: retraining scheduled (${reason})`);
    debounce = setTimeout(runTraining, retrainDelayMs);
    debounce.unref();
  };

  async function checkHistoryGrowth(): Promise<void> {
    if (running !== null || debounce !== null) {
      return;
    }
    const count = await countTriageHistory(database);
    if (grewEnough(count)) {
      scheduleTraining(`${count - trainedOnCount} new history tickets`, null);
    }
  }

  function historyMayHaveGrown(): void {
    if (isClosed || heardCheck !== null) {
      return;
    }
    heardCheck = setTimeout(() => {
      heardCheck = null;
      checkHistoryGrowth().catch((error: unknown) => {
        log(`auto-triage: history check failed: ${String(error)}`);
      });
    }, heardHistoryCheckMs);
    heardCheck.unref();
  }

  return {
    suggest: (text) => roundSuggestion(model?.suggest(text) ?? null),
    misfiledThreshold: () => threshold,
    start: async () => {
      threshold = await readMisfiledThreshold(database);
      await loadStoredModel();
      await checkHistoryGrowth();
      historyTimer = setInterval(() => {
        checkHistoryGrowth().catch((error: unknown) => {
          log(`auto-triage: history check failed: ${String(error)}`);
        });
      }, historyCheckMs);
      historyTimer.unref();
    },
    scheduleRetraining: scheduleTraining,
    retrainAndWait: (reason, maximumWaitMs) => {
      if (isClosed) {
        return Promise.resolve();
      }
      askExplicitly('import');
      if (debounce !== null) {
        clearTimeout(debounce);
        debounce = null;
      }
      trainingsAsked += 1;
      const target = trainingsAsked;
      log(`auto-triage: retraining now (${reason})`);
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, maximumWaitMs);
        timer.unref();
        finishWaiters.push({
          target,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        runTraining();
      });
    },
    generation: () => modelGeneration,
    noteSuggested: (ticket) => {
      if (ticket.generation !== modelGeneration) {
        // Suggested by a model no longer in force (it landed during the analysis): suggest again now.
        resuggest([ticket]);
      } else if (
        (running !== null || debounce !== null) &&
        pendingResuggestions.length < maximumPendingResuggestions
      ) {
        pendingResuggestions.push(ticket);
      }
    },
    setMisfiledThreshold: async (value) => {
      await database.transaction(async (transaction) => {
        await writeMisfiledThreshold(transaction, value);
        await appendChanges(transaction, [{ type: 'settings.updated', ticketId: null, agentId: null }]);
      });
      threshold = value;
      options.onChangesCommitted?.();
    },
    reloadStored: async () => {
      if (isClosed) {
        return;
      }
      threshold = await readMisfiledThreshold(database);
      if (await loadStoredModel()) {
        log(`auto-triage: put in force the model another node trained at ${modelInfo?.trained_at ?? '?'}`);
      }
    },
    historyMayHaveGrown,
    status: () => ({
      model: modelInfo,
      training: running !== null || debounce !== null,
      misfiled_threshold: threshold,
    }),
    whenIdle: async () => {
      await new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
      await resuggesting;
    },
    close: async () => {
      isClosed = true;
      if (debounce !== null) {
        clearTimeout(debounce);
        debounce = null;
      }
      if (historyTimer !== null) {
        clearInterval(historyTimer);
      }
      if (heardCheck !== null) {
        clearTimeout(heardCheck);
        heardCheck = null;
      }
      await running;
      await resuggesting;
      settleFinishWaiters();
      settleIdle();
    },
  };
}

import type { TriageModelData } from '../../shared/triage/model';
import type { IncomingText, MarkerLanguageHint, MaskedIncoming } from '../safety/mask-incoming';
import type { WorkerJsonBodyOutcome } from '../http/json-body-parse';
import type { IntakeAnalysis, IntakeAnalysisInput } from './analysis';

/** A secret-masking job: what `maskIncoming` takes. */
export interface MaskJob {
  incoming: IncomingText;
  hint: MarkerLanguageHint;
}

/**
 * What the service sends the analysis worker: the model in force (null: none), a request to analyze, a
 * large text to mask (server/safety/mask-incoming.ts) before anything else sees it, or a large request body
 * to parse (server/http/json-body.ts; a copy of its bytes).
 */
export type AnalysisWorkerRequest =
  | { type: 'model'; data: TriageModelData | null }
  | { type: 'analyze'; id: number; input: IntakeAnalysisInput }
  | { type: 'mask'; id: number; job: MaskJob }
  | { type: 'parse'; id: number; bytes: Uint8Array };

/** What the worker answers: it is ready, an analysis, a masked text, a parsed body, or why a job failed. */
export type AnalysisWorkerReply =
  | { type: 'ready' }
  | { type: 'analysis'; id: number; analysis: IntakeAnalysis }
  | { type: 'masked'; id: number; masked: MaskedIncoming }
  | { type: 'parsed'; id: number; outcome: WorkerJsonBodyOutcome }
  | { type: 'failure'; id: number; message: string };

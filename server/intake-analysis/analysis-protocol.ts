import type { TriageModelData } from '../../shared/triage/model';
import type { IntakeAnalysis, IntakeAnalysisInput } from './analysis';

/** What the service sends the analysis worker: the model in force (null: none), or a request to analyze. */
export type AnalysisWorkerRequest =
  | { type: 'model'; data: TriageModelData | null }
  | { type: 'analyze'; id: number; input: IntakeAnalysisInput };

/** What the worker answers: it is ready, an analysis, or why one failed. */
export type AnalysisWorkerReply =
  | { type: 'ready' }
  | { type: 'analysis'; id: number; analysis: IntakeAnalysis }
  | { type: 'failure'; id: number; message: string };

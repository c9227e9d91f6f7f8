import type { TriageModelData } from '../../shared/triage/model';
import type { MaskJob } from './analysis-protocol';
import {
  createIntakeAnalyzer,
  maskedLength,
  type IntakeAnalyzer,
  type IntakeAnalyzerOptions,
} from './analyzer';

/**
 * A job on more characters than this goes to the large lane's worker. It is below the 50,000 characters an
 * analysis reads of a long body (`analyzedText`): at 64k no analysis ever went there, and the six 50,000
 * character analyses of six 1 MB intakes took the ordinary worker's window, with a small intake's analysis
 * behind them. It equals the length past which intake masks on a worker (`inlineMaskLength`).
 */
export const largeJobLength = 16 * 1024;

/**
 * Two analyzers, each with its own worker thread: one for ordinary texts and one for large ones (more than
 * `largeJobLength` characters: a pasted log, the start of a 1 MB body). One worker does one job at a time, so with a
 * single worker a small intake waited behind the large job in flight (masking or analyzing a 1 MB text takes
 * a few hundred milliseconds on a busy machine); with two lanes it never waits behind a large one. The large
 * lane's worker starts with the first large job and gets the triage model in force then and after.
 * Without worker threads (`useWorker` false) both lanes are the same inline analyzer.
 */
export function createLanedAnalyzer(options: IntakeAnalyzerOptions): IntakeAnalyzer {
  const ordinary = createIntakeAnalyzer(options);
  let large: IntakeAnalyzer | null = options.useWorker ? null : ordinary;
  let model: TriageModelData | null | undefined;
  const largeLane = (): IntakeAnalyzer => {
    if (large === null) {
      large = createIntakeAnalyzer(options);
      if (model !== undefined) {
        large.setModel(model);
      }
    }
    return large;
  };
  const laneFor = (length: number): IntakeAnalyzer => (length > largeJobLength ? largeLane() : ordinary);
  return {
    analyze: (input) => laneFor(input.subject.length + input.body.length).analyze(input),
    mask: (job: MaskJob) => laneFor(maskedLength(job.incoming)).mask(job),
    setModel: (data) => {
      model = data;
      ordinary.setModel(data);
      if (large !== ordinary) {
        large?.setModel(data);
      }
    },
    mode: () => ordinary.mode(),
    close: async () => {
      await ordinary.close();
      if (large !== ordinary) {
        await large?.close();
      }
    },
  };
}

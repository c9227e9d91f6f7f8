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

/** The large lane's worker's niceness on Linux (0 is the service's; 19 the lowest priority). */
export const largeLaneNiceness = 10;

/**
 * Two analyzers, each with its own worker thread: one for ordinary texts and one for large ones (more than
 * `largeJobLength` characters: a pasted log, the start of a 1 MB body). One worker does one job at a time, so with a
 * single worker a small intake waited behind the large job in flight (masking or analyzing a 1 MB text takes
 * a few hundred milliseconds on a busy machine); with two lanes it never waits behind a large one. The large
 * lane's worker also parses large JSON request bodies (`parseJson`, server/http/json-body.ts).
 * Without worker threads (`useWorker` false) both lanes are the same inline analyzer.
 */
export function createLanedAnalyzer(options: IntakeAnalyzerOptions): IntakeAnalyzer {
  const ordinary = createIntakeAnalyzer(options);
  // Both workers start now: started with the first large job, the large lane's start (loading the analysis
  // and the triage model) took the cores while that first burst of large bodies arrived, and small intakes
  // then waited most of a second.
  // The large lane runs at a lower OS priority (Linux): its masking and parsing of 1 MB texts (about 0.6 s of
  // CPU for six of them) otherwise took the cores from the service's thread and the ordinary lane, which
  // every small intake waits for. A large intake gets slower when the machine is busy, never refused.
  const large = options.useWorker
    ? createIntakeAnalyzer({ ...options, niceness: largeLaneNiceness })
    : ordinary;
  const laneFor = (length: number): IntakeAnalyzer => (length > largeJobLength ? large : ordinary);
  return {
    analyze: (input) => laneFor(input.subject.length + input.body.length).analyze(input),
    mask: (job: MaskJob) => laneFor(maskedLength(job.incoming)).mask(job),
    parseJson: (bytes) => laneFor(bytes.byteLength).parseJson(bytes),
    setModel: (data) => {
      ordinary.setModel(data);
      if (large !== ordinary) {
        large.setModel(data);
      }
    },
    mode: () => ordinary.mode(),
    close: async () => {
      await ordinary.close();
      if (large !== ordinary) {
        await large.close();
      }
    },
  };
}

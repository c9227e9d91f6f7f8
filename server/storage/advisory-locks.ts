/**
 * Keys of the PostgreSQL advisory locks the service takes. Constants, so every node of a team's service
 * agrees on them.
 */
export const advisoryLocks = {
  /** Held while applying one migration. */
  migrations: 7_100_001,
  /**
   * Held from the moment a write transaction appends to `changes` until it commits: transactions then commit
   * in `seq` order, so a reader never sees seq N+1 before seq N.
   */
  changeLog: 7_100_002,
  /**
   * Held by the router node for as long as it lives (server/cluster/router-election.ts). A 32-bit key: it is
   * the first half of a two-key lock whose second half is the schema's hash.
   */
  router: 7_100_003,
  /**
   * Held by the node training the desk's triage model, for the decision and the training, on a connection
   * of its own (server/cluster/training-lock.ts): one node trains at a time. Keyed with the schema's hash
   * too.
   */
  triageTraining: 7_100_004,
} as const;

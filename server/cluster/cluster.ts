import { startChangeListener, type ChangeListener } from './change-listener';
import { startRouterElection } from './router-election';

/** Options of `startCluster`. */
export interface ClusterOptions {
  /** The PostgreSQL URL every node shares. */
  url: string;
  log: (line: string) => void;
  /** Another node (or this one) may have committed changes: read the change log after the last seq. */
  onCommitted: () => void;
  /** This node became the router (true) or stopped being it (false). */
  onRouterChange: (isRouter: boolean) => void;
  /** The router election's interval (router-election.ts); 1 s by default. */
  electionIntervalMs?: number;
}

/** This node's part in a service of several nodes on one PostgreSQL. */
export interface Cluster {
  /** Whether this node is the elected router now. */
  isRouter(): boolean;
  close(): Promise<void>;
}

/** The message a node started in multi-node mode without PostgreSQL fails with. */
export const clusterNeedsPostgres =
  'several service nodes need PostgreSQL: set DATABASE_URL to the database all nodes share ' +
  '(the embedded PGlite database, the default, belongs to one process)';

/**
 * Joins the nodes on `url`: listens for their commits to the change log (change-listener.ts) and takes part
 * in electing the one router (router-election.ts). Resolves once both connections are up and the first
 * election round ran.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const election = await startRouterElection({
    url: options.url,
    log: options.log,
    onChange: options.onRouterChange,
    ...(options.electionIntervalMs === undefined ? {} : { intervalMs: options.electionIntervalMs }),
  });
  let listener: ChangeListener;
  try {
    listener = await startChangeListener({
      url: options.url,
      log: options.log,
      onCommitted: options.onCommitted,
    });
  } catch (error) {
    await election.close();
    throw error;
  }
  return {
    isRouter: () => election.isRouter(),
    close: async () => {
      await listener.close();
      await election.close();
    },
  };
}

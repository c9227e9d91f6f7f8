import pg from 'pg';

// The schema helpers of the tests that run several service nodes on one PostgreSQL (test/server/cluster,
// test/e2e/several-nodes.spec.ts): each test file's nodes share a fresh schema of TEST_DATABASE_URL.

/** A fresh schema on `url` for one test file's nodes, and the URL the nodes are given. */
export async function createNodeSchema(url: string, schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const nodeUrl = new URL(url);
  nodeUrl.searchParams.set('options', `-c search_path=${schema}`);
  return nodeUrl.toString();
}

/** Drops what `createNodeSchema` created. */
export async function dropNodeSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

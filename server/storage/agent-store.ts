import type { Agent } from '../../shared/domain/schemas';
import type { AgentRole } from '../../shared/domain/vocabulary';
import { hashPassword, unmatchablePasswordHash, verifyPassword } from './credentials';
import type { SqlExecutor } from './database';
import { agentFromRow, type AgentRow } from './rows';
import { firstRow, isUuid, queryJsonRows } from './sql-helpers';

/** The e-mail of the service's own admin identity (migration 0001 creates it); the admin token acts as it. */
export const systemAdminEmail = 'admin@localhost';

/** What it takes to create an agent. */
export interface NewAgent {
  email: string;
  name: string;
  role: AgentRole;
  /** Null for accounts that never log in with a password (the desktop shell's local agent). */
  password: string | null;
  languages?: readonly string[];
}

/** The wire fields of an agent as one JSON column (see `queryJsonRows`); `a` is the agents table. */
const agentJson =
  "json_build_object('id', a.id, 'email', a.email, 'name', a.name, 'role', a.role) as json_row";

/** The key agents are unique by: the address without letter case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates an agent and resolves with it; an agent with the same e-mail must not exist. */
export async function createAgent(executor: SqlExecutor, agent: NewAgent): Promise<Agent> {
  const passwordHash = agent.password === null ? null : await hashPassword(agent.password);
  return insertAgent(executor, agent, passwordHash);
}

/** Inserts an agent whose password is already hashed (bulk loaders hash before opening a transaction). */
export async function insertAgent(
  executor: SqlExecutor,
  agent: Omit<NewAgent, 'password'>,
  passwordHash: string | null,
): Promise<Agent> {
  const rows = await queryJsonRows<AgentRow>(
    executor,
    `insert into agents as a (email, email_key, name, role, password_hash, languages)
     values ($1, $2, $3, $4, $5, $6::text[]) returning ${agentJson}`,
    [agent.email, emailKey(agent.email), agent.name, agent.role, passwordHash, [...(agent.languages ?? [])]],
  );
  return agentFromRow(firstRow(rows));
}

/** The agent with this e-mail (any letter case), or null. */
export async function findAgentByEmail(executor: SqlExecutor, email: string): Promise<Agent | null> {
  const rows = await queryJsonRows<AgentRow>(
    executor,
    `select ${agentJson} from agents a where email_key = $1`,
    [emailKey(email)],
  );
  return rows[0] ? agentFromRow(rows[0]) : null;
}

/** The agent with this id, or null (also for text that is not an id). */
export async function findAgentById(executor: SqlExecutor, id: string): Promise<Agent | null> {
  if (!isUuid(id)) {
    return null;
  }
  const rows = await queryJsonRows<AgentRow>(executor, `select ${agentJson} from agents a where id = $1`, [
    id,
  ]);
  return rows[0] ? agentFromRow(rows[0]) : null;
}

/** People tickets can be assigned to: every enabled agent except the service's own accounts, by name. */
export async function listAgents(executor: SqlExecutor): Promise<Agent[]> {
  const rows = await queryJsonRows<AgentRow>(
    executor,
    `select ${agentJson} from agents a where not is_system and not is_disabled order by name, email`,
  );
  return rows.map(agentFromRow);
}

/** The agent whose e-mail and password match, or null. Takes as long for an unknown e-mail as for a known one. */
export async function verifyCredentials(
  executor: SqlExecutor,
  email: string,
  password: string,
): Promise<Agent | null> {
  const rows = await executor.query<{ json_row: AgentRow; password_hash: string | null }>(
    `select ${agentJson}, password_hash from agents a where email_key = $1 and not is_disabled`,
    [emailKey(email)],
  );
  const row = rows[0];
  const isMatch = await verifyPassword(password, row?.password_hash ?? unmatchablePasswordHash);
  return row && row.password_hash !== null && isMatch ? agentFromRow(row.json_row) : null;
}

/** Revokes every token of `agentId` that carries `label`. */
export async function revokeTokens(executor: SqlExecutor, agentId: string, label: string): Promise<void> {
  await executor.query('delete from api_tokens where agent_id = $1 and label = $2', [agentId, label]);
}

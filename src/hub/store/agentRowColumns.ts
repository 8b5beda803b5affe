import { getTableColumns } from 'drizzle-orm';
import type { EntityName } from '../../core';
import { agents, customers, messages, teams, tickets } from './schema';

/** The table behind each replicated entity. */
export const entityTables = { teams, agents, customers, tickets, messages } as const satisfies Record<EntityName, unknown>;

const { passwordHash: _hubOnly, ...replicatedAgentColumns } = getTableColumns(agents);

/** Agent columns that replicate: everything but the password hash. */
export const agentRowColumns = replicatedAgentColumns;

import { getTableColumns } from 'drizzle-orm';
import { agents } from './schema';

const { passwordHash: _hash, active: _active, ...replicated } = getTableColumns(agents);

/** Agent columns that replicate: everything but the hub-only password hash and active flag. */
export const agentRowColumns = replicated;

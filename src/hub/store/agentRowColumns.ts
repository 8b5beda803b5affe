import { getTableColumns } from 'drizzle-orm';
import { agents } from './schema';

const { passwordHash: _hash, active: _active, tokenVersion: _tokenVersion, ...replicated } = getTableColumns(agents);

/** Agent columns that replicate: everything but the hub-only password hash, active flag and token version. */
export const agentRowColumns = replicated;

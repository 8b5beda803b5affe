import { getTableColumns } from 'drizzle-orm';
import { agents } from './schema';

const { passwordHash: _hubOnly, ...replicated } = getTableColumns(agents);

/** Agent columns that replicate: everything but the password hash. */
export const agentRowColumns = replicated;

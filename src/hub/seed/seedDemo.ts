import { count, eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../auth/hashPassword';
import type { HubContext } from '../HubContext';
import { agents, teams } from '../store/schema';
import { advanceTicketNumbers } from './advanceTicketNumbers';
import { buildDemoRows } from './buildDemoRows';
import { demoInvoices, type DemoInvoices } from './demoInvoices';
import { blobStoreOf } from '../blobs/blobStoreOf';
import { demoAgents, demoPassword, demoTeams } from './demoPeople';
import { loadSeedRows } from './loadSeedRows';
import type { SeedLogin } from './SeedLogin';

/**
 * Seeds the demo world when the database is empty, as seed.load mutations by `system:seed`
 * (rows, change log, audit) so desktops can replicate it either way (snapshot or pull). No
 * live batches: nobody is connected yet, and the rules must not react to the seeded past. Returns the demo logins whenever the demo
 * agents exist (seeded now or before).
 */
export async function seedDemo(ctx: HubContext): Promise<SeedLogin[]> {
  // Hash outside the write transaction: argon2 is deliberately slow.
  const hashes = await Promise.all(demoAgents.map(async (a) => [a.email, await hashPassword(demoPassword(a))] as const));
  const seeded = await ctx.lane.transact(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(teams);
    if ((existing?.n ?? 0) > 0) return { value: null, batches: [] };
    const { rows, lastTicketNumber } = buildDemoRows(ctx.now());
    const invoices = demoInvoices(rows, ctx.now());
    await loadSeedRows(tx, [...rows, ...invoices.rows], 'demo', ctx.now());
    await advanceTicketNumbers(tx, lastTicketNumber);
    for (const [email, passwordHash] of hashes) await tx.update(agents).set({ passwordHash }).where(eq(agents.email, email));
    return { value: invoices, batches: [] };
  });
  // After the commit (the blob store may use its own connection), before the hub serves anyone.
  if (seeded) await putInvoicePdfs(ctx, seeded.pdfs);
  return demoLogins(ctx);
}

async function putInvoicePdfs(ctx: HubContext, pdfs: DemoInvoices['pdfs']): Promise<void> {
  const blobs = blobStoreOf(ctx);
  for (const pdf of pdfs) await blobs.put(pdf.storageKey, { bytes: pdf.bytes, filename: pdf.name, contentType: 'application/pdf' });
}

/** The demo logins present in this database (with their team names). */
export async function demoLogins(ctx: HubContext): Promise<SeedLogin[]> {
  const present = await ctx.db
    .select({ email: agents.email })
    .from(agents)
    .where(inArray(agents.email, demoAgents.map((a) => a.email)));
  const presentEmails = new Set(present.map((p) => p.email));
  return demoAgents
    .filter((a) => presentEmails.has(a.email))
    .map((a) => ({
      email: a.email,
      password: demoPassword(a),
      name: a.name,
      role: a.role,
      teamName: demoTeams.find((t) => t.key === a.team)?.name ?? a.team,
    }));
}

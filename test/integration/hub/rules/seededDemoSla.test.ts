import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaAlert, type TicketRow } from '../../../../src/core';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../../src/hub/HubContext';
import { runRulesWrite } from '../../../../src/hub/rules/runRulesWrite';
import { sweepSlaBreaches } from '../../../../src/hub/rules/sweepSlaBreaches';
import { seedDemo } from '../../../../src/hub/seed/seedDemo';
import { openStore, type HubStore } from '../../../../src/hub/store/openStore';
import { auditLog, tickets } from '../../../../src/hub/store/schema';
import { WriteLane } from '../../../../src/hub/write/WriteLane';

const H = 3_600_000;

describe('a seeded demo hub: SLA clocks from the seed, alerts by time alone', () => {
  let store: HubStore;
  let ctx: HubContext;
  let seeded: TicketRow[];

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
    const log = { error: () => {}, info: () => {}, warn: () => {} } as unknown as HubContext['log'];
    ctx = { db: store.db, lane: new WriteLane(store.db, () => {}), tokens: new TokenSigner('seed-sla-secret-0123456789abcdef'), now: () => Date.UTC(2026, 10, 18), log };
    await seedDemo(ctx);
    seeded = await ctx.db.select().from(tickets);
  }, 120_000);
  afterAll(async () => store?.close());

  it('every seeded ticket has its due times in the hub, before anyone touches it', () => {
    expect(seeded.length).toBeGreaterThan(100);
    expect(seeded.filter((t) => t.firstResponseDueAt === null || t.resolutionDueAt === null).map((t) => t.number)).toEqual([]);
  });

  it('the sweep alone marks an untouched seeded ticket at risk half an hour before its due time, and breached after it', async () => {
    const running = seeded.find((t) => t.status === 'new' && t.slaPausedAt === null && t.firstResponseDueAt !== null);
    expect(running, 'the demo world has a new ticket waiting for its first response').toBeDefined();
    const dueAt = running!.firstResponseDueAt!;
    expect(slaAlert(running!, dueAt - H / 2, H)?.level).toBe('at_risk');
    const sweepAll = async (now: number) => {
      let after: string | null = null;
      for (;;) {
        const page = await runRulesWrite(ctx, now, (tx) => sweepSlaBreaches(tx, now, after));
        if (page.done) return;
        after = page.last;
      }
    };
    const alerts = async () => (await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, running!.id))).map((a) => `${a.action} ${String(a.detail.kind)}`);
    await sweepAll(dueAt - H / 2);
    expect(await alerts()).toEqual(['sla.at_risk first_response']);
    await sweepAll(dueAt + H);
    expect((await alerts()).sort()).toEqual(['sla.at_risk first_response', 'sla.breached first_response']);
  });
});

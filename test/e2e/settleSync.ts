import { expect, type Page } from '@playwright/test';
import { z } from 'zod';
import { failedChangeSchema, syncStatusSchema } from '../../src/core';
import { e2eToken } from './e2eEnv';

/** Calls the desktop core the way the page does (the browser bridge), outside any page state. */
async function invoke<T>(page: Page, channel: string, input: unknown, schema: z.ZodType<T>): Promise<T> {
  const res = await page.request.post(`/api/invoke/${channel}`, { headers: { 'x-relay-token': e2eToken }, data: input });
  const body: unknown = await res.json();
  const reply = z.object({ ok: z.literal(true), data: schema }).safeParse(body);
  if (!reply.success) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return reply.data.data;
}

/**
 * Spec files share one desktop core, so a spec starts from what the last one left: "Work
 * offline" on, replies still unsent, refusals not dismissed. This leaves the signed-in session
 * online with an empty outbox and no refusals, whatever came before.
 */
export async function settleSync(page: Page): Promise<void> {
  await invoke(page, 'sync.setPaused', { paused: false }, syncStatusSchema);
  await expect
    .poll(
      async () => {
        const status = await invoke(page, 'sync.status', {}, syncStatusSchema);
        // A send waiting out a backoff is tried now rather than after up to a minute.
        if (status.retryAt !== null) await invoke(page, 'sync.reconnectNow', {}, syncStatusSchema);
        return status.connection === 'online' && !status.syncing && status.unsent === 0;
      },
      { message: 'the desktop core online with an empty outbox', timeout: 60_000 },
    )
    .toBe(true);
  for (const failure of await invoke(page, 'sync.failures', {}, z.array(failedChangeSchema))) {
    await invoke(page, 'sync.dismissFailure', { id: failure.id }, z.object({ ok: z.literal(true) }));
  }
}

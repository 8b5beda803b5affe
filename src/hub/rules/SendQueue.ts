import { inArray } from 'drizzle-orm';
import type { HubContext } from '../HubContext';
import { defaultRetryPolicy } from '../outbound/retryWithBackoff';
import { messages } from '../store/schema';
import { holdMessages } from './holdMessages';
import type { RulesOptions } from './RulesOptions';
import { sendQueuedMessage } from './sendQueuedMessage';
import { guardRulesWork } from './guardRulesWork';

/** Messages taken per send round (one IN list, one hold write). */
const sendRound = 500;

/**
 * Outbound messages waiting to go out, on their own chain so a slow SMTP server never holds up
 * exception detection. Each round holds the messages whose channel has no connector on this hub
 * in ONE write (holdMessages) and sends the others one by one (sendQueuedMessage, which claims
 * them first when several nodes run). A message already waiting or in flight is not queued twice.
 */
export class SendQueue {
  private readonly waiting = new Set<string>();
  private readonly inFlight = new Set<string>();
  private scheduled = false;
  /** Settles when what was queued so far has been handled. */
  chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: HubContext,
    private readonly options: RulesOptions,
    private readonly nodeId: string,
    private readonly now: () => number,
  ) {}

  /** How many messages wait for the next round. */
  get size(): number {
    return this.waiting.size;
  }

  add(messageId: string): void {
    if (this.inFlight.has(messageId) || this.waiting.has(messageId)) return;
    this.waiting.add(messageId);
    if (this.scheduled) return;
    this.scheduled = true;
    this.chain = this.chain.then(() => this.drain());
  }

  private async drain(): Promise<void> {
    this.scheduled = false;
    while (this.waiting.size > 0) {
      const ids = [...this.waiting].slice(0, sendRound);
      for (const id of ids) {
        this.waiting.delete(id);
        this.inFlight.add(id);
      }
      try {
        const rows = await this.ctx.db.select({ id: messages.id, channel: messages.channel, status: messages.deliveryStatus }).from(messages).where(inArray(messages.id, ids));
        const hold = new Set(rows.filter((m) => m.status === 'queued' && !this.options.connectors[m.channel]).map((m) => m.id));
        if (hold.size > 0) await guardRulesWork(this.ctx.log, `hold ${hold.size} messages`, () => holdMessages(this.ctx, [...hold], this.now()));
        for (const id of ids) {
          if (hold.has(id)) continue;
          await guardRulesWork(this.ctx.log, `send ${id}`, () =>
            sendQueuedMessage(this.ctx, this.options.connectors, id, this.now, this.options.retry ?? defaultRetryPolicy, {
              nodeId: this.nodeId,
              ...(this.options.claimTimeoutMs !== undefined ? { timeoutMs: this.options.claimTimeoutMs } : {}),
            }),
          );
        }
      } finally {
        for (const id of ids) this.inFlight.delete(id);
      }
    }
  }
}

import { z } from 'zod';
import { ticketStatusSchema } from '../../src/core';
import { type IpcChannel, type IpcEventName, type IpcEventPayload, type IpcReply } from '../../src/core/contract/ipcContract';
import { exceptionNotifications } from './exceptionNotifications';
import { mentionNotifications } from './mentionNotifications';
import type { MyTicket, OpenException, ShellNotification } from './ShellNotification';
import { summarizeThread } from './summarizeThread';
import { ticketNotifications } from './ticketNotifications';
import { unreadCount } from './unreadCount';

/** The desktop core as the shell sees it (createDesktopCore's result satisfies it). */
export interface WatchedCore {
  invoke(channel: string, input: unknown): Promise<IpcReply<IpcChannel>>;
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
}

export interface SeenTimes {
  all(): ReadonlyMap<string, number>;
  mark(ticketId: string, at: number): void;
}

export interface AttentionDeps {
  core: WatchedCore;
  seen: SeenTimes;
  notify(notification: ShellNotification): void;
  setUnread(count: number): void;
  now(): number;
  log(message: string): void;
  /** Batches a burst of data.changed events into one look. */
  debounceMs?: number;
}

/** Changes to anything else (tracking events, orders, articles…) cannot change what we notify. */
const watchedEntities: ReadonlySet<string> = new Set(['tickets', 'messages', 'exceptions', 'agents']);
const urgentSchema = z.array(
  z.object({ id: z.string(), type: z.string(), severity: z.string(), status: z.string(), ticketId: z.string().nullable(), customerName: z.string() }),
);

// Only the fields the watcher uses: the core's rows keep growing, and that must not break notifications.
const sessionSchema = z.object({ agent: z.object({ id: z.string(), role: z.string() }).nullable() });
const statusSchema = z.object({ syncing: z.boolean(), progress: z.unknown().nullable() });
const myListSchema = z.array(
  z.object({
    id: z.string(),
    number: z.number().nullable(),
    subject: z.string(),
    customerName: z.string(),
    status: ticketStatusSchema,
    lastMessageAt: z.number(),
    messageCount: z.number(),
  }),
);
const mentionListSchema = z.array(
  z.object({ messageId: z.string(), ticketId: z.string(), ticketNumber: z.number().nullable(), subject: z.string(), authorName: z.string().nullable(), preview: z.string() }),
);
const threadSchema = z.object({ messages: z.array(z.object({ direction: z.string(), authorId: z.string().nullable(), createdAt: z.number() })) }).nullable();

/**
 * Watches the replica through the core's contract and decides what the OS should show: a
 * notification per new ticket assigned to me (and, for leads, per new urgent exception) and
 * my unread count. It looks after data changes, never while a sync is catching up; a look
 * during or right after a snapshot, or the first look for an agent, only sets the baseline.
 */
export class AttentionWatcher {
  private agentId: string | null = null;
  private role = 'agent';
  private knownTickets: Set<string> | null = null;
  private knownExceptions: Set<string> | null = null;
  private knownMentions: Set<string> | null = null;
  private mine: MyTicket[] = [];
  private readonly threads = new Map<string, { key: string; lastInboundAt: number | null; lastOwnReplyAt: number | null }>();
  private readonly ownAssignments = new Set<string>();
  private syncing = false;
  private sawSnapshot = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly deps: AttentionDeps) {}

  start(): void {
    this.unsubscribe.push(
      this.deps.core.on('data.changed', (change) => {
        if (change.entities.some((e) => watchedEntities.has(e))) this.schedule();
      }),
      this.deps.core.on('sync.status', (status) => {
        if (status.progress !== null) this.sawSnapshot = true;
        const wasSyncing = this.syncing;
        this.syncing = status.syncing;
        if (wasSyncing && !status.syncing) this.schedule();
      }),
    );
    this.schedule();
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Who the last look found signed in (null: nobody, or no look yet). */
  agent(): string | null {
    return this.agentId;
  }

  /** The agent assigned this ticket to themselves here: their own action is not news. */
  assignedByMe(ticketId: string): void {
    this.ownAssignments.add(ticketId);
  }

  /** The window showed this ticket: its messages so far are read. */
  viewed(ticketId: string): void {
    // Opening shows every message the replica holds, even if the hub's clock runs ahead of ours.
    const newest = this.mine.find((t) => t.id === ticketId)?.lastInboundAt ?? 0;
    this.deps.seen.mark(ticketId, Math.max(this.deps.now(), newest));
    this.deps.setUnread(unreadCount(this.mine, this.deps.seen.all()));
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.check();
    }, this.deps.debounceMs ?? 250);
  }

  /** One look at the replica; overlapping calls coalesce into one more look after the current one. */
  async check(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.look()
      .catch((error: unknown) => this.deps.log(`attention check failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.check();
        }
      });
    return this.running;
  }

  private async look(): Promise<void> {
    // Asked, not remembered: the core may have been catching up before we subscribed.
    const status = await this.read('sync.status', {}, statusSchema);
    if (status?.syncing) {
      this.syncing = true; // the end of the catch-up schedules the next look
      return;
    }
    const session = await this.read('session.get', {}, sessionSchema);
    const agent = session?.agent ?? null;
    if (!agent) {
      this.reset(null, 'agent');
      this.deps.setUnread(0);
      return;
    }
    if (agent.id !== this.agentId) this.reset(agent.id, agent.role);
    this.role = agent.role;
    const baselineOnly = this.sawSnapshot;
    this.sawSnapshot = false;

    const mine = await this.myTickets(agent.id);
    if (!mine) return;
    const notes = ticketNotifications(baselineOnly ? null : this.knownTickets, mine, this.ownAssignments);
    this.knownTickets = new Set(mine.map((t) => t.id));
    for (const t of mine) this.ownAssignments.delete(t.id);
    this.mine = mine;

    const exceptions = await this.openExceptions();
    if (exceptions) {
      notes.push(...exceptionNotifications(this.role, baselineOnly ? null : this.knownExceptions, exceptions));
      this.knownExceptions = new Set(exceptions.map((e) => e.id));
    } else {
      this.knownExceptions = null; // an agent now; if promoted, the first look is a baseline again
    }
    const mentions = await this.read('mentions.recent', {}, mentionListSchema);
    if (mentions) {
      notes.push(...mentionNotifications(baselineOnly ? null : this.knownMentions, mentions));
      this.knownMentions = new Set(mentions.map((m) => m.messageId));
    }
    for (const note of notes) this.deps.notify(note);
    this.deps.setUnread(unreadCount(mine, this.deps.seen.all()));
  }

  private reset(agentId: string | null, role: string): void {
    this.agentId = agentId;
    this.role = role;
    this.knownTickets = null;
    this.knownExceptions = null;
    this.knownMentions = null;
    this.mine = [];
    this.threads.clear();
    this.ownAssignments.clear();
  }

  private async myTickets(me: string): Promise<MyTicket[] | null> {
    const list = await this.read('tickets.list', { view: 'mine', limit: 1000 }, myListSchema);
    if (!list) return null;
    const result: MyTicket[] = [];
    for (const t of list) {
      // Re-read a thread only when its ticket shows new activity.
      const key = `${t.lastMessageAt}:${t.messageCount}`;
      let thread = this.threads.get(t.id);
      if (thread?.key !== key) {
        const detail = await this.read('tickets.get', { id: t.id }, threadSchema);
        thread = { key, ...summarizeThread(detail?.messages ?? [], me) };
        this.threads.set(t.id, thread);
      }
      result.push({
        id: t.id,
        number: t.number,
        subject: t.subject,
        customerName: t.customerName,
        status: t.status,
        lastInboundAt: thread.lastInboundAt,
        lastOwnReplyAt: thread.lastOwnReplyAt,
      });
    }
    return result;
  }

  /** Leads and admins only; null for agents (their baseline stays unset until their role changes). */
  private async openExceptions(): Promise<OpenException[] | null> {
    if (this.role !== 'lead' && this.role !== 'admin') return null;
    const rows = await this.read('exceptions.urgent', {}, urgentSchema);
    return (
      rows?.map((e) => ({
        id: e.id,
        severity: e.severity,
        status: e.status,
        ticketId: e.ticketId,
        title: `${e.type.replaceAll('_', ' ')} · ${e.customerName}`,
      })) ?? null
    );
  }

  private async read<T>(channel: IpcChannel, input: unknown, schema: z.ZodType<T>): Promise<T | null> {
    const reply = await this.deps.core.invoke(channel, input);
    if (!reply.ok) {
      this.deps.log(`${channel} failed: ${reply.error.message}`);
      return null;
    }
    const parsed = schema.safeParse(reply.data);
    if (!parsed.success) this.deps.log(`${channel} answered an unexpected shape`);
    return parsed.success ? parsed.data : null;
  }
}

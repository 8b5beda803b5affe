import { teamScope, uuidv7, type TicketStatus } from '../../../src/core';
import { call } from '../../fixtures/desktop/coreCalls';
import { replicaHasTicket } from './readReplicaFile';
import type { AssigneeChoice, Op, Schedule } from './scheduleArbitrary';
import { MAYA, type CoreSlot, type SyncWorld } from './SyncWorld';

/** A change a core accepted locally (queued in its outbox), as it was sent. */
export interface Accepted {
  slot: CoreSlot;
  /** The agent signed in on that desktop when it was made: the only one it may be applied under. */
  email: string;
  mutationId: string;
  name: 'message.send' | 'ticket.update';
  args: Record<string, unknown>;
  ticketId: string;
  /** message.send only. */
  messageId: string | null;
}

export interface ScheduleRun {
  ticketIds: string[];
  firstMessageIds: string[];
  accepted: Accepted[];
}

/** Opens the schedule's tickets on the hub and waits until every core holds them. */
async function openTickets(world: SyncWorld, count: number, customerId: string): Promise<{ ticketIds: string[]; firstMessageIds: string[] }> {
  const teamId = world.slots[0]!.agent.teamId;
  const ticketIds: string[] = [];
  const firstMessageIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = uuidv7();
    const messageId = uuidv7();
    const result = await world.hub.mutate(MAYA.email, 'ticket.create', {
      id,
      subject: `Property ticket ${i}`,
      customerId,
      teamId,
      channel: 'email',
      firstMessage: { id: messageId, direction: 'inbound', body: `Where is consignment ${id}?` },
    });
    if (result.status !== 'applied') throw new Error(`ticket.create was ${result.status}`);
    ticketIds.push(id);
    firstMessageIds.push(messageId);
  }
  return { ticketIds, firstMessageIds };
}

function assigneeId(world: SyncWorld, choice: AssigneeChoice): string | null {
  if (choice === 'nobody') return null;
  const found = world.tokens.get(`${choice}@relay.example`);
  if (!found) throw new Error(`no agent ${choice}`);
  return found.agent.id;
}

async function runOp(world: SyncWorld, run: ScheduleRun, op: Op): Promise<void> {
  const slotOf = (i: number): CoreSlot => world.slots[i % world.slots.length]!;
  const ticketOf = (i: number): string => run.ticketIds[i % run.ticketIds.length]!;
  switch (op.kind) {
    case 'send': {
      const slot = slotOf(op.core);
      const ticketId = ticketOf(op.ticket);
      const kind = op.note ? ('note' as const) : ('reply' as const);
      const body = `${kind} ${uuidv7()}`;
      const args = { id: uuidv7(), ticketId, kind, body };
      const reply = await slot.core.invoke('message.send', args);
      // Refused locally (e.g. the replica already shows the ticket closed): nothing was queued.
      if (!reply.ok) return;
      const data = reply.data as { mutationId: string };
      run.accepted.push({ slot, email: slot.login.email, mutationId: data.mutationId, name: 'message.send', args, ticketId, messageId: args.id });
      return;
    }
    case 'update': {
      const slot = slotOf(op.core);
      const id = ticketOf(op.ticket);
      const status: TicketStatus | undefined = op.status ?? (op.assignee === null ? 'open' : undefined);
      const args = {
        id,
        ...(status !== undefined ? { status } : {}),
        ...(op.assignee !== null ? { assigneeId: assigneeId(world, op.assignee) } : {}),
      };
      const reply = await slot.core.invoke('ticket.update', args);
      if (!reply.ok) return;
      const data = reply.data as { mutationId: string };
      run.accepted.push({ slot, email: slot.login.email, mutationId: data.mutationId, name: 'ticket.update', args, ticketId: id, messageId: null });
      return;
    }
    case 'cut':
      return world.cut(slotOf(op.core));
    case 'restore':
      return world.restore(slotOf(op.core));
    case 'restartCore':
      return world.restartCore(slotOf(op.core));
    case 'failover':
      return world.failover(slotOf(op.core));
    case 'switchAccount':
      await world.switchAccount(slotOf(op.core));
      return;
    case 'stopHub':
      return world.stopHub();
    case 'startHub':
      return world.startHub();
    case 'settle': {
      // Let one core drain its outbox when it can reach the hub; otherwise nothing to wait for.
      const slot = slotOf(op.core);
      if (!slot.linkUp || world.nodes[slot.node] === null) return;
      await call(slot.core, 'sync.reconnectNow', {});
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (await call(slot.core, 'sync.status', {})).unsent > 0) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return;
    }
    case 'pause':
      await new Promise((resolve) => setTimeout(resolve, op.ms));
      return;
  }
}

/** Runs one schedule's steps; the caller converges and checks. */
export async function runSchedule(world: SyncWorld, schedule: Schedule, customerId: string): Promise<ScheduleRun> {
  const opened = await openTickets(world, schedule.tickets, customerId);
  const run: ScheduleRun = { ...opened, accepted: [] };
  for (const slot of world.slots) {
    for (const id of run.ticketIds) {
      await pollUntilHas(slot, id);
    }
  }
  for (const op of schedule.ops) await runOp(world, run, op);
  return run;
}

async function pollUntilHas(slot: CoreSlot, ticketId: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  // The file, not tickets.get: that fetches a missing ticket from the hub on demand, and this waits for sync to bring it.
  while (!replicaHasTicket(slot.path, ticketId)) {
    if (Date.now() > deadline) throw new Error(`core ${slot.index} never received ticket ${ticketId}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const scopeOfSchedule = (world: SyncWorld): string => teamScope(world.slots[0]!.agent.teamId);

import { describe, expect, it } from 'vitest';
import { ipcChannels, ipcContract, mutationRegistry, uuidv7 } from '../../../src/core';

const defs = Object.values(mutationRegistry);
const agentMutations = defs.filter((def) => def.callers === 'agents');
const hubOnlyMutations = defs.filter((def) => def.callers !== 'agents');

/** IPC write channels are generated from the mutation registry: one schema, one name per write. */
describe('IPC write channels', () => {
  it('gives every agent mutation exactly one channel, named as it, whose input IS its args schema', () => {
    expect(agentMutations.map((d) => d.name)).toEqual(expect.arrayContaining(['ticket.update', 'message.send', 'exception.openTicket', 'article.save']));
    for (const def of agentMutations) {
      const carrying = ipcChannels.filter((channel) => ipcContract[channel].input === def.args);
      expect(carrying, def.name).toEqual([def.name]);
    }
  });

  it('offers no channel for what only the hub itself writes or runs from its admin routes', () => {
    expect(hubOnlyMutations.map((d) => `${d.callers} ${d.name}`).sort()).toEqual([
      'hub agent.deactivate',
      'hub agent.save',
      'hub customer.erase',
      'hub retention.apply',
      'system csat.record',
      'system csat.requestSurvey',
      'system duplicate.record',
      'system invoice.upsert',
      'system message.receive',
      'system notification.queue',
      'system order.upsert',
      'system seed.load',
      'system shipment.upsert',
      'system shipmentAction.settle',
      'system ticket.applyRules',
      'system tracking.record',
      'system warehouse.record',
    ]);
    for (const def of hubOnlyMutations) {
      expect(ipcChannels, def.name).not.toContain(def.name);
      expect(ipcChannels.some((channel) => ipcContract[channel].input === def.args), def.name).toBe(false);
    }
  });

  it('answers every write with the mutation id only', () => {
    const mutationId = uuidv7();
    for (const def of agentMutations) {
      const output = ipcContract[def.name as keyof typeof ipcContract].output;
      expect(output.parse({ mutationId }), def.name).toEqual({ mutationId });
      expect(output.safeParse({}).success, def.name).toBe(false);
    }
  });

  it('keeps the hand-declared write channels the mutations replaced out of the contract', () => {
    for (const old of ['tickets.update', 'messages.send', 'tickets.merge', 'kb.save', 'exceptions.update', 'exceptions.openTicket', 'exceptions.notify']) {
      expect(ipcChannels).not.toContain(old);
    }
  });
});

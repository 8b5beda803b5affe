import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundConnector, OutboundMessage } from '../../../../src/hub/outbound/OutboundMessage';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { startRulesNodes, storeKinds, type RulesNodes } from './startRulesNodes';

const claimTimeoutMs = 5 * 60_000;

describe.each(storeKinds)('outbound claims: two hub nodes over one database (%s)', (kind) => {
  let h: RulesNodes;
  const sends: Array<{ node: string; messageId: string }> = [];
  /** Sends wait on this: a test holds it closed to keep one node mid-send while the other tries. */
  let gate: Promise<void> = Promise.resolve();
  const connector = (node: string): OutboundConnector => ({
    async send(message: OutboundMessage) {
      sends.push({ node, messageId: message.messageId });
      await gate;
      return { externalId: `<${message.messageId}@${node}.relay.example>` };
    },
  });
  const sendsOf = (messageId: string) => sends.filter((s) => s.messageId === messageId);

  beforeAll(async () => {
    h = await startRulesNodes(kind, [{ email: connector('node-1') }, { email: connector('node-2') }], { claimTimeoutMs });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('both nodes sweep the same queued reply while one is mid-send: exactly one sends it', async () => {
    const ticket = await h.ticket((await h.customer()).id);
    const reply = await h.queuedReply(ticket);
    let open!: () => void;
    gate = new Promise<void>((resolve) => (open = resolve));
    const [one, two] = h.nodes;
    await Promise.all([one.engine.sweep(), two.engine.sweep()]);
    // One node claimed it and is stuck sending; the other must give up rather than send too.
    const first = await waitFor('a node to start sending', () => sendsOf(reply.id)[0]);
    const other = first.node === 'node-1' ? two : one;
    await Promise.race([other.engine.idle(), waitFor('a second send', () => sendsOf(reply.id).length > 1, 60_000)]);
    expect(sendsOf(reply.id)).toHaveLength(1);
    expect((await h.claims()).map((c) => c.messageId)).toEqual([reply.id]);
    open();
    await h.idle();
    expect(sendsOf(reply.id)).toHaveLength(1);
    const sent = await h.message(reply.id);
    expect(sent).toMatchObject({ deliveryStatus: 'sent', externalId: `<${reply.id}@${first.node}.relay.example>` });
    // The claim stays (it conflicts with late claimers); sweeping again sends nothing.
    expect((await h.claims()).filter((c) => c.messageId === reply.id).map((c) => c.claimedBy)).toEqual([expect.stringMatching(new RegExp(`^${first.node}\\.`))]);
    await Promise.all([one.engine.sweep(), two.engine.sweep()]);
    await h.idle();
    expect(sendsOf(reply.id)).toHaveLength(1);
    expect((await h.audit('message.sent')).filter((a) => a.entityId === reply.id)).toHaveLength(1);
  });

  it('a claim left by a crashed node blocks sending until it expires, then another node takes it over', async () => {
    const ticket = await h.ticket((await h.customer()).id);
    const reply = await h.queuedReply(ticket);
    await h.claimAs(reply.id, 'node-that-crashed', h.now());
    h.advance(claimTimeoutMs - 1_000);
    await h.nodes[0].engine.sweep();
    await h.idle();
    expect(sendsOf(reply.id)).toHaveLength(0);
    expect((await h.message(reply.id))?.deliveryStatus).toBe('queued');

    h.advance(2_000);
    await h.nodes[0].engine.sweep();
    await h.idle();
    expect(sendsOf(reply.id)).toEqual([{ node: 'node-1', messageId: reply.id }]);
    expect((await h.message(reply.id))?.deliveryStatus).toBe('sent');
    expect((await h.claims()).filter((c) => c.messageId === reply.id).map((c) => c.claimedBy)).toEqual(['node-1.0']);
  });

  it('claims are kept after sending and pruned once a day old', async () => {
    const ticket = await h.ticket((await h.customer()).id);
    const reply = await h.queuedReply(ticket);
    await h.nodes[0].engine.sweep();
    await h.idle();
    expect((await h.message(reply.id))?.deliveryStatus).toBe('sent');
    expect((await h.claims()).some((c) => c.messageId === reply.id)).toBe(true);
    h.advance(25 * 3_600_000);
    await h.nodes[1].engine.sweep();
    await h.idle();
    expect((await h.claims()).some((c) => c.messageId === reply.id)).toBe(false);
    expect(sendsOf(reply.id)).toHaveLength(1);
  });

  it('a channel with no connector holds the message (not failed, reason audited); it goes out once a node has one', async () => {
    const ticket = await h.ticket((await h.customer()).id, 'sms');
    const reply = await h.queuedReply(ticket);
    await Promise.all(h.nodes.map((n) => n.engine.sweep()));
    await h.idle();
    expect((await h.message(reply.id))?.deliveryStatus).toBe('held');
    const held = (await h.audit('message.held')).filter((a) => a.entityId === reply.id);
    expect(held.map((a) => a.detail)).toEqual([{ reason: 'No sms connector is configured on this hub.' }]);
    expect(await h.audit('message.delivery_failed')).toEqual([]);
    // Sweeping again without a connector changes nothing.
    await h.nodes[1].engine.sweep();
    await h.idle();
    expect((await h.message(reply.id))?.deliveryStatus).toBe('held');

    // Node 2 restarts with an SMS connector configured: its next sweep sends the held message.
    await h.restart(1, { email: connector('node-2'), sms: connector('node-2') });
    await Promise.all(h.nodes.map((n) => n.engine.sweep()));
    await h.idle();
    expect(sendsOf(reply.id)).toEqual([{ node: 'node-2', messageId: reply.id }]);
    expect((await h.message(reply.id))?.deliveryStatus).toBe('sent');
  });
});

import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Connection, ConnectionClosedError } from '../../../../src/desktop/sync/Connection';
import { hubRequest } from '../../../../src/desktop/sync/hubRequest';
import { HubReplyError } from '../../../../src/desktop/sync/HubReplyError';

/** A socket whose acks the test answers by hand (the real socket path runs in the integration suites). */
function manualSocket() {
  const pending: Array<(reply: unknown) => void> = [];
  const socket = {
    connected: true,
    timeout: () => ({ emitWithAck: () => new Promise<unknown>((resolve) => pending.push(resolve)) }),
  } as unknown as Socket;
  return { socket, answer: (reply: unknown) => pending.shift()?.(reply) };
}

describe('hubRequest', () => {
  it('leaves nothing attached to its connection once answered, however many requests ran', async () => {
    const connection = new Connection();
    const { socket, answer } = manualSocket();
    for (let i = 0; i < 50; i++) {
      const request = hubRequest(socket, connection, 'pull', {}, z.object({ rows: z.array(z.number()) }));
      expect(connection.waiting).toBe(1);
      answer({ ok: true, data: { rows: [i] } });
      await expect(request).resolves.toEqual({ rows: [i] });
    }
    expect(connection.waiting).toBe(0);
  });

  it('abandons a request in flight the moment its connection closes', async () => {
    const connection = new Connection();
    const { socket } = manualSocket();
    const request = hubRequest(socket, connection, 'snapshot', {}, z.unknown());
    connection.close();
    await expect(request).rejects.toBeInstanceOf(ConnectionClosedError);
    expect(connection.waiting).toBe(0);
    await expect(hubRequest(socket, connection, 'pull', {}, z.unknown())).rejects.toBeInstanceOf(ConnectionClosedError);
  });

  it('turns an error answer into a HubReplyError with the hub’s code', async () => {
    const connection = new Connection();
    const { socket, answer } = manualSocket();
    const request = hubRequest(socket, connection, 'push', {}, z.unknown());
    answer({ ok: false, error: { code: 'forbidden', message: 'not your team' } });
    await expect(request).rejects.toBeInstanceOf(HubReplyError);
    await expect(request).rejects.toMatchObject({ code: 'forbidden', message: 'push: not your team' });
  });
});

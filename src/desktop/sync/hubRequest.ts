import type { Socket } from 'socket.io-client';
import { z } from 'zod';
import { ConnectionClosedError, type Connection } from './Connection';
import { HubReplyError } from './HubReplyError';

const ackFailureSchema = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) });

/** socket.io's own timeout message ("operation has timed out") means nothing to an agent. */
function describeTimeout(error: unknown, event: string, timeoutMs: number): unknown {
  if (!(error instanceof Error) || !error.message.includes('timed out')) return error;
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return new HubReplyError('timeout', `${event}: the hub did not answer within ${seconds} s`);
}

/** Emits a request with an ack and validates the answer with zod; fails fast when the connection ends. */
export async function hubRequest<T>(
  socket: Socket,
  connection: Connection,
  event: 'hello' | 'snapshot' | 'pull' | 'push',
  payload: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  if (connection.closed || !socket.connected) throw new ConnectionClosedError();
  const reply = await new Promise<unknown>((resolve, reject) => {
    const stopWaiting = connection.onClose(() => reject(new ConnectionClosedError()));
    socket
      .timeout(connection.requestTimeoutMs)
      .emitWithAck(event, payload)
      .then(resolve, (error: unknown) => reject(describeTimeout(error, event, connection.requestTimeoutMs)))
      .finally(stopWaiting);
  });
  const failure = ackFailureSchema.safeParse(reply);
  if (failure.success) throw new HubReplyError(failure.data.error.code, `${event}: ${failure.data.error.message}`);
  const success = z.object({ ok: z.literal(true), data: schema }).safeParse(reply);
  if (!success.success) {
    throw new HubReplyError('bad_reply', `${event}: unexpected reply from the hub (${z.prettifyError(success.error)})`);
  }
  return success.data.data;
}

import type { IpcChannel, IpcInput, IpcOutput } from '../../src/core';
import type { DesktopCore } from '../../src/desktop/createDesktopCore';

/** Invokes a channel on a desktop core and returns its data, or throws with the core's error. */
export async function call<C extends IpcChannel>(core: DesktopCore, channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> {
  const reply = await core.invoke(channel, input);
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code}: ${reply.error.message}`);
  // invoke answers the channel it was asked; the reply union does not carry that link.
  return reply.data as IpcOutput<C>;
}

import { ipcContract, type AppInfo, type IpcChannel, type IpcReply, type OpenTarget } from '../src/core/contract/ipcContract';

export interface ShellIpcDeps {
  info(): AppInfo;
  /** The deep link that arrived before the window could show it; taking it clears it. */
  takePendingOpen(): OpenTarget | null;
}

const shellChannels: ReadonlySet<string> = new Set<IpcChannel>(['app.info', 'app.pendingOpen']);

/**
 * The contract channels the Electron shell answers itself (the desktop core answers them for
 * plain-Node hosts). Returns null for every other channel: those go to the core.
 */
export function createShellIpc(deps: ShellIpcDeps) {
  return {
    answer(channel: string, input: unknown): IpcReply<IpcChannel> | null {
      if (!shellChannels.has(channel)) return null;
      const key = channel as 'app.info' | 'app.pendingOpen';
      const parsed = ipcContract[key].input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: parsed.error.issues.map((i) => i.message).join('; ') } };
      return { ok: true, data: key === 'app.info' ? deps.info() : deps.takePendingOpen() };
    },
  };
}

import {
  ipcErrorSchema,
  ipcEvents,
  type IpcChannel,
  type IpcEventName,
  type IpcEventPayload,
  type IpcReply,
  type RelayBridge,
} from '../../core';

export interface HttpBridgeOptions {
  token: string;
  /** '' = same origin as the page. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Absent where there is no EventSource (tests); `on` then never fires. */
  EventSource?: typeof EventSource;
}

const unreachable = 'Cannot reach Relay’s local service. Is `npm run browser` still running?';

/** Browser mode's `window.relay`: the same contract over the loopback bridge server. */
export function createHttpBridge(options: HttpBridgeOptions): RelayBridge {
  const { token, baseUrl = '' } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const listeners = new Map<IpcEventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function ensureSource(event: IpcEventName): void {
    const Source = options.EventSource;
    if (!Source) return;
    source ??= new Source(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
    if (listeners.get(event)?.size !== 1) return;
    // The first listener for an event wires it to the stream; later ones share it.
    source.addEventListener(event, (message) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse((message as MessageEvent<string>).data);
      } catch {
        return;
      }
      const checked = ipcEvents[event].safeParse(parsed);
      if (!checked.success) return;
      for (const listener of listeners.get(event) ?? []) listener(checked.data);
    });
  }

  return {
    async invoke<C extends IpcChannel>(channel: C, input: unknown): Promise<IpcReply<C>> {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-relay-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'failed', message: unreachable } };
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return { ok: false, error: { code: 'failed', message: `Relay’s local service answered ${response.status} without a reply.` } };
      }
      if (response.ok && typeof body === 'object' && body !== null && 'ok' in body) return body as IpcReply<C>;
      const error = ipcErrorSchema.safeParse((body as { error?: unknown } | null)?.error);
      if (error.success) return { ok: false, error: error.data };
      return { ok: false, error: { code: 'failed', message: `Relay’s local service answered ${response.status}.` } };
    },
    on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      const untyped = listener as (payload: unknown) => void;
      set.add(untyped);
      listeners.set(event, set);
      ensureSource(event);
      return () => set.delete(untyped);
    },
  };
}

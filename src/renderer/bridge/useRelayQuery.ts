import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntityName, IpcChannel, IpcError, IpcInput, IpcOutput } from '../../core';
import { relay } from './relay';
import { useRelayEvent } from './useRelayEvent';

export interface RelayQuery<C extends IpcChannel> {
  data: IpcOutput<C> | undefined;
  error: IpcError | null;
  /** True until the first answer for the current input arrives. */
  loading: boolean;
  reload(): void;
}

/**
 * Reads a channel and reads it again whenever the core reports a change to one of `entities`.
 * `input` null means "nothing to read yet". Answers to stale inputs are dropped.
 */
export function useRelayQuery<C extends IpcChannel>(
  channel: C,
  input: IpcInput<C> | null,
  entities: readonly EntityName[],
): RelayQuery<C> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{ key: string | null; data?: IpcOutput<C>; error: IpcError | null }>({
    key: null,
    error: null,
  });
  const requestId = useRef(0);

  const load = useCallback(() => {
    if (key === null) return;
    const id = ++requestId.current;
    void relay()
      .invoke(channel, JSON.parse(key) as IpcInput<C>)
      .then((reply) => {
        if (id !== requestId.current) return;
        setState((prev) =>
          reply.ok
            ? { key, data: reply.data, error: null }
            : { key, data: prev.key === key ? prev.data : undefined, error: reply.error },
        );
      });
  }, [channel, key]);

  useEffect(load, [load]);
  useRelayEvent('data.changed', (change) => {
    if (change.entities.some((e) => entities.includes(e))) load();
  });

  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : null,
    loading: key !== null && !current,
    reload: load,
  };
}

import { useEffect, useRef } from 'react';
import type { IpcEventName, IpcEventPayload } from '../../core';
import { relay } from './relay';

/** Subscribes to a core event for the component's lifetime; the latest listener is always used. */
export function useRelayEvent<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => relay().on(event, (payload) => latest.current(payload)), [event]);
}

import type { IpcEventName, IpcEventPayload } from '../../core';

type Listener<E extends IpcEventName> = (payload: IpcEventPayload<E>) => void;

/** The main→renderer events of the contract; a throwing listener never breaks the others. */
export class EventHub {
  private readonly listeners = new Map<IpcEventName, Set<(payload: never) => void>>();

  on<E extends IpcEventName>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<E extends IpcEventName>(event: E, payload: IpcEventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as Listener<E>)(payload);
      } catch (error) {
        console.error(`[relay] ${event} listener failed`, error);
      }
    }
  }
}

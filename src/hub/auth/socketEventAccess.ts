import type { ClientToServerEvents } from '../../core';

/**
 * The scope check each client→hub socket event relies on. Every event the gateway handles must
 * be listed: the socket guard refuses events that are not, and TypeScript insists every event
 * of the contract is (`satisfies`). All of them also require an active agent (socket guard).
 */
export const socketEventAccess = {
  hello: 'grants scopes from the agent’s current role and team (re-read), joins only those rooms',
  snapshot: 'refuses a scope not granted at hello',
  pull: 'ignores cursors of scopes not granted at hello',
  push: 'runs each mutation as the token’s agent; the mutation checks team access on the rows it reads',
  'presence:set': 'refuses a ticket whose team is not a scope granted at hello; broadcasts only to that team’s room',
} as const satisfies Record<keyof ClientToServerEvents, string>;

export function isDeclaredSocketEvent(event: string): event is keyof typeof socketEventAccess {
  return Object.hasOwn(socketEventAccess, event);
}

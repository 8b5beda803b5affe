/** Solved and closed tickets need nothing from the agent: no notification, no unread mark. */
export function isActiveStatus(status: string): boolean {
  return status !== 'solved' && status !== 'closed';
}

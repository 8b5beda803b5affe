/** "1 change" / "3 changes", as the sign-out dialog counts unsent work. */
export function changesLabel(count: number): string {
  return `${count} ${count === 1 ? 'change' : 'changes'}`;
}

/** "1 change" / "3 changes": how the session's messages count unsent work. */
export function changesPhrase(count: number): string {
  return `${count} ${count === 1 ? 'change' : 'changes'}`;
}

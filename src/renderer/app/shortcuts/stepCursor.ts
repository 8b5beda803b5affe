/**
 * Where j/k lead in a list of row ids: one step from the cursor's row, or from the open row when
 * there is no cursor yet; the first (or last) row when neither is in the list. -1 for no rows.
 */
export function stepCursor(ids: readonly string[], cursorId: string | null, openId: string | null, step: 1 | -1): number {
  if (ids.length === 0) return -1;
  const from = [cursorId, openId].map((id) => (id === null ? -1 : ids.indexOf(id))).find((at) => at !== -1);
  if (from === undefined) return step === 1 ? 0 : ids.length - 1;
  return Math.min(ids.length - 1, Math.max(0, from + step));
}

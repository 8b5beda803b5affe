/** The `@name` being typed just before the cursor (start offset and the text after @), or null. */
export function mentionQuery(body: string, cursor: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}.'-]{0,30})$/u.exec(body.slice(0, cursor));
  if (!match) return null;
  return { start: cursor - match[2]!.length - 1, query: match[2]! };
}

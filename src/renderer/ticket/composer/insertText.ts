/**
 * `body` with `text` put in at the selection (replacing it), as its own paragraph when the
 * cursor sits inside a line of other text; returns the new body and where the cursor goes.
 */
export function insertText(body: string, text: string, start: number, end: number = start): { body: string; cursor: number } {
  const from = Math.max(0, Math.min(start, body.length));
  const to = Math.max(from, Math.min(end, body.length));
  const before = body.slice(0, from);
  const after = body.slice(to);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n\n';
  const inserted = `${lead}${text}${trail}`;
  return { body: `${before}${inserted}${after}`, cursor: before.length + lead.length + text.length };
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses a raw JSON body; the reason carries the parser's message (position of the error). */
export function parseJsonBody(body: Buffer): JsonBody {
  if (body.length === 0) return { ok: false, reason: 'body is empty' };
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch (error) {
    return { ok: false, reason: `body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

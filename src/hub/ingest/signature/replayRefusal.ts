/** The answer to a signature seen before: a captured request sent again. */
export const replayRefusal = {
  status: 409,
  code: 'conflict',
  message: 'Webhook refused: this signature was already used (a replayed request). Sign every request afresh with its own delivery id and timestamp.',
} as const;

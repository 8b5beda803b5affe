/** A delivery the route accepted: `ack` goes out in the 202 now, `run` does the work afterwards. */
export type Prepared =
  | { ok: true; ack: Record<string, unknown>; run: () => Promise<Record<string, unknown>> }
  | { ok: false; status: 400 | 415 | 422; message: string; details?: Record<string, unknown> };

/** One webhook source: which bodies it takes and how it validates them before answering. */
export interface IngestHandler {
  /** Accepted media types (without parameters), lower-case. */
  contentTypes: readonly string[];
  /** Cheap, synchronous validation; heavy work goes in `run`. */
  prepare(body: Buffer, deliveryId: string): Prepared;
}

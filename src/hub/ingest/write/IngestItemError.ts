/** One batch item cannot be stored (unknown shipment, unknown customer…); the others go on. */
export class IngestItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestItemError';
  }
}

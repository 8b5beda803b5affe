/** A request the hub refuses, with a code clients branch on; anything else thrown is a bug ('internal'). */
export type HubErrorCode = 'invalid_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'protocol' | 'internal';

export class HubRequestError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HubRequestError';
  }
}

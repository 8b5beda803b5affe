/**
 * The hub answered a socket request with an error (its code: `forbidden`, `unauthorized`, …), with
 * something that is not the protocol (`bad_reply`), or not in time (`timeout`). The hub's own
 * refusal, before it is sent, is src/hub/HubRequestError: a different side and meaning.
 */
export class HubReplyError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HubReplyError';
  }
}

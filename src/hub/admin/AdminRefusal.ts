/** An admin request refused for a reason the HTTP layer maps to its status (409 conflict, 404, 400). */
export class AdminRefusal extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: 'invalid_request' | 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'AdminRefusal';
  }
}

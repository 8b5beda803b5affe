/** Shown on the sign-in screen when the hub stopped accepting the token. */
export const SESSION_ENDED_MESSAGE = 'Your session was ended (signed out elsewhere, password changed or reset by an admin). Sign in again.';

/** Printed whenever an embedded hub runs the demo world: its logins are in the README. */
export const demoPasswordsWarning =
  'WARNING: demo world: its passwords (incl. an admin) are published in the README; anyone who can reach this hub can sign in. Use it to try Relay, not for real customers.';

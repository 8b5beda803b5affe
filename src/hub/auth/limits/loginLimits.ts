/**
 * Failed password checks allowed per window: per account (against guessing one password) and
 * per client IP (against trying one password on many accounts). A success gives its attempt back.
 */
export const loginLimits = {
  perAccount: 5,
  perIp: 20,
  windowMs: 10 * 60 * 1000,
} as const;

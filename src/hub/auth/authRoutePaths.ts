/** The session routes' paths, shared by their handlers and the sign-in limit that wraps them. */
export const authRoutePaths = {
  login: '/api/v1/auth/login',
  logout: '/api/v1/auth/logout',
  password: '/api/v1/auth/password',
} as const;

/**
 * The window's CSP, sent as a response header as well as index.html's meta tag. Only our
 * own scripts run; Mantine writes <style> tags, hence 'unsafe-inline' for styles alone.
 * The dev server additionally needs its HMR websocket and React refresh preamble.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * DNS-rebinding guard: a page on evil.example that re-points its name at 127.0.0.1 still
 * sends `Host: evil.example`, so only loopback names (with our port, if any) are accepted.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim().toLowerCase());
  if (!match) return false;
  const [, name, portText] = match;
  if (!name || !loopbackHosts.has(name)) return false;
  return portText === undefined || Number(portText) === port;
}

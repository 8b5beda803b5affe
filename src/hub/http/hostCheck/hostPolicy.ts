import { isLoopbackHostname } from '../../../core/util/isLoopbackHostname';

export interface HostPolicyOptions {
  /** The address the hub listens on. */
  bindHost: string;
  /** Host names (`relay.example.com`, any port) or `name:port` the hub answers to; see registerHostCheck. */
  allowedHosts?: readonly string[] | undefined;
}

/** The reason a Host header is refused, or null when it may pass. */
export type HostVerdict = (hostHeader: string | undefined) => string | null;

const splitHost = (value: string): { name: string; port: string | null } => {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (v6) return { name: `[${v6[1]}]`, port: v6[2] ?? null };
  const plain = /^([^:]+)(?::(\d+))?$/.exec(value);
  return plain ? { name: plain[1]!, port: plain[2] ?? null } : { name: value, port: null };
};

/**
 * DNS-rebinding defence: a page on evil.example that re-points its name at 127.0.0.1 reaches a
 * loopback hub with `Host: evil.example`. A loopback-bound hub therefore answers only to the
 * names 127.0.0.1 / localhost / [::1] (any port: a local port-forward or proxy may front it, and a
 * rebinding page cannot present a loopback name) plus any allowed hosts; a hub bound elsewhere
 * checks only when allowed hosts are configured (a reverse proxy may present any name).
 */
export function hostPolicy(options: HostPolicyOptions): HostVerdict {
  const configured = (options.allowedHosts ?? []).map((h) => h.trim().toLowerCase()).filter((h) => h.length > 0);
  const loopback = isLoopbackHostname(options.bindHost);
  if (!loopback && configured.length === 0) return () => null;
  return (hostHeader) => {
    const allowed = loopback ? ['127.0.0.1', 'localhost', '[::1]', ...configured] : configured;
    if (!hostHeader) return `A Host header is required (allowed: ${allowed.join(', ')}).`;
    const given = splitHost(hostHeader.trim().toLowerCase());
    const ok = allowed.some((entry) => {
      const want = splitHost(entry);
      return want.name === given.name && (want.port === null || want.port === (given.port ?? null));
    });
    return ok ? null : `This hub does not answer to Host "${hostHeader}" (allowed: ${allowed.join(', ')}; set RELAY_ALLOWED_HOSTS to add names).`;
  };
}

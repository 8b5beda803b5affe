/** RELAY_ALLOWED_HOSTS: comma-separated host names (any port) or `name:port`; unset → undefined. */
export function allowedHostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const list = (env.RELAY_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter((h) => h.length > 0);
  return list.length > 0 ? list : undefined;
}

/**
 * How to register Relay as the relay: link handler, or null to leave the OS alone. A packaged
 * app registers itself; a development or test run would overwrite the installed app's
 * registration (and the test machine's), so it does only when RELAY_REGISTER_PROTOCOL=1,
 * pointing the OS at `electron <main.js>`.
 */
export function protocolRegistration(ctx: {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
  execPath: string;
  mainScript: string | undefined;
}): { args: [] } | { execPath: string; args: [string] } | null {
  if (ctx.isPackaged) return { args: [] };
  if (ctx.env['RELAY_REGISTER_PROTOCOL'] !== '1' || !ctx.mainScript) return null;
  return { execPath: ctx.execPath, args: [ctx.mainScript] };
}

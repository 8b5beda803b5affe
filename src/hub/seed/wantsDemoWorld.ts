/** True when the demo world was asked for: `--demo` on the command line or RELAY_DEMO=1. */
export function wantsDemoWorld(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes('--demo') || env.RELAY_DEMO === '1';
}

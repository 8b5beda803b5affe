import { z } from 'zod';

/** The admin login a fresh embedded hub was created with: shown to the user once, then gone. */
export const firstRunAdminSchema = z.object({
  email: z.email(),
  password: z.string().min(1),
  /** Where a copy is kept: the OS keychain-encrypted file, or null when this host keeps none. */
  keptAt: z.string().nullable(),
});
export type FirstRunAdmin = z.infer<typeof firstRunAdminSchema>;

/** A public demo login of an embedded hub running the demo world (null for a real or fresh hub). */
export const demoLoginSchema = z.object({ email: z.email(), password: z.string().min(1) });
export type DemoLogin = z.infer<typeof demoLoginSchema>;

/** First-run setup of the app's own embedded hub. */
export const setupChannels = {
  /** The new embedded hub's admin login, given out once (null afterwards and on every later run). */
  'setup.firstRunAdmin': { input: z.object({}), output: firstRunAdminSchema.nullable() },
  /** The agent login the sign-in screen may suggest: only when the embedded hub runs the demo world. */
  'setup.demoLogin': { input: z.object({}), output: demoLoginSchema.nullable() },
} as const;

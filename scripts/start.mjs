// `npm start`: the logic is TypeScript (scripts/start/, unit-tested); tsx loads it without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./start/runStart.ts');

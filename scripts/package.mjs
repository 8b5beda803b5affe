// `npm run package`: the logic is TypeScript (scripts/package/, unit-tested); tsx loads it without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./package/runPackage.ts');

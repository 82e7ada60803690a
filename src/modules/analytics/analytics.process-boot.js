// A child process does not inherit the tsx loader of the one that starts it (it is started
// without the server's flags); this plain module registers it, then runs the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./analytics.process.ts');

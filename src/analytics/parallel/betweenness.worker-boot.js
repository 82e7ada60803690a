// Worker threads do not inherit the tsx loader of the thread that starts them; this plain
// module registers it, as bin/kring.js does for the main thread, then runs the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./betweenness.worker.ts');

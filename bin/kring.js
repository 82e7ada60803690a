#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so there is no separate build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// V8 allocates the objects of an allocation site in the old generation once it has seen them
// outlive young collections (pretenuring), and it came to do so for the PostgreSQL driver's
// rows soon after start. Each row's strings then stayed too, until a full collection: a page
// of people left 43 KB a request behind, and collections took a tenth of the server's time
// (docs/benchmarks.md, "Rows kept young"). Set before any code runs, in every process this
// file starts.
setFlagsFromString('--no-allocation-site-pretenuring');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

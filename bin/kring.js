#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so there is no separate build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// V8 moves an allocation site to the old generation once its objects outlive a few young
// collections, as rows read at start-up do. The PostgreSQL driver's rows then stay there,
// and each row's strings with them, until a full collection: a page of people promoted 50 KB
// per request and collections took a tenth of the server's time (docs/benchmarks.md, "Rows
// kept young"). Set before any code runs, in every process this file starts.
setFlagsFromString('--no-allocation-site-pretenuring');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

/**
 * How long importing people takes (src/modules/imports): a spreadsheet of N fictional people
 * at 200 organisations, each with a job title, an e-mail address and two tags, imported into
 * a fresh workspace on each database; first as a dry run, then for real, then again (every
 * person skipped).
 *
 *   npm run bench -- import [--people 1000,5000,10000] [--database sqlite|postgres|both]
 */
import { parseArgs } from 'node:util';
import { createLogger, openContext } from '../src/app/start.ts';
import { loadConfig } from '../src/config/config.ts';
import type { DialectName } from '../src/db/dialect.ts';
import { importPeople } from '../src/modules/imports/import.service.ts';
import { freshDatabase } from '../src/test/databases.ts';
import { makeWorkspace } from '../src/test/factories.ts';
import { FIRST_NAMES, SURNAME_STEMS } from './vocabulary.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000,5000,10000' },
    database: { type: 'string', default: 'both' },
  },
});
const sizes = values.people.split(',').map(Number);
const dialects: DialectName[] = values.database === 'both' ? ['sqlite', 'postgres'] : [values.database as DialectName];

/** A Dutch Excel export of `count` people, separated by semicolons. */
function spreadsheet(count: number): string {
  const rows = ['Voornaam;Achternaam;Functie;E-mailadres;Organisatie;Labels'];
  for (let i = 0; i < count; i += 1) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = SURNAME_STEMS[Math.floor(i / FIRST_NAMES.length) % SURNAME_STEMS.length]!;
    rows.push(`${first};${last};Adviseur informatiebeheer;persoon${i}@example.org;Organisatie ${i % 200};regio, import`);
  }
  return rows.join('\r\n');
}

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

console.log('| database | people | file | dry run ms | import ms | people per second | again, all skipped ms |');
console.log('|---|---|---|---|---|---|---|');
for (const dialect of dialects) {
  for (const size of sizes) {
    const database = await freshDatabase(dialect);
    const config = loadConfig({ KRING_LOG_LEVEL: 'silent' });
    const ctx = await openContext({ ...config, database: database.target }, createLogger('silent'));
    try {
      const team = await makeWorkspace(ctx);
      const actor = { workspaceId: team.workspace.id, userId: team.editor.id, ip: null };
      const content = spreadsheet(size);
      const input = { format: 'csv' as const, content, source: 'bench.csv' };
      const [, dry] = await timed(() => importPeople(ctx, actor, { ...input, dryRun: true }));
      const [result, real] = await timed(() => importPeople(ctx, actor, { ...input, dryRun: false }));
      if (result.counts.peopleCreated !== size) throw new Error(`bench: imported ${result.counts.peopleCreated} of ${size}`);
      const [, again] = await timed(() => importPeople(ctx, actor, { ...input, dryRun: false }));
      const kb = `${Math.round(Buffer.byteLength(content) / 1024)} KB`;
      console.log(
        `| ${dialect} | ${size} | ${kb} | ${dry.toFixed(0)} | ${real.toFixed(0)} | ${Math.round(size / (real / 1000))} | ${again.toFixed(0)} |`,
      );
    } finally {
      await ctx.db.close();
      await database.drop();
    }
  }
}

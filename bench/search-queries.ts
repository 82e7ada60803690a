/**
 * Median time of search's SQL (`searchMatches`, with the display names) for each kind of
 * query a user types, on the benchmark workspace, and which tier the first hits came from; then
 * for starts typed into the pickers of one kind, against the same starts over all kinds:
 *   node --import tsx bench/search-queries.ts [sqlite|postgres]
 */
import { readFileSync } from 'node:fs';
import { parseDatabaseTarget } from '../src/config/config.ts';
import { openDatabase } from '../src/db/dialect.ts';
import { searchMatches } from '../src/db/search-match.ts';
import { searchTerms } from '../src/lib/text.ts';
import { displayNameColumns } from '../src/modules/search/search-document.repository.ts';
import { median, TARGETS, type Dialect } from './targets.ts';

const dialect = (process.argv[2] ?? 'sqlite') as Dialect;
const { workspaceId } = JSON.parse(readFileSync(`data/bench-${dialect}.json`, 'utf8')) as { workspaceId: string };
const db = openDatabase(parseDatabaseTarget(TARGETS[dialect]));
const k = db.kysely;

const names = (
  await k.selectFrom('people').select('sortName').where('workspaceId', '=', workspaceId).orderBy('id').limit(500).execute()
).map((p) => p.sortName.split(' '));
const organisations = (
  await k.selectFrom('organisations').select('sortName').where('workspaceId', '=', workspaceId).orderBy('id').limit(200).execute()
).map((o) => o.sortName.split(' '));
const distinct = (list: string[]) => [...new Set(list.filter((q) => q.length > 0))].slice(0, 50);

const kinds: Record<string, string[]> = {
  'first name, 4 letters': distinct(names.map((words) => words[0]!.slice(0, 4))),
  'surname, 4 letters': distinct(names.map((words) => words.at(-1)!.slice(0, 4))),
  'first name and surname start': distinct(names.map((words) => `${words[0]} ${words.at(-1)!.slice(0, 3)}`)),
  "organisation's second word": distinct(organisations.map((words) => words[1] ?? '')),
  'job title word': ['beleid', 'advis', 'manag', 'archiv', 'privacy', 'informatie', 'wethouder', 'directeur'],
  'no match': ['zzqx', 'qwerty', 'xylofoon'],
};

const search = (query: string) =>
  searchMatches(db, workspaceId, searchTerms(query), ['person', 'organisation', 'theme'], 10, displayNameColumns);
console.log(`| database | query | SQL p50 ms | e.g. | tiers of its hits |`);
for (const [kind, queries] of Object.entries(kinds)) {
  const ms = await median((i) => search(queries[i % queries.length]!), 400);
  const example = await search(queries[0]!);
  console.log(`| ${dialect} | ${kind} | ${ms.toFixed(2)} | "${queries[0]}" | ${example.map((m) => m.rank).join('') || 'none'} |`);
}

const ofKinds = (query: string, types: string[]) => searchMatches(db, workspaceId, searchTerms(query), types, 10, displayNameColumns);
console.log(`\n| database | start | organisations: SQL p50 ms, hits | themes | all kinds |`);
for (const start of ['j', 'ja', 'jan', 'gem', 'van', 'b']) {
  const cells: string[] = [];
  for (const types of [['organisation'], ['theme'], ['person', 'organisation', 'theme']]) {
    const ms = await median(() => ofKinds(start, types), 30);
    cells.push(`${ms.toFixed(2)}, ${(await ofKinds(start, types)).length}`);
  }
  console.log(`| ${dialect} | "${start}" | ${cells.join(' | ')} |`);
}
await db.close();

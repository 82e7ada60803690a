/**
 * How long the personal data report (src/modules/personal-data) takes on the benchmark
 * workspace (100,000 people, 1,000,000 relations), through HTTP against a running server: for
 * the person with the most relations and for one with the median number. One client, one
 * request after another; each request also writes its audit event.
 *
 *   npm run bench -- personal-data [--database sqlite|postgres|both] [--requests 30]
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { parseDatabaseTarget } from '../src/config/config.ts';
import { openDatabase } from '../src/db/dialect.ts';
import { ensureGenerated, startServer, timeOneClient } from './bench-server.ts';
import { TARGETS, type Dialect } from './targets.ts';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'both' },
    requests: { type: 'string', default: '30' },
  },
});
const dialects: Dialect[] = values.database === 'both' ? ['sqlite', 'postgres'] : [values.database as Dialect];
const requests = Number(values.requests);

/** People by their number of relations: the most connected and the median one. */
async function samplePeople(dialect: Dialect, workspaceId: string): Promise<{ label: string; id: string; relations: number }[]> {
  const db = openDatabase(parseDatabaseTarget(TARGETS[dialect]));
  try {
    const { rows } = await sql<{ id: string; relations: number | string }>`
      select party as id, count(*) as relations
      from (select from_id as party from relations where workspace_id = ${workspaceId} and from_type = 'person'
            union all select to_id from relations where workspace_id = ${workspaceId} and to_type = 'person') ends
      group by party order by count(*) desc`.execute(db.kysely);
    const pick = (label: string, row: (typeof rows)[number]) => ({ label, id: row.id, relations: Number(row.relations) });
    return [pick('most relations', rows[0]!), pick('median', rows[Math.floor(rows.length / 2)]!)];
  } finally {
    await db.close();
  }
}

console.log('| database | person | relations | answer KB | p50 ms | max ms |');
console.log('|---|---|---|---|---|---|');
for (const dialect of dialects) {
  const info = ensureGenerated(dialect, false);
  const people = await samplePeople(dialect, info.workspaceId);
  const server = await startServer(dialect);
  try {
    for (const person of people) {
      const path = `/api/v1/workspaces/${info.workspaceId}/people/${person.id}/personal-data`;
      const { p50, max, body } = await timeOneClient(path, info.token, requests, 3);
      console.log(
        `| ${dialect} | ${person.label} | ${person.relations.toLocaleString('en')} | ${Math.round(body.byteLength / 1024)} | ${p50.toFixed(1)} | ${max.toFixed(1)} |`,
      );
    }
  } finally {
    server.kill();
  }
}

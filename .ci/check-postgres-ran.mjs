// Fails unless the vitest report shows passed tests on PostgreSQL, so a skipped or
// silently absent PostgreSQL run can never pass CI.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = report.testResults.flatMap((file) => file.assertionResults);
const postgres = results.filter((r) => r.ancestorTitles.some((t) => t.includes('on postgres')));
const passed = postgres.filter((r) => r.status === 'passed').length;
const notPassed = postgres.filter((r) => r.status !== 'passed');
if (passed === 0 || notPassed.length > 0) {
  console.error(`PostgreSQL tests: ${passed} passed, ${notPassed.length} not passed (${notPassed.map((r) => r.fullName).join('; ')})`);
  process.exit(1);
}
console.log(`PostgreSQL tests: ${passed} passed.`);

// Adds up the vitest JSON reports of `npm test` (unit and end-to-end) into one closing line,
// "N passed, N failed", and exits non-zero if anything failed or nothing ran.
import { readFileSync, readdirSync, existsSync } from 'node:fs';

const dir = new URL('../artifacts/', import.meta.url);
let passed = 0, failed = 0, skipped = 0;
const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^vitest-.*\.json$/.test(f)) : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

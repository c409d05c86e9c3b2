// `npm run bench`: runs every benchmark in test/bench/ (each a tsx script that prints its
// figures and a last line `BENCH {json}`), then prints one summary of all the figures.
// Chromium benchmarks need a build (npm run build) and /usr/bin/chromium.
import { readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = new URL('../test/bench/', import.meta.url);
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => /\.bench\.ts$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const results = {};
let failed = false;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(file, dir).pathname], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 15 * 60_000 });
  process.stdout.write(run.stdout ?? '');
  const line = (run.stdout ?? '').split('\n').reverse().find((l) => l.startsWith('BENCH '));
  if (run.status !== 0 || !line) {
    failed = true;
    console.log(`!! ${file} failed (exit ${run.status})`);
    continue;
  }
  results[file.replace(/\.bench\.ts$/, '')] = JSON.parse(line.slice(6));
}
if (!existsSync(new URL('../artifacts/', import.meta.url))) mkdirSync(new URL('../artifacts/', import.meta.url));
writeFileSync(new URL('../artifacts/bench.json', import.meta.url), JSON.stringify(results, null, 2));
console.log('\n=== summary (artifacts/bench.json)');
console.log(JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);

/**
 * The `glose` command as a reader runs it (a new process each time, through bin/glose.mjs and
 * the build in dist/cli), against baselines measured in the same run:
 * - start-up: `glose romanize` of one name and `glose scan` of a one-line file, against a bare
 *   `node -e 0` and against the same commands run from the sources through tsx (development);
 *   targets ≤ 150 ms and ≤ 300 ms;
 * - throughput: `glose scan --format summary` of 16 MB of news, end to end (process start, read,
 *   language, match, summary), against a bare loop over the same 16 MB that reads every
 *   character once — run the same way (a process that reads the file and loops) and in-process
 *   (in a function, warmed up); target ≥ 20% of the bare loop. Beside it: the matcher alone,
 *   warm, and what no run can avoid (starting node, decoding the UTF-8).
 * Each figure is the median of its runs (the best beside it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/glose.mjs');
const work = mkdtempSync(join(tmpdir(), 'glose-cli-bench-'));

function corpus(bytes: number): string {
  const sources = ['000_0f2cf2a9d1bc2be9.txt', '002_bb552e175208bf83.txt'].map((f) => readFileSync(join(root, 'src/data/sources', f), 'utf8'));
  const general = readFileSync(join(root, 'test/bench/fixtures/general-news-fr.txt'), 'utf8');
  // The matcher benchmark's "day of reading": one part Korea–Russia articles, six parts general news.
  const paragraphs = [...sources, general, general, general, general, general, general].flatMap((a) => a.split(/\n+/).filter((p) => p.trim()));
  let seed = 11;
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const p = paragraphs[seed % paragraphs.length]!;
    out.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n');
}

const oneLine = join(work, 'one.txt');
writeFileSync(oneLine, 'Vladimir Poutine a reçu Kim Jong-un à Vostotchny, où la délégation nord-coréenne a visité le cosmodrome.\n');
const big = join(work, 'news-16mb.txt');
const text = corpus(16 * 1024 * 1024);
writeFileSync(big, text);
const bytes = Buffer.byteLength(text);
const bareLoop = join(work, 'bare-loop.mjs');
writeFileSync(
  bareLoop,
  `import { readFileSync } from 'node:fs';
const t = readFileSync(process.argv[2], 'utf8');
let h = 0;
for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) | 0;
process.stdout.write(String(h));
`,
);

/** Median and best wall time (ms) of `runs` runs of a command, after one uncounted run. */
function time(args: string[], runs: number, env: NodeJS.ProcessEnv = {}): { median: number; best: number } {
  const run = () => {
    const t = performance.now();
    execFileSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return performance.now() - t;
  };
  run();
  const times = Array.from({ length: runs }, run).sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! };
}

const fmt = (t: { median: number; best: number }) => `${t.median.toFixed(0)} ms (best ${t.best.toFixed(0)})`;

const node = time(['-e', '0'], 15);
const romanize = time([bin, 'romanize', '--system', 'rr', '김정은'], 15);
const scan = time([bin, 'scan', oneLine], 15);
const romanizeTsx = time([bin, 'romanize', '--system', 'rr', '김정은'], 5, { GLOSE_FROM_SOURCE: '1' });
const scanTsx = time([bin, 'scan', oneLine], 5, { GLOSE_FROM_SOURCE: '1' });

const scanBig = time([bin, 'scan', '--format', 'summary', big], 5);
const bareBig = time([bareLoop, big], 5);

/** The bare loop in this process, in a function and warmed up (as top-level code it runs about 3× slower: measured). */
function bare(t: string): number {
  let h = 0;
  for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) | 0;
  return h;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timed(f: () => unknown, warm: number, runs: number): number {
  for (let r = 0; r < warm; r++) f();
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return median(out);
}
let h = 0;
const inProcessMs = timed(() => (h = (h + bare(text)) | 0), 3, 7);
// What no run of the command can avoid: starting node, and decoding the file's UTF-8.
const bytesOnDisk = readFileSync(big);
const decodeMs = timed(() => bytesOnDisk.toString('utf8').length, 2, 5);
// The matcher alone on the decoded text, warm (the same core code as the command, from the sources).
const { cliMatcher } = await import('../../src/cli/glossary.ts');
const matcher = cliMatcher();
const matcherMs = timed(() => matcher.findMentions(text, { lang: 'fr' }).length, 2, 5);
rmSync(work, { recursive: true, force: true });

const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);
const figures = {
  nodeStartMs: +node.median.toFixed(0),
  romanizeMs: +romanize.median.toFixed(0),
  scanShortMs: +scan.median.toFixed(0),
  romanizeTsxMs: +romanizeTsx.median.toFixed(0),
  scanShortTsxMs: +scanTsx.median.toFixed(0),
  scanMB: +(bytes / 1e6).toFixed(1),
  scanEndToEndMs: +scanBig.median.toFixed(0),
  scanEndToEndMBps: +mbps(scanBig.median).toFixed(1),
  bareLoopProcessMBps: +mbps(bareBig.median).toFixed(1),
  bareLoopInProcessMs: +inProcessMs.toFixed(1),
  bareLoopInProcessMBps: +mbps(inProcessMs).toFixed(1),
  decodeMs: +decodeMs.toFixed(1),
  matcherAloneMs: +matcherMs.toFixed(0),
  fractionOfBareLoopProcess: +(bareBig.median / scanBig.median).toFixed(3),
  fractionOfBareLoopInProcess: +(inProcessMs / scanBig.median).toFixed(3),
  matcherAloneFractionOfBareLoop: +(inProcessMs / matcherMs).toFixed(3),
};
console.log(`node -e 0:                 ${fmt(node)}`);
console.log(`glose romanize (built):    ${fmt(romanize)}  ×${(romanize.median / node.median).toFixed(2)} node alone; from the sources (tsx): ${fmt(romanizeTsx)}  (target ≤ 150 ms) ${romanize.median <= 150 ? 'PASS' : 'FAIL'}`);
console.log(`glose scan, one line:      ${fmt(scan)}  ×${(scan.median / node.median).toFixed(2)} node alone; from the sources (tsx): ${fmt(scanTsx)}  (target ≤ 300 ms) ${scan.median <= 300 ? 'PASS' : 'FAIL'}`);
console.log(`glose scan --format summary, ${figures.scanMB} MB: ${fmt(scanBig)} = ${figures.scanEndToEndMBps} MB/s end to end`);
console.log(`  bare loop over the same text: ${figures.bareLoopProcessMBps} MB/s as a process (start, read, decode, loop); in process, warm: ${inProcessMs.toFixed(1)} ms = ${figures.bareLoopInProcessMBps} MB/s`);
console.log(`  → ${(figures.fractionOfBareLoopProcess * 100).toFixed(1)}% of the bare-loop process, ${(figures.fractionOfBareLoopInProcess * 100).toFixed(1)}% of the in-process loop (target ≥ 20%) ${figures.fractionOfBareLoopInProcess >= 0.2 ? 'PASS' : 'FAIL'} [${h}]`);
console.log(`  the matcher alone, warm, in process: ${matcherMs.toFixed(0)} ms = ${(figures.matcherAloneFractionOfBareLoop * 100).toFixed(1)}% of the in-process loop`);
console.log(`  floor of any run: node -e 0 ${node.median.toFixed(0)} ms + decoding the UTF-8 ${decodeMs.toFixed(0)} ms = ${(node.median + decodeMs).toFixed(0)} ms, while 20% of the in-process loop is ${(inProcessMs * 5).toFixed(0)} ms end to end`);
console.log(`BENCH ${JSON.stringify(figures)}`);

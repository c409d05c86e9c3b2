#!/usr/bin/env node
// Checks the real-news annotations (test/fixtures/real-news/annotations/NNN.json) against
// their passages in ../shared/news/articles/: offsets and surfaces agree, ids exist in the
// glossary (or are new:<slug> with an origin), fields are as GUIDELINES.md says, mentions are in
// order and do not overlap. `node scripts/check-annotations.mjs [NNN…]`; exit 1 on any problem.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const newsDir = process.env.GLOSE_NEWS_DIR ?? `${root}/../shared/news`;
const annDir = `${root}/test/fixtures/real-news/annotations`;
if (!existsSync(`${newsDir}/articles`)) {
  console.error(`The real-news passages are not here: ${newsDir}/articles is missing (set GLOSE_NEWS_DIR to the folder holding articles/ and index.json).`);
  process.exit(2);
}
const ids = new Set();
for (const f of readdirSync(`${root}/src/data/glossary`).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(`${root}/src/data/glossary/${f}`, 'utf8'))) ids.add(e.id);
}
const wanted = process.argv.slice(2);
const files = readdirSync(annDir).filter((f) => /^\d{3}\.json$/.test(f) && (wanted.length === 0 || wanted.includes(f.slice(0, 3)))).sort();
let problems = 0;
let mentions = 0;
const say = (file, msg) => {
  problems++;
  console.log(`${file}: ${msg}`);
};
for (const file of files) {
  const id = file.slice(0, 3);
  let ann;
  try {
    ann = JSON.parse(readFileSync(`${annDir}/${file}`, 'utf8'));
  } catch (e) {
    say(file, `not JSON: ${e.message}`);
    continue;
  }
  const text = readFileSync(`${newsDir}/articles/${id}.txt`, 'utf8');
  if (ann.id !== id) say(file, `id is ${ann.id}`);
  if (!Array.isArray(ann.mentions)) {
    say(file, 'no mentions array');
    continue;
  }
  let last = 0;
  for (const [k, m] of ann.mentions.entries()) {
    const where = `#${k} ${JSON.stringify(m.surface)}`;
    mentions++;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > text.length || m.end <= m.start) {
      say(file, `${where}: bad offsets ${m.start}–${m.end}`);
      continue;
    }
    if (text.slice(m.start, m.end) !== m.surface) say(file, `${where}: text at ${m.start}–${m.end} is ${JSON.stringify(text.slice(m.start, m.end))}`);
    if (m.start < last) say(file, `${where}: overlaps or is out of order`);
    last = m.end;
    const s = m.surface;
    const edgeBad = /^[\s.,;:!?»”"')\]«“(\[]/.test(s) || /[\s,;:!?«“"'(\[]$/.test(s) || (/\.$/.test(s) && !/(?:^|[^A-Za-z])(?:[A-Z]\.)+$/.test(s)) || (/[»”]$/.test(s) && !/[«“]/.test(s));
    if (edgeBad) say(file, `${where}: span has punctuation or space at an edge`);
    if (typeof m.entity !== 'string') say(file, `${where}: no entity`);
    else if (m.entity.startsWith('new:')) {
      if (!/^new:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(m.entity)) say(file, `${where}: bad slug ${m.entity}`);
      if (!['ko', 'ru', 'uk', 'other'].includes(m.origin)) say(file, `${where}: new entity needs origin ko|ru|uk|other`);
      if (ids.has(m.entity.slice(4))) say(file, `${where}: ${m.entity} has an entry: use its id`);
    } else if (!ids.has(m.entity)) say(file, `${where}: no entry ${m.entity}`);
    else if (m.origin !== undefined) say(file, `${where}: origin is for new: entities only`);
    if (typeof m.core !== 'boolean') say(file, `${where}: core must be true or false`);
    if (m.kind !== 'name' && m.kind !== 'role') say(file, `${where}: kind must be name or role`);
    for (const key of Object.keys(m)) if (!['start', 'end', 'surface', 'entity', 'origin', 'core', 'kind', 'note'].includes(key)) say(file, `${where}: unknown field ${key}`);
  }
}
console.log(`${files.length} files, ${mentions} mentions, ${problems} problems`);
process.exit(problems ? 1 : 0);

/**
 * Valid corpus files for import tests, made with the same core code as `glose ingest`: each
 * source a distinct article (its own URL and text) with its real mentions.
 */
import { ingestText } from '../../../src/core/corpus/ingest.ts';
import { serializeCorpus } from '../../../src/core/corpus/jsonl.ts';
import { compileMatchTable, createMatcher } from '../../../src/core/match/index.ts';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';

const SENTENCES = [
  'Kim Jong-un a reçu Sergueï Lavrov à Pyongyang pour parler de coopération.',
  "Vladimir Poutine a offert une Aurus Senat au dirigeant nord-coréen, selon l'agence KCNA.",
  'Le cosmodrome de Vostochny a accueilli la délégation, venue de Vladivostok par le train.',
  "Les analystes de Séoul restent prudents sur la portée réelle de l'accord signé à Moscou.",
];

const FILLER =
  'Les discussions ont porté sur les transports, l’énergie et les échanges universitaires, sans calendrier précis ni chiffres publiés à ce stade.';

/**
 * `count` sources of about `bytesEach` bytes of text each, as a corpus file (JSON Lines); one
 * paragraph in `sparse` names people and places, the others are plain news prose.
 */
export function corpusFile(count: number, bytesEach = 4_000, tag = 'import', sparse = 1): string {
  const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
  const items = Array.from({ length: count }, (_, i) => {
    const paragraphs: string[] = [];
    let size = 0;
    for (let p = 0; size < bytesEach; p++) {
      const text =
        p % sparse === 0
          ? `${tag} ${i}, paragraphe ${p}. ${SENTENCES[(i + p) % SENTENCES.length]} ${SENTENCES[(i + p + 1) % SENTENCES.length]}`
          : `${tag} ${i}, paragraphe ${p}. ${FILLER} ${FILLER}`;
      paragraphs.push(text);
      size += text.length + 1;
    }
    return ingestText(
      { paragraphs, url: `https://gazette.example/${tag}/${i}`, title: `Article ${tag} ${i}`, outlet: 'La Gazette', date: '2026-11-01', declaredLang: 'fr' },
      { matcher, glossaryVersion: 'test', now: Date.UTC(2026, 10, 2) },
    );
  });
  return serializeCorpus(items);
}

/**
 * The UI strings' typography. French follows the Imprimerie nationale's rules as digital
 * typography applies them (Lexique des règles typographiques en usage à l’Imprimerie nationale,
 * « Ponctuation »): a narrow no-break space (U+202F) before « ; : ! ? » and inside « », so that
 * no line ever starts with the sign; the typographic apostrophe ’ throughout. English has no
 * space before those signs and no guillemets. Code samples ({"fr": …}) keep their own punctuation.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Messages;

const NNBSP = '\u202f';
const withoutCode = (m: string): string => m.replace(/\{[^{}]*\}/g, '{}');

/** Every typography fault of a French message, as "what: where". */
function frenchFaults(message: string): string[] {
  const m = withoutCode(message);
  const faults: string[] = [];
  if (m.includes("'")) faults.push("' instead of ’");
  for (const x of m.matchAll(/(.)([;:!?])(?=\s|$|\))/gu)) if (x[1] !== NNBSP) faults.push(`no narrow no-break space before ${x[2]}`);
  for (const x of m.matchAll(/«(.)/gu)) if (x[1] !== NNBSP) faults.push('no narrow no-break space after «');
  for (const x of m.matchAll(/(.)»/gu)) if (x[1] !== NNBSP) faults.push('no narrow no-break space before »');
  if (/[“”]/u.test(m)) faults.push('English quotation marks');
  return faults;
}

function englishFaults(message: string): string[] {
  const m = withoutCode(message);
  const faults: string[] = [];
  if (m.includes("'")) faults.push("' instead of ’");
  if (/\s[;:!?](?=\s|$)/u.test(m)) faults.push('a space before ; : ! ?');
  if (/[«»]/u.test(m)) faults.push('French guillemets');
  return faults;
}

describe('UI strings typography', () => {
  it('catches the faults it is for (planted examples)', () => {
    expect(frenchFaults('Aperçu : rien')).toEqual(['no narrow no-break space before :']);
    expect(frenchFaults(`Aperçu${NNBSP}: l'entrée`)).toEqual(["' instead of ’"]);
    expect(frenchFaults('Cherchez « Kim »')).toEqual(['no narrow no-break space after «', 'no narrow no-break space before »']);
    expect(frenchFaults('Vraiment\u00a0?')).toEqual(['no narrow no-break space before ?']);
    expect(frenchFaults(`donne les noms ({"fr": …, "en": …})${NNBSP}; ensuite`)).toEqual([]);
    expect(englishFaults('Preview : the name')).toEqual(['a space before ; : ! ?']);
    expect(englishFaults('the page\'s names')).toEqual(["' instead of ’"]);
    expect(englishFaults('Preview: the page’s “names” at 10:30')).toEqual([]);
  });

  it('French: narrow no-break spaces before ; : ! ? and inside « », ’ throughout', () => {
    const faults = Object.entries(load('fr')).flatMap(([key, { message }]) => frenchFaults(message).map((f) => `${key}: ${f}`));
    expect(faults).toEqual([]);
  });

  it('English: no French spacing, no guillemets, ’ throughout', () => {
    const faults = Object.entries(load('en')).flatMap(([key, { message }]) => englishFaults(message).map((f) => `${key}: ${f}`));
    expect(faults).toEqual([]);
  });
});

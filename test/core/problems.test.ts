import { describe, expect, it } from 'vitest';
import { describeProblem, problem, problemPlace, problemText } from '../../src/core/problems.ts';
import { createTranslator, type LocaleMessages } from '../../src/core/i18n.ts';
import { createFormatter } from '../../src/core/format.ts';
import { parseUserGlossaryJson } from '../../src/core/glossary/user-entries.ts';
import frMessages from '../../_locales/fr/messages.json' with { type: 'json' };
import enMessages from '../../_locales/en/messages.json' with { type: 'json' };

const fr = createTranslator(frMessages as LocaleMessages, enMessages as LocaleMessages, 'fr');
const en = createTranslator(enMessages as LocaleMessages, frMessages as LocaleMessages, 'en');

describe('problems worded in the reader’s language', () => {
  it('an import error reads as French to a French reader, English to an English one', () => {
    const r = parseUserGlossaryJson('[\n  {"id": "x",\n  "type": }\n]', []);
    expect(r.ok).toBe(false);
    const p = !r.ok ? r.errors[0]! : problem('notJson');
    expect(p).toMatchObject({ code: 'notJson', line: 3 });
    expect(describeProblem(p, fr)).toBe(`ligne 3, colonne ${p.column} — ce n’est pas du JSON valide`);
    expect(describeProblem(p, en)).toBe(`line 3, column ${p.column} — not valid JSON`);
  });

  it('an empty file says it is empty, not that it is bad JSON', () => {
    for (const text of ['', '  \n', '\ufeff']) {
      const r = parseUserGlossaryJson(text, []);
      expect(!r.ok && r.errors.map((e) => problemText(e, fr))).toEqual(['le fichier est vide']);
    }
  });

  it('a field keeps the file’s own name, the rest is the reader’s language', () => {
    const r = parseUserGlossaryJson(JSON.stringify([{ id: 'x', type: 'person', names: { fr: 'X' }, descriptions: 'none' }]), []);
    const lines = !r.ok ? r.errors.map((e) => describeProblem(e, fr)) : [];
    expect(lines).toContain('ligne 1 · x · names.en — est obligatoire');
    expect(lines).toContain('ligne 1 · x · descriptions — doit donner une description en français et une en anglais ({"fr": …, "en": …})');
  });

  it('sizes in a problem are formatted for the reader', () => {
    const p = problem('fileTooLarge', [{ bytes: 6 * 1024 * 1024 }, { bytes: 5 * 1024 * 1024 }]);
    expect(problemText(p, fr, createFormatter('fr')).replace(/[\u00a0\u202f]/gu, ' ')).toBe('le fichier pèse 6 Mo : c’est plus que la limite de 5 Mo pour ce type de fichier');
    expect(problemText(p, en, createFormatter('en'))).toBe('the file is 6 MB: more than the 5 MB limit for this kind of file');
  });

  it('a problem of the whole file has no place', () => {
    expect(problemPlace(problem('emptyFile'), fr)).toBe('');
    expect(problemPlace({ code: 'notJson', line: 0 }, fr)).toBe('');
    expect(describeProblem(problem('emptyFile'), fr)).toBe('Le fichier est vide');
  });
});

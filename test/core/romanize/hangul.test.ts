/**
 * The Korean engine against every published vector (../shared/romanization/vectors-ko.json),
 * through the public entry point `romanize()`, plus unit tests of its parts.
 *
 * Comparison (romanization/README.md): after NFC and with ’ ʼ read as ', any of `expected`
 * and `alternatives`. Two documented adjustments, nothing else:
 * - Capitalisation in word mode. Hangul has no case, and whether a word is a proper noun
 *   (RR ch.3 art.3) is not in its spelling; the sources print common words in lower case
 *   (MR's word list: kugyŏng, kungmin; RR's 벚꽃 beotkkot) and place names capitalised. The
 *   engine capitalises word-mode output like a proper noun (Glose romanises names), so a vector
 *   printed in lower case is compared with its first letter capitalised — only that letter.
 * - KNOWN_CONFLICTS: vectors contradicted by another vector, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { KOREAN_MODES, KOREAN_SYSTEMS, romanize, surnameSpellings, type KoreanMode } from '../../../src/core/romanize/index.ts';
import { romanizeHangul } from '../../../src/core/romanize/hangul/index.ts';
import { composeSyllable, decomposeSyllable, decomposeWord } from '../../../src/core/romanize/hangul/jamo.ts';
import { readSinoKorean } from '../../../src/core/romanize/hangul/numbers.ts';

interface Vector {
  input: string;
  system: string;
  mode?: KoreanMode;
  expected: string;
  source: string;
  alternatives?: string[];
  note?: string;
  derived?: boolean;
}

const VECTORS: Vector[] = JSON.parse(
  readFileSync(new URL('../../fixtures/romanization/vectors-ko.json', import.meta.url), 'utf8'),
) as Vector[];

/**
 * Vectors that contradict another vector of the same system and mode, with what the engine
 * writes instead. Keep this list minimal; each entry says which vector wins and why.
 */
const KNOWN_CONFLICTS: Record<string, { engine: string; reason: string }> = {
  'dprk/name 안복철': {
    engine: 'An Pok Chŏl',
    reason:
      'en.wikipedia prints the DPRK example without the breve ("An Pok Chol"), but the DPRK table ' +
      'writes ㅓ as ŏ and the vector dprk/name 김정은 → "Kim Jŏng Ŭn" keeps breves in names; the ' +
      'breve-less form is the simplified (KCNA-style) spelling, which the kcna system produces.',
  },
};

const norm = (s: string): string => s.normalize('NFC').replace(/[\u2019\u02bc]/gu, "'");
const capitalizeFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uffa0-\uffdc]/u;

function accepted(v: Vector): string[] {
  const forms = [v.expected, ...(v.alternatives ?? [])].map(norm);
  const mode = v.mode ?? 'word';
  return mode === 'word' ? forms.map((f) => (/^[a-z\u0100-\u017f]/u.test(f) ? capitalizeFirst(f) : f)) : forms;
}

/** Pass rate per system, printed after the run (the per-vector tests decide pass or fail). */
const rates = new Map<string, { pass: number; total: number }>();
afterAll(() => {
  const lines = [...rates].map(([system, r]) => `${system.padEnd(16)} ${r.pass}/${r.total}`);
  console.log(`Korean vectors, exact or accepted per system:\n${lines.join('\n')}`);
});

describe('Korean romanisation: published vectors', () => {
  it('reads all 242 vectors', () => {
    expect(VECTORS).toHaveLength(242);
  });

  for (const v of VECTORS) {
    const mode = v.mode ?? 'word';
    const name = `${v.system}/${mode} ${v.input}`;
    it(name, () => {
      const out = norm(romanize(v.input, v.system, mode));
      const rate = rates.get(v.system) ?? { pass: 0, total: 0 };
      rates.set(v.system, { pass: rate.pass + (accepted(v).includes(out) ? 1 : 0), total: rate.total + 1 });
      const conflict = KNOWN_CONFLICTS[name];
      if (conflict) {
        expect(out).toBe(norm(conflict.engine));
        expect(accepted(v)).not.toContain(out);
        return;
      }
      expect(accepted(v)).toContain(out);
    });
  }
});

describe('jamo decomposition', () => {
  it('splits a syllable into initial, vowel and final (two-letter finals kept whole)', () => {
    expect(decomposeSyllable('닭')).toEqual({ initial: 'D', vowel: 'A', final: 'LG' });
    expect(decomposeSyllable('아')).toEqual({ initial: null, vowel: 'A', final: null });
    expect(decomposeSyllable('힣')).toEqual({ initial: 'H', vowel: 'I', final: 'H' });
    expect(decomposeSyllable('a')).toBeUndefined();
    expect(decomposeWord('가a나')).toHaveLength(2);
  });

  it('round-trips all 11,172 precomposed syllables', () => {
    for (let c = 0xac00; c <= 0xd7a3; c++) {
      const ch = String.fromCharCode(c);
      expect(composeSyllable(decomposeSyllable(ch)!)).toBe(ch);
    }
  });

  it('composes conjoining jamo (NFD input) before romanising', () => {
    expect(romanizeHangul('부산'.normalize('NFD'), 'rr')).toBe('Busan');
  });
});

describe('text around the Hangul', () => {
  it('passes Latin, digits, spaces and punctuation through', () => {
    expect(romanizeHangul('KTX 부산, 2024!', 'rr')).toBe('KTX Busan, 2024!');
    expect(romanize('Seoul (2024)', 'rr')).toBe('Seoul (2024)');
    expect(romanizeHangul('« 평양 » — AFP', 'mr')).toBe('« P’yŏngyang » — AFP');
  });

  it('romanises multi-word input word by word', () => {
    expect(romanizeHangul('대한 제국', 'rr')).toBe('Daehan jeguk');
    expect(romanizeHangul('김정은 김여정', 'mr', 'name')).toBe('Kim Chŏngŭn Kim Yŏjŏng');
  });

  it('reads a surname written apart from the given name (ALA-LC: 김 정은)', () => {
    expect(romanizeHangul('김 정은', 'ala-lc', 'name')).toBe('Kim Chŏng-ŭn');
  });

  it('splits two-syllable surnames', () => {
    expect(romanizeHangul('남궁민', 'rr', 'name')).toBe('Namgung Min');
    expect(romanizeHangul('황보관', 'mr', 'name')).toBe('Hwangbo Kwan');
  });

  it('never leaves Hangul in the output, for any system and mode', () => {
    let seed = 7;
    const rnd = (k: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
    const letters: string[] = [];
    for (let c = 0x3131; c <= 0x318e; c++) letters.push(String.fromCharCode(c));
    for (let c = 0x1100; c <= 0x11ff; c++) letters.push(String.fromCharCode(c));
    for (let c = 0xa960; c <= 0xa97c; c++) letters.push(String.fromCharCode(c));
    for (let c = 0xd7b0; c <= 0xd7fb; c++) letters.push(String.fromCharCode(c));
    letters.push('ﾡ', 'ￂ', '㈀', '㉮', '㉠');
    const texts = [letters.join(' '), letters.join('')];
    for (let n = 0; n < 200; n++) {
      let word = '';
      for (let k = 0; k < 1 + rnd(5); k++) word += String.fromCharCode(0xac00 + rnd(11172));
      texts.push(word, `${word} ${word}1동`);
    }
    for (const system of KOREAN_SYSTEMS) {
      for (const mode of KOREAN_MODES) {
        for (const t of texts) {
          const out = romanizeHangul(t, system, mode);
          if (HANGUL.test(out)) throw new Error(`${system}/${mode}: Hangul left in ${JSON.stringify(out)} for ${JSON.stringify(t)}`);
        }
      }
    }
  });
});

describe('engine parts', () => {
  it('reads numerals the Sino-Korean way', () => {
    expect(readSinoKorean('1')).toBe('일');
    expect(readSinoKorean('10')).toBe('십');
    expect(readSinoKorean('12')).toBe('십이');
    expect(readSinoKorean('105')).toBe('백오');
    expect(readSinoKorean('20000')).toBe('이만');
  });

  it('writes no tensing in RR but shows it as voicelessness in MR', () => {
    expect(romanizeHangul('열도', 'rr')).toBe('Yeoldo');
    expect(romanizeHangul('열도', 'mr')).toBe('Yŏlto');
  });

  it('keeps the noun ㅎ in RR and merges it in verb forms', () => {
    expect(romanizeHangul('북한', 'rr')).toBe('Bukhan');
    expect(romanizeHangul('좋고', 'rr')).toBe('Joko');
    expect(romanizeHangul('굳이', 'rr-translit')).toBe('gud-i');
    expect(romanizeHangul('해돋이', 'rr')).toBe('Haedoji');
  });

  it('follows the other published examples of the same sources', () => {
    // RR 2000 ch.3 art.1–2, 5
    expect(romanizeHangul('해돋이', 'rr')).toBe('Haedoji');
    expect(romanizeHangul('놓다', 'rr')).toBe('Nota');
    expect(romanizeHangul('신라', 'rr')).toBe('Silla');
    expect(romanizeHangul('반구대', 'rr-hyphen')).toBe('Ban-gudae');
    expect(romanizeHangul('인왕리', 'rr-admin')).toBe('Inwang-ri');
    expect(romanizeHangul('청주시', 'rr-admin')).toBe('Cheongju-si');
    // DPRK 2012 (en.wikipedia "Romanization of Korean (North)")
    expect(romanizeHangul('붉은바위', 'dprk')).toBe('Pulgŭnbawi');
    expect(romanizeHangul('천리마', 'dprk')).toBe('Chŏllima');
    expect(romanizeHangul('찔레골', 'dprk')).toBe('JJilregol');
    expect(romanizeHangul('기대산', 'dprk')).toBe('Kittaesan');
    expect(romanizeHangul('새별읍', 'dprk')).toBe('Saeppyŏl-ŭp');
    expect(romanizeHangul('박동구', 'dprk', 'name')).toBe('Pak Tong Gu');
    // ALA-LC 2009 rule 3(b) exception 1, rule 9
    expect(romanizeHangul('의견란', 'ala-lc')).toBe('Ŭigyŏnnan');
    expect(romanizeHangul('입원료', 'ala-lc')).toBe('Ibwŏnnyo');
    expect(romanizeHangul('이광수', 'ala-lc', 'name')).toBe('Yi Kwang-su');
  });

  it('RR transliteration: a hyphen wherever the letters could be segmented another way (ch.3 art.8)', () => {
    // The standard's own example: ㅆ+ㅅ "sss" could be ㅅ+ㅆ.
    expect(romanizeHangul('없었습니다', 'rr-translit')).toBe('eobs-eoss-seubnida');
    // Vectors of our own, from the same rule: a double or cluster final before the letter it ends with…
    expect(romanizeHangul('있습니다', 'rr-translit')).toBe('iss-seubnida');
    expect(romanizeHangul('없습니다', 'rr-translit')).toBe('eobs-seubnida');
    expect(romanizeHangul('밖키', 'rr-translit')).toBe('bakk-ki');
    // …and a single final that, with the next initial, could spell a double one (옷사 / 오싸).
    expect(romanizeHangul('옷소매', 'rr-translit')).toBe('os-somae');
    expect(romanizeHangul('오싸', 'rr-translit')).toBe('ossa');
    // Letters that read one way only take no hyphen (the standard's 붓꽃 buskkoch, 값 gabs, 닭고기).
    expect(romanizeHangul('붓꽃', 'rr-translit')).toBe('buskkoch');
    expect(romanizeHangul('닭고기', 'rr-translit')).toBe('dalggogi');
    expect(romanizeHangul('앉다', 'rr-translit')).toBe('anjda');
  });

  it('DPRK: the sai-siot is a sound, written as the tensing or the n it makes (2012 rules p.6)', () => {
    // The rules' examples, in North Korean spelling (no sai-siot written)…
    expect(romanizeHangul('뒤문', 'dprk')).toBe('Twinmun');
    expect(romanizeHangul('기대산', 'dprk')).toBe('Kittaesan');
    // …and vectors of our own: the same words in South Korean spelling, where the ㅅ is written,
    // and other compounds (Standard Pronunciation art. 30: 냇가 [내까], 나뭇잎 [나문닙]).
    expect(romanizeHangul('뒷문', 'dprk')).toBe('Twinmun');
    expect(romanizeHangul('깃대산', 'dprk')).toBe('Kittaesan');
    expect(romanizeHangul('샛별읍', 'dprk')).toBe('Saeppyŏl-ŭp');
    expect(romanizeHangul('냇가', 'dprk')).toBe('Naekka');
    expect(romanizeHangul('나뭇잎', 'dprk')).toBe('Namunnip');
    expect(romanizeHangul('뒷일', 'kcna')).toBe('Twinnil');
    // A ㅅ that belongs to its word is no sai-siot (옷 clothes, 붓 brush).
    expect(romanizeHangul('옷감', 'dprk')).toBe('Otkam');
    expect(romanizeHangul('붓꽃', 'dprk')).toBe('Putkkot');
    expect(romanizeHangul('그릇가게', 'dprk')).toBe('Kŭrŭtkage');
    // A bare 이 after a ㅅ is the subject particle, not a word of art. 30-3: the ㅅ links over.
    expect(romanizeHangul('그릇이', 'dprk')).toBe('Kŭrŭsi');
    // RR spells what is written: no sai-siot rule there.
    expect(romanizeHangul('냇가', 'rr')).toBe('Naetga');
  });

  it('popular surname spellings: the first the convention lists, and every accepted form as a known spelling', () => {
    // Vectors of our own from the source of the shared ones (Infogalactic, "List of South Korean
    // surnames by prevalence", popular spellings column, first listed).
    expect(romanize('서', 'surname-popular', 'surname')).toBe('Suh');
    expect(romanize('전', 'surname-popular', 'surname')).toBe('Jun');
    expect(romanize('황', 'surname-popular', 'surname')).toBe('Whang');
    // All accepted forms are known, the RR and MR ones included.
    expect(surnameSpellings('서')).toEqual(['Suh', 'Su', 'Sur', 'So', 'Seu', 'Seo', 'Sŏ']);
    expect(surnameSpellings('전')).toEqual(expect.arrayContaining(['Jun', 'Chun', 'Jeon', 'Chŏn']));
    expect(surnameSpellings('황')).toEqual(expect.arrayContaining(['Whang', 'Hwang']));
    expect(surnameSpellings('이')).toEqual(expect.arrayContaining(['Lee', 'Yi', 'Rhee', 'I']));
    // The first known spelling is the one the system writes; a surname outside the list still has its RR and MR forms.
    for (const s of ['김', '박', '서', '전', '황', '남궁']) expect(surnameSpellings(s)[0]).toBe(romanize(s, 'surname-popular', 'surname'));
    expect(surnameSpellings('빈')).toEqual(['Bin', 'Pin']);
    expect(surnameSpellings('Seo')).toEqual([]);
  });

  it('aliases fix their mode only when none is asked for', () => {
    expect(romanizeHangul('김정은', 'rr-name')).toBe('Gim Jeongeun');
  });
});

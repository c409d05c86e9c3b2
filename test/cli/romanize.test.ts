/**
 * `glose romanize`: names read as names without --mode (a glossary entry's kind first, then a
 * common surname and two syllables), --mode word to force the other reading, --all for the
 * known spellings of a surname.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { guessKoreanMode } from '../../src/cli/commands/romanize.ts';
import { fakeIo } from './fake-io.ts';

async function romanize(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(process.cwd());
  const code = await main(['romanize', ...args], io);
  return { code, out: io.out.normalize('NFC'), err: io.err };
}

describe('glose romanize', () => {
  it('reads a three-syllable word starting with a common surname as a name', async () => {
    expect((await romanize('--system', 'mr', '김정은')).out).toBe('Kim Chŏngŭn\n');
    expect((await romanize('--system', 'ala-lc', '최선희')).out).toBe('Ch’oe Sŏn-hŭi\n');
    // Not in the glossary: the surname and the length decide.
    expect((await romanize('--system', 'rr', '김민준')).out).toBe('Gim Minjun\n');
    expect((await romanize('--system', 'mr', '남궁민수')).out).toBe('Namgung Minsu\n');
  });

  it('forces the word reading with --mode word', async () => {
    expect((await romanize('--system', 'mr', '--mode', 'word', '김정은')).out).toBe('Kimjŏngŭn\n');
  });

  it('keeps places, other words and the alias systems as they were', async () => {
    expect((await romanize('--system', 'mr', '한라산')).out).toBe('Hallasan\n');
    expect((await romanize('--system', 'rr', '평양')).out).toBe('Pyeongyang\n');
    expect((await romanize('--system', 'rr-translit', '김정은')).out).toBe('gimjeong-eun\n');
    expect(guessKoreanMode('김정은', 'rr-admin')).toBeUndefined();
    // The glossary's kind first (강원도 is an administrative unit), then the look of the word.
    expect(guessKoreanMode('강원도', 'rr')).toBe('admin');
    expect(guessKoreanMode('김해시', 'rr')).toBeUndefined();
    expect(guessKoreanMode('김정은', 'rr')).toBe('name');
  });

  it('reads each line of standard input by its own kind', async () => {
    const io = fakeIo(process.cwd(), '김정은\n한라산\n');
    expect(await main(['romanize', '--system', 'mr'], io)).toBe(0);
    expect(io.out.normalize('NFC')).toBe('Kim Chŏngŭn\nHallasan\n');
  });

  it('lists every known spelling of a surname with --all', async () => {
    expect((await romanize('--system', 'surname-popular', '--mode', 'surname', '--all', '서')).out).toBe('Suh, Su, Sur, So, Seu, Seo, Sŏ\n');
    expect((await romanize('--system', 'rr', '--mode', 'surname', '--all', '황')).out).toBe('Hwang, Whang, Hoang, Whoang, Whoan\n');
    const refused = await romanize('--system', 'rr', '--all', '서');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--all lists the known spellings of a surname: use it with --mode surname/);
  });
});

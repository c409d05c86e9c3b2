/** Rule: no name inside a URL or an e-mail address (src/core/match/rules/url-like.ts). */
import { describe, expect, it } from 'vitest';
import { isUrlLike } from '../../../../src/core/match/rules/url-like.ts';

const at = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return isUrlLike(text, start, start + name.length);
};

describe('isUrlLike', () => {
  it('a name in running text is no address', () => {
    expect(at('Le Kremlin a parlé.', 'Kremlin')).toBe(false);
    expect(at('(Kremlin), puis', 'Kremlin')).toBe(false);
    expect(at('à Moscou: le Kremlin.', 'Kremlin')).toBe(false);
  });
  it('a name in a domain, a path or an e-mail address is', () => {
    expect(at('voir www.kremlin.ru pour', 'kremlin')).toBe(true);
    expect(at('https://en.kremlin.ru/events', 'kremlin')).toBe(true);
    expect(at('écrire à kim@example.com ou', 'kim')).toBe(true);
    expect(at('voir site.fr/Poutine/page.html', 'Poutine')).toBe(true);
  });
  it('looks a bounded distance around the name (linear time): the address must show near it', () => {
    expect(at(`${'x'.repeat(100_000)}/Poutine/${'y'.repeat(100)}.html`, 'Poutine')).toBe(true);
    // The domain is 100,000 characters away: out of reach, read as an ordinary token.
    expect(at(`${'x'.repeat(100_000)}/Poutine/${'y'.repeat(100_000)}.html`, 'Poutine')).toBe(false);
  });
});

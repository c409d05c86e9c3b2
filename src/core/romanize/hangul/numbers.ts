/**
 * Sino-Korean readings of numerals, for the numbered administrative units RR ch.3 art.5
 * writes with the reading in brackets (봉천1동 Bongcheon 1(il)-dong, 종로 2가 Jongno 2(i)-ga).
 */

const DIGITS = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'] as const;
const SMALL_UNITS = ['', '십', '백', '천'] as const;
const LARGE_UNITS = ['', '만', '억', '조'] as const;

/** 0 < n < 10^16: the Hangul reading (12 → 십이, 105 → 백오, 20000 → 이만); undefined otherwise. */
export function readSinoKorean(digits: string): string | undefined {
  if (!/^\d{1,16}$/.test(digits)) return undefined;
  const n = BigInt(digits);
  if (n === 0n) return '영';
  let out = '';
  let rest = n;
  for (let group = 0; rest > 0n; group++) {
    const value = Number(rest % 10000n);
    rest /= 10000n;
    if (value === 0) continue;
    let part = '';
    let v = value;
    for (let place = 0; v > 0; place++) {
      const d = v % 10;
      v = Math.floor(v / 10);
      if (d === 0) continue;
      // 1 is not read before 십 백 천 (10 → 십, 100 → 백).
      part = (d === 1 && place > 0 ? '' : DIGITS[d]!) + SMALL_UNITS[place]! + part;
    }
    out = part + LARGE_UNITS[group]! + out;
  }
  return out;
}

/**
 * Rule: a name in the genitive inside the apposition that describes the name before it is not
 * who the text goes on about. In « Kim Yo-jong, la sœur cadette de Kim Jong-un, a déclaré… Kim a
 * ajouté » or "citing Kim Yo Jong, North Korean leader Kim Jong Un's powerful sister… Kim said",
 * the later « Kim » is Kim Yo-jong: Kim Jong-un is only there to say who she is. The second name
 * is in the genitive (preceded by « de », « du », « d' », "of", or followed by "'s") and sits in
 * the same clause as the first, after a comma, within APPOSITION_REACH characters, with no full
 * stop or verb-like break between them that the reach would not already exclude.
 */
const APPOSITION_REACH = 80;
/** « de », « du », « d' », "of", perhaps with a title between it and the name ("of North Korean leader"). */
const BEFORE = /(?:^|[\s\u00a0'’])(?:de|du|d['’]|des|of)[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+){0,3}$/iu;
const AFTER = /^['’]s\b/u;

/** Is the name text[start, end) a genitive in an apposition opened after `prevEnd` (the previous name's end)? */
export function isGenitiveAfter(text: string, prevEnd: number, start: number, end: number): boolean {
  if (start < prevEnd || start - prevEnd > APPOSITION_REACH) return false;
  const between = text.slice(prevEnd, start);
  // An apposition: opened by a comma (or a dash) right after the first name, and no sentence end since.
  if (!/^[\s\u00a0]*[,–—(]/u.test(between) || /[.!?;]\s/u.test(between)) return false;
  return BEFORE.test(between) || AFTER.test(text.slice(end, end + 3));
}

/**
 * Rule: a one-word name followed by a hyphen and a number is a channel, a model or a mission
 * named after it (« Rossia-24 », "Russia-1", « Soyouz-2 »), not the place or the thing itself.
 * Looks at two characters after the name.
 */

/** Is text[end…] a hyphen and a number (« -24 »)? */
export function isNumberedName(text: string, end: number): boolean {
  const h = text.charCodeAt(end);
  const d = text.charCodeAt(end + 1);
  return (h === 45 || h === 0x2010 || h === 0x2011) && d >= 48 && d <= 57;
}

/**
 * PRIVACY.md as a page the extension ships (privacy.html, opened from the options page): the
 * few shapes the policy uses — headings, paragraphs, lists, bold, italics, code, rules —
 * turned into HTML at build time, every character of the text escaped first.
 */
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(s: string): string {
  return escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

export function markdownPage(markdown: string, title: string, lang = 'en'): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = (): void => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
    if (list) out.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    list = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (/^---+$/.test(line)) {
      flush();
      out.push('<hr>');
    } else if (/^- /.test(line)) {
      if (paragraph.length) flush();
      (list ??= []).push(line.slice(2));
    } else if (/^\s+\S/.test(line) && list) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font:16px/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.8rem}code{font-size:.9em;background:#f1f1f3;padding:0 .2em;border-radius:3px}hr{margin:2.5rem 0}@media (prefers-color-scheme:dark){body{background:#1b1b1d;color:#e8e8ea}code{background:#2c2c30}}</style></head>
<body>
${out.join('\n')}
</body>
</html>
`;
}

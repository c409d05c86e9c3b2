/**
 * A local HTTP server (127.0.0.1 only) that serves the default sources as news pages, plus
 * any page a test registers. No request ever leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SOURCES_DIR } from './paths.ts';

export interface SourceMeta {
  file: string;
  lang: string;
  date: string;
  title: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function loadSources(): Array<SourceMeta & { text: string }> {
  const meta = JSON.parse(readFileSync(join(SOURCES_DIR, 'sources.json'), 'utf8')) as SourceMeta[];
  return meta.map((m) => ({ ...m, text: readFileSync(join(SOURCES_DIR, m.file), 'utf8') }));
}

/** A plausible news page around an article: header, navigation, the article, a footer. */
export function newsPage(title: string, text: string, lang = 'fr', extraHead = ''): string {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim()).map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
  <style>body{font:18px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:20px;color:#222} nav a{margin-right:12px}</style>${extraHead}</head>
  <body>
    <header><strong>Le Quotidien local</strong> <nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav></header>
    <article>
      <h1>${escapeHtml(title)}</h1>
${paragraphs}
    </article>
    <footer><small>© Le Quotidien local</small></footer>
  </body>
</html>`;
}

export interface NewsServer {
  url: (path: string) => string;
  setPage: (path: string, html: string) => void;
  close: () => Promise<void>;
  server: Server;
}

export async function startNewsServer(): Promise<NewsServer> {
  const pages = new Map<string, string>();
  loadSources().forEach((s, i) => pages.set(`/source-${i + 1}.html`, newsPage(s.title, s.text, s.lang)));
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    setPage: (path, html) => void pages.set(path, html),
    close: () => new Promise((r) => server.close(() => r())),
    server,
  };
}

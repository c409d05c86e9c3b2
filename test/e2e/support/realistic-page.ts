/**
 * A news page as readers meet them, written for the purpose (no text from real news): a site
 * header with navigation, an ad, the article (headline, byline, dateline, two sections, a « Lire
 * aussi » box), a sidebar, readers' comments and a footer — names in every part. Each part says
 * which it is (data-zone), for the tests' probes only: Glose never reads that attribute.
 */
export const REALISTIC_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Poutine reçoit Kim Jong-un à Vostotchny — Le Courrier de l’Est</title>
<style>body{font:17px/1.6 Georgia,serif;margin:0;color:#222} header,footer,.pub,main,#comments{max-width:760px;margin:0 auto;padding:8px 16px} nav a{margin-right:10px} .pub{background:#fde68a} aside{border-left:3px solid #ccc;padding-left:10px}</style></head>
<body>
<header data-zone="header"><p class="brand">Le Courrier de l’Est</p>
  <nav data-zone="nav"><a href="#">International</a> <a href="#">Dossier : Kim Jong-un</a> <a href="#">Vladimir Poutine</a></nav></header>
<div class="pub" data-zone="ad">Séoul – Busan – Jeju : vols dès 499 €</div>
<main>
  <article data-zone="body">
    <h1>Poutine reçoit Kim Jong-un à Vostotchny</h1>
    <p class="byline" data-zone="byline">Par Hélène Marchal</p>
    <p data-zone="dateline">Moscou, correspondance</p>
    <p>Vladimir Poutine a accueilli mercredi Kim Jong-un au cosmodrome de Vostotchny. Poutine a fait visiter le pas de tir à son hôte pendant une heure.</p>
    <p>Les deux dirigeants ont parlé pendant plus de quatre heures. Kim Jong-un a promis son soutien, tandis que l’Organisation des Nations unies (ONU) rappelait ses sanctions. À Washington, on s’inquiète.</p>
    <aside class="lire-aussi" data-zone="related"><p>Lire aussi | Sergueï Lavrov attendu à Pyongyang</p></aside>
    <h2>Des armes contre de la technologie</h2>
    <p>Selon les services de Séoul, Kim Jong-un pourrait livrer des obus. Vladimir Poutine n’a rien confirmé.</p>
    <p>Poutine et Kim Jong-un se reverront bientôt, a indiqué Dmitri Peskov.</p>
  </article>
  <aside data-zone="aside"><h3>Les plus lus</h3><ul><li>Sergueï Choïgou de retour à Pyongyang</li></ul></aside>
</main>
<section id="comments" data-zone="comments"><h2>Réactions</h2><p>Jean-Marc : Choïgou et Lavrov encore à Pyongyang ? Et Kim Jong-un ?</p></section>
<footer data-zone="footer">© Le Courrier de l’Est — bureaux à Moscou et à Séoul</footer>
</body>
</html>`;

/** Where each painted name lies: its text, the page part (data-zone) and the section (the last heading before it). */
export function paintedPlaces(): Array<{ text: string; zone: string; section: string }> {
  const out: Array<{ text: string; zone: string; section: string }> = [];
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('glose') || name === 'glose-focus') continue;
    for (const r of highlight as Highlight) {
      const range = r as Range;
      const node = range.startContainer;
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement!;
      const zone = el.closest('[data-zone]')?.getAttribute('data-zone') ?? 'none';
      let section = '';
      for (const h of headings) if (h === el || h.contains(el) || h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) section = h.textContent ?? '';
      out.push({ text: range.toString(), zone, section });
    }
  }
  return out;
}

/** Which person a painted text names, for counting mentions per name (the fixture's spellings). */
export const PERSON_OF: Record<string, string> = {
  Poutine: 'putin', 'Vladimir Poutine': 'putin', 'Kim Jong-un': 'kim', 'Dmitri Peskov': 'peskov',
};

/**
 * A word-level diff of two texts: the stretches that differ, as [before, after] pairs. Rewrite
 * mode must change names only: every pair's `before` is a name of the page.
 */
export function changedStretches(before: string, after: string): Array<[string, string]> {
  const split = (s: string): string[] => s.match(/[\p{L}\p{M}’'-]+|[^\p{L}\p{M}’'-]/gu) ?? [];
  const a = split(before);
  const b = split(after);
  // Longest common subsequence of tokens (the texts are a few hundred tokens).
  const dp = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: Array<[string, string]> = [];
  let i = 0;
  let j = 0;
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del || ins) out.push([del, ins]);
    del = '';
    ins = '';
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || dp[i]![j + 1]! >= dp[i + 1]![j]!)) ins += b[j++];
    else del += a[i++];
  }
  flush();
  return out;
}

/**
 * The hostile page shared by the Chromium and Firefox tests: an article with names, and a
 * script of the page's own that tries to drive, read and fingerprint Glose (window.hostile).
 */

// The page's own script, run before anything else on the page: it wraps attachShadow to keep
// every shadow root created in its world, and offers the test its probes as window.hostile.
export const HOSTILE_SCRIPT = `<script>
(() => {
  const roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  window.hostile = {
    roots,
    // Every event a reader's pointer, finger or keyboard would produce, at the word's place.
    drive(word) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(word);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + word.length);
        const b = r.getBoundingClientRect();
        const at = { bubbles: true, cancelable: true, composed: true, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2, view: window };
        const target = n.parentElement;
        for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'pointerup']) {
          target.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse', isPrimary: true }));
          target.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'touch', isPrimary: true }));
        }
        for (const type of ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, at));
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        return true;
      }
      return false;
    },
    // What the page can learn of the card: its host, any root, any text.
    read() {
      const host = document.querySelector('[data-glose-card]');
      return {
        hostFound: host !== null,
        shadowRoot: host ? host.shadowRoot !== null : null,
        attributes: host ? host.getAttributeNames().sort() : [],
        hostStyle: host ? host.getAttribute('style') : null,
        hostText: host ? host.textContent + host.innerHTML : '',
        rootsSeen: roots.length,
        pageHtml: document.documentElement.outerHTML,
      };
    },
    // Tries each of the extension's files by URL, as a fingerprinting script would.
    async probe(urls) {
      const out = [];
      for (const url of urls) {
        const viaFetch = await fetch(url).then((r) => 'status ' + r.status, (e) => 'blocked');
        const viaScript = await new Promise((resolve) => {
          const s = document.createElement('script');
          s.src = url;
          s.onload = () => resolve('loaded');
          s.onerror = () => resolve('blocked');
          document.head.append(s);
        });
        out.push({ url, viaFetch, viaScript });
      }
      return out;
    },
  };
})();
</script>`;

export const HOSTILE_TEXT = `Sergueï Lavrov est arrivé à Pyongyang, où Kim Jong-un l'a reçu au palais.\nLa délégation russe a visité Wonsan avant de repartir vers Vladivostok.`;

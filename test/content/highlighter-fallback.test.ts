// @vitest-environment happy-dom
/**
 * Without the CSS Custom Highlight API (happy-dom has none, like an old browser), names are
 * painted by boxes inside the card host's shadow root: the page's own nodes stay untouched.
 */
import { describe, expect, it } from 'vitest';
import { Highlighter, isHighlightApiAvailable } from '../../src/content/highlighter.ts';
// In the extension the background injects the card part when it is first needed; here it runs
// as it would once injected, registering itself for loadPart.
import '../../src/content/card/card-part.ts';

describe('highlighter fallback', () => {
  it('paints into the card host, never into the page’s text', async () => {
    expect(isHighlightApiAvailable()).toBe(false);
    document.body.innerHTML = '<p>Kim Jong-un a rencontré Vladimir Poutine.</p>';
    const before = document.body.innerHTML;
    const text = document.querySelector('p')!.firstChild as Text;
    const r1 = document.createRange();
    r1.setStart(text, 0);
    r1.setEnd(text, 11);
    const r2 = document.createRange();
    const at = text.data.indexOf('Vladimir Poutine');
    r2.setStart(text, at);
    r2.setEnd(text, at + 'Vladimir Poutine'.length);
    const h = new Highlighter('underline');
    h.add('person', r1);
    h.add('person', r2);
    expect(h.size).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    const host = document.querySelector('[data-glose-card]');
    expect(host).not.toBeNull();
    // The boxes live in a closed shadow root: the page cannot read them.
    expect(host!.shadowRoot).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    h.clear();
    expect(h.size).toBe(0);
  });
});

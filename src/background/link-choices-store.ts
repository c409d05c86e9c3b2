/**
 * The reader's corrected links, per page, in storage.local (core/link-choices.ts says what a
 * choice is and how many are kept). Written through one queue, so that two choices made in a row
 * never overwrite each other.
 */
import browser from 'webextension-polyfill';
import { pageKey, rememberChoice, type ChoiceStore, type PageChoices } from '../core/link-choices.ts';

const KEY = 'linkChoices';

async function read(): Promise<ChoiceStore> {
  const got = (await browser.storage.local.get(KEY))[KEY];
  return got && typeof got === 'object' && !Array.isArray(got) ? (got as ChoiceStore) : {};
}

export class LinkChoicesStore {
  #queue: Promise<unknown> = Promise.resolve();

  async choicesFor(url: string): Promise<PageChoices> {
    return (await read())[pageKey(url)]?.choices ?? {};
  }

  chooseLink(url: string, surface: string, entry: string): Promise<void> {
    const next = this.#queue.then(async () => {
      await browser.storage.local.set({ [KEY]: rememberChoice(await read(), url, surface, entry, Date.now()) });
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }
}

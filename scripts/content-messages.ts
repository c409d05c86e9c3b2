/**
 * The UI strings the content script ships: the card's own, its type labels and style names.
 * The side panel's and the options page's strings stay out of the script every page loads
 * (both languages' messages.json are more than half the size of the card's code).
 * test/content/content-messages.test.ts holds every key the content code asks for to this set.
 */
export const CONTENT_MESSAGE_KEY = /^(card|type|style)/;

export function contentMessages(json: string): string {
  const all = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => CONTENT_MESSAGE_KEY.test(key))));
}

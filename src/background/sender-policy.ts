/**
 * The background's view of who sent a message (messaging/access.ts has the rules), and the
 * refusal log: each refused (request, caller kind) pair is logged once per worker life, so a
 * hostile page that keeps asking cannot flood the console.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { classifySender, RequestRefused, type Caller } from '../messaging/senders.ts';
import { settingsForPage } from '../messaging/page-settings.ts';
import type { Settings } from '../core/settings.ts';

export function callerOf(sender: Runtime.MessageSender): Caller {
  return classifySender(sender, browser.runtime.id, browser.runtime.getURL(''));
}

/** Settings as this sender may see them: whole for extension pages, its own site's for a page. */
export function settingsFor(settings: Settings, sender: Runtime.MessageSender): Settings {
  const caller = callerOf(sender);
  return caller.kind === 'extension' ? settings : settingsForPage(settings, caller.kind === 'content' ? caller.host : '');
}

/** A refusal, logged once per (request, caller kind) for the life of the log. */
export function createRefusalLog(): (type: string, caller: Caller) => RequestRefused {
  const logged = new Set<string>();
  return (type, caller) => {
    const refusal = new RequestRefused(type, caller.kind);
    const key = `${type}|${caller.kind}`;
    if (!logged.has(key)) {
      logged.add(key);
      console.warn(`[glose] refused "${type}" from a ${caller.kind === 'content' ? 'content script' : 'sender outside Glose'}${caller.kind === 'content' ? ` (${caller.host || 'no host'})` : ''}`);
    }
    return refusal;
  };
}

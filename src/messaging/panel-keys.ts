/**
 * The session-storage key through which the background asks a panel that is still opening to
 * show an entry (a panel already open gets the `panel/show-entry` broadcast instead).
 */
export const PENDING_ENTRY_KEY = 'panel:pending-entry';

/**
 * The session-storage key through which the background hands the options page a reader's entry
 * to finish: the draft a card's « add » button made for a name without an entry. The options
 * page opens its entry form with it, whether it was just opened or already open.
 */
export const PENDING_DRAFT_KEY = 'options:pending-draft';

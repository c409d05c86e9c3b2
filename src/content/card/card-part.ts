/**
 * The card part (messaging/content-parts.ts): the card's UI, its overlay painter and its
 * strings, built as a file of its own (content-card.js) and run in a page only when a card or
 * the fallback painting is first needed. It exports nothing at run time: it registers itself.
 */
import { translatorFor } from '../../messaging/ui-strings.ts';
import { registerPart } from '../part-registry.ts';
import { rewriteForm } from '../../core/glossary/rewrite-form.ts';
import { openUnknownCard } from './open-unknown-card.ts';
import { focusCard, hideCard, isCardOpen, paintOverlay, placeCard, showCard, showToast } from './card-host.tsx';

const cardPart = {
  focusCard,
  hideCard,
  isCardOpen,
  paintOverlay,
  placeCard,
  showCard,
  showToast,
  /** The card of a name without an entry (its script guess and romanisation load with it, in the unknown-name part). */
  openUnknownCard,
  /** Rewrite mode's decision (opt-in: kept out of the script every page loads). */
  rewriteForm,
  /** The card's strings in a language (the build keeps only the card's, scripts/content-messages.ts). */
  translator: translatorFor,
};

export type CardPart = typeof cardPart;

registerPart('card', cardPart);

import type { EntryType } from '../core/glossary/types.ts';

/** Locale keys of the entry types, singular. */
export const TYPE_KEYS: Record<EntryType, string> = {
  person: 'typePerson', place: 'typePlace', organisation: 'typeOrganisation', media: 'typeMedia', brand: 'typeBrand', event: 'typeEvent', term: 'typeTerm',
};

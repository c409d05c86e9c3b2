/**
 * The built-in glossary: every data file of this folder, in a fixed order.
 * Entries are validated by src/core/glossary (tests and `glose glossary check`), not trusted here.
 */
import type { GlossaryEntry } from '../../core/glossary/types.ts';
import koreaPeople from './korea-people.json' with { type: 'json' };
import koreaPlaces from './korea-places.json' with { type: 'json' };
import koreaOrganisations from './korea-organisations.json' with { type: 'json' };
import koreaMilitary from './korea-military.json' with { type: 'json' };
import koreaEventsTerms from './korea-events-terms.json' with { type: 'json' };
import russiaPeople from './russia-people.json' with { type: 'json' };
import russiaPlaces from './russia-places.json' with { type: 'json' };
import russiaOrganisations from './russia-organisations.json' with { type: 'json' };
import russiaEventsTerms from './russia-events-terms.json' with { type: 'json' };
import world from './world.json' with { type: 'json' };
import vehiclesBrands from './vehicles-brands.json' with { type: 'json' };

/** Data files by name, so that validation errors can name the file. */
export const GLOSSARY_FILES: ReadonlyArray<{ file: string; entries: GlossaryEntry[] }> = [
  { file: 'src/data/glossary/korea-people.json', entries: koreaPeople as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-places.json', entries: koreaPlaces as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-organisations.json', entries: koreaOrganisations as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-military.json', entries: koreaMilitary as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-events-terms.json', entries: koreaEventsTerms as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-people.json', entries: russiaPeople as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-places.json', entries: russiaPlaces as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-organisations.json', entries: russiaOrganisations as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-events-terms.json', entries: russiaEventsTerms as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/world.json', entries: world as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/vehicles-brands.json', entries: vehiclesBrands as unknown as GlossaryEntry[] },
];

export const BUILTIN_ENTRIES: readonly GlossaryEntry[] = GLOSSARY_FILES.flatMap((f) => f.entries);

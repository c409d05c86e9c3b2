/**
 * The built-in glossary: every data file of this folder, in a fixed order.
 * Entries are validated by src/core/glossary (tests and `glose glossary check`), not trusted here.
 */
import type { GlossaryEntry, GlossaryList } from '../../core/glossary/types.ts';
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
import koreaNkLeadership from './korea-nk-leadership.json' with { type: 'json' };
import koreaNkPlacesInstitutions from './korea-nk-places-institutions.json' with { type: 'json' };
import koreaNkWeapons from './korea-nk-weapons.json' with { type: 'json' };
import koreaSkPolitics from './korea-sk-politics.json' with { type: 'json' };
import koreaSkInstitutionsPlaces from './korea-sk-institutions-places.json' with { type: 'json' };
import koreaSkBusinessMediaEvents from './korea-sk-business-media-events.json' with { type: 'json' };
import koreaNkLeadershipLists from './lists/korea-nk-leadership.json' with { type: 'json' };
import koreaNkPlacesInstitutionsLists from './lists/korea-nk-places-institutions.json' with { type: 'json' };
import koreaNkWeaponsLists from './lists/korea-nk-weapons.json' with { type: 'json' };
import koreaSkPoliticsLists from './lists/korea-sk-politics.json' with { type: 'json' };
import koreaSkInstitutionsPlacesLists from './lists/korea-sk-institutions-places.json' with { type: 'json' };
import koreaSkBusinessMediaEventsLists from './lists/korea-sk-business-media-events.json' with { type: 'json' };
import koreaSkDefence from './korea-sk-defence.json' with { type: 'json' };
import koreaSkDefenceLists from './lists/korea-sk-defence.json' with { type: 'json' };
import koreaSkPeopleAgencies from './korea-sk-people-agencies.json' with { type: 'json' };
import koreaSkPeopleAgenciesLists from './lists/korea-sk-people-agencies.json' with { type: 'json' };
import russiaRuGovernment from './russia-ru-government.json' with { type: 'json' };
import russiaRuGovernmentLists from './lists/russia-ru-government.json' with { type: 'json' };
import russiaRuRegions from './russia-ru-regions.json' with { type: 'json' };
import russiaRuRegionsLists from './lists/russia-ru-regions.json' with { type: 'json' };
import russiaRuWar from './russia-ru-war.json' with { type: 'json' };
import russiaRuWarLists from './lists/russia-ru-war.json' with { type: 'json' };
import russiaRuInstitutions from './russia-ru-institutions.json' with { type: 'json' };
import russiaRuInstitutionsLists from './lists/russia-ru-institutions.json' with { type: 'json' };
import koreaNkPolitburo from './korea-nk-politburo.json' with { type: 'json' };
import koreaNkPolitburoLists from './lists/korea-nk-politburo.json' with { type: 'json' };
import koreaNkMilitaryShips from './korea-nk-military-ships.json' with { type: 'json' };
import koreaNkMilitaryShipsLists from './lists/korea-nk-military-ships.json' with { type: 'json' };
import koreaSkLeadersExperts from './korea-sk-leaders-experts.json' with { type: 'json' };
import koreaSkLeadersExpertsLists from './lists/korea-sk-leaders-experts.json' with { type: 'json' };
import russiaRuCapitals from './russia-ru-capitals.json' with { type: 'json' };
import russiaRuGovernors from './russia-ru-governors.json' with { type: 'json' };
import russiaRuOpposition from './russia-ru-opposition.json' with { type: 'json' };
import russiaRuWarFront from './russia-ru-war-front.json' with { type: 'json' };
import russiaRuEventsForces from './russia-ru-events-forces.json' with { type: 'json' };
import russiaRuArmsSpace from './russia-ru-arms-space.json' with { type: 'json' };
import russiaRuMediaBusiness from './russia-ru-media-business.json' with { type: 'json' };
import belarus from './belarus.json' with { type: 'json' };
import russiaRuWarRear from './russia-ru-war-rear.json' with { type: 'json' };
import russiaRuCompleteLists from './lists/russia-ru-complete.json' with { type: 'json' };
import koreaSkAffiliates from './korea-sk-affiliates.json' with { type: 'json' };
import koreaSkCulture from './korea-sk-culture.json' with { type: 'json' };
import koreaSkCultureBusinessLists from './lists/korea-sk-culture-business.json' with { type: 'json' };
import russiaRuGeography from './russia-ru-geography.json' with { type: 'json' };
import russiaRuCulture from './russia-ru-culture.json' with { type: 'json' };
import russiaRuNewsSurvey from './russia-ru-news-survey.json' with { type: 'json' };
import russiaRuCultureGeographyLists from './lists/russia-ru-culture-geography.json' with { type: 'json' };
import koreaProducts from './korea-products.json' with { type: 'json' };
import koreaGeography from './korea-geography.json' with { type: 'json' };
import russiaRuEnergy from './russia-ru-energy.json' with { type: 'json' };
import russiaRuMusic from './russia-ru-music.json' with { type: 'json' };
import beatProductsGeographyLists from './lists/beat-products-geography.json' with { type: 'json' };

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
  { file: 'src/data/glossary/korea-nk-leadership.json', entries: koreaNkLeadership as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-nk-places-institutions.json', entries: koreaNkPlacesInstitutions as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-nk-weapons.json', entries: koreaNkWeapons as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-politics.json', entries: koreaSkPolitics as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-institutions-places.json', entries: koreaSkInstitutionsPlaces as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-business-media-events.json', entries: koreaSkBusinessMediaEvents as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-defence.json', entries: koreaSkDefence as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-people-agencies.json', entries: koreaSkPeopleAgencies as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-government.json', entries: russiaRuGovernment as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-regions.json', entries: russiaRuRegions as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-war.json', entries: russiaRuWar as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-institutions.json', entries: russiaRuInstitutions as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-nk-politburo.json', entries: koreaNkPolitburo as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-nk-military-ships.json', entries: koreaNkMilitaryShips as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-leaders-experts.json', entries: koreaSkLeadersExperts as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-capitals.json', entries: russiaRuCapitals as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-governors.json', entries: russiaRuGovernors as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-opposition.json', entries: russiaRuOpposition as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-war-front.json', entries: russiaRuWarFront as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-events-forces.json', entries: russiaRuEventsForces as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-arms-space.json', entries: russiaRuArmsSpace as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-media-business.json', entries: russiaRuMediaBusiness as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/belarus.json', entries: belarus as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-war-rear.json', entries: russiaRuWarRear as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-affiliates.json', entries: koreaSkAffiliates as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-sk-culture.json', entries: koreaSkCulture as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-geography.json', entries: russiaRuGeography as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-culture.json', entries: russiaRuCulture as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-news-survey.json', entries: russiaRuNewsSurvey as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-products.json', entries: koreaProducts as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/korea-geography.json', entries: koreaGeography as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-energy.json', entries: russiaRuEnergy as unknown as GlossaryEntry[] },
  { file: 'src/data/glossary/russia-ru-music.json', entries: russiaRuMusic as unknown as GlossaryEntry[] },
];

export const BUILTIN_ENTRIES: readonly GlossaryEntry[] = GLOSSARY_FILES.flatMap((f) => f.entries);

/** The lists of the beat the glossary works through, with their expected sizes (lists/*.json). */
export const GLOSSARY_LISTS: readonly GlossaryList[] = [...(koreaNkLeadershipLists as unknown as GlossaryList[]), ...(koreaNkPlacesInstitutionsLists as unknown as GlossaryList[]), ...(koreaNkWeaponsLists as unknown as GlossaryList[]), ...(koreaSkPoliticsLists as unknown as GlossaryList[]), ...(koreaSkInstitutionsPlacesLists as unknown as GlossaryList[]), ...(koreaSkBusinessMediaEventsLists as unknown as GlossaryList[]), ...(koreaSkDefenceLists as unknown as GlossaryList[]), ...(koreaSkPeopleAgenciesLists as unknown as GlossaryList[]), ...(russiaRuGovernmentLists as unknown as GlossaryList[]), ...(russiaRuRegionsLists as unknown as GlossaryList[]), ...(russiaRuWarLists as unknown as GlossaryList[]), ...(russiaRuInstitutionsLists as unknown as GlossaryList[]), ...(koreaNkPolitburoLists as unknown as GlossaryList[]), ...(koreaNkMilitaryShipsLists as unknown as GlossaryList[]), ...(koreaSkLeadersExpertsLists as unknown as GlossaryList[]), ...(russiaRuCompleteLists as unknown as GlossaryList[]), ...(koreaSkCultureBusinessLists as unknown as GlossaryList[]), ...(russiaRuCultureGeographyLists as unknown as GlossaryList[]), ...(beatProductsGeographyLists as unknown as GlossaryList[])];

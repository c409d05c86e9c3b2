/**
 * Administrative units and generic terms of place names, as data, per standard.
 * Listed longest first where one ends another (북도 before 도).
 */

/** RR 2000 ch.3 art.5 (-do -si -gun -gu -eup -myeon -ri -dong -ga) and the metropolitan units (Seoul-teukbyeolsi). */
export const RR_ADMIN_UNITS: readonly string[] = [
  '특별자치시', '특별자치도', '특별시', '광역시', '도', '시', '군', '구', '읍', '면', '리', '동', '가',
];

/** ALA-LC 2009 §4 (Kyŏngsang-bukto) and BGN/PCGN (P’yŏngan-namdo): 북도, 남도 are one unit. */
export const MR_ADMIN_UNITS: readonly string[] = ['북도', '남도', '도', '시', '군', '구', '읍', '면', '리', '동', '가'];

/** DPRK 2002 (UNGEGN E/CONF.94/INF.72): 구역 and 로동자구 are units of their own; 도 alone (Phyŏngannam-do). */
export const DPRK_ADMIN_UNITS: readonly string[] = ['로동자구', '노동자구', '구역', '도', '시', '군', '구', '읍', '면', '리', '동'];

/** Natural features the DPRK writes solid and in their own form (Amrokgang, Hallasan, Taksŏm). */
export const DPRK_FEATURES: readonly string[] = ['강', '산', '섬', '봉'];

/** BGN/PCGN 1945 note 3: rivers and mountains hyphenated like units (Amnok-kang, Paektu-san). */
export const BGN_FEATURES: readonly string[] = ['강', '산'];

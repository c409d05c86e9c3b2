/**
 * Korean surnames as data: the two-syllable surnames a full name must be split after, and the
 * conventional ("popular") spellings that RR ch.3 art.4(2) leaves to be fixed separately.
 */

/**
 * Two-syllable surnames (Statistics Korea, 2015 census surname table; RR ch.3 art.4 and the
 * README note "two-syllable surnames need a list").
 */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '남궁', '황보', '제갈', '사공', '선우', '서문', '독고', '동방', '어금', '망절', '황목', '장곡', '소봉',
]);

/**
 * Popular spellings of a surname, most usual first. Where the convention accepts several forms
 * (서 Suh or Seo, 전 Jun or Jeon, 황 Whang or Hwang) all of them are kept: the first is what the
 * `surname-popular` system writes, the others are known spellings (knownSurnameSpellings in
 * names.ts adds the RR and MR forms).
 *
 * Source of the rows marked CHECKED: Infogalactic, "List of South Korean surnames by prevalence",
 * "Popular spellings" column, in its order (the 21 most frequent surnames of the 2000 census).
 * That column leaves out the RR or MR form itself (황: Whang…, not Hwang; 송: Soung, Sung): the
 * first spelling it lists is the one this system writes, as the shared test vectors do (한 Hahn,
 * 안 Ahn). The other rows give the spelling in common use (passports, press) and have not been
 * checked against that page; 리 and 림 are the North Korean spellings and keep their r.
 */
const CHECKED: ReadonlyArray<[string, readonly string[]]> = [
  ['김', ['Kim', 'Kym', 'Ghim', 'Khim', 'Gym', 'Geem']],
  ['이', ['Lee', 'Yi', 'Rhee', 'Ree', 'Rey', 'Rhie']],
  ['박', ['Park', 'Pak', 'Bark', 'Pack', 'Bak', 'Bac']],
  ['정', ['Chung', 'Jung', 'Joung', 'Chong', 'Cheong', 'Choung']],
  ['최', ['Choi', 'Che', 'Choy', 'Chey', 'Tsoi']],
  ['조', ['Cho', 'Joe', 'Joh', 'Jou']],
  ['강', ['Kang', 'Kahng', 'Kwang', 'Khang']],
  ['유', ['Yoo', 'You', 'Ryu']],
  ['류', ['Ryu', 'Yoo', 'You']],
  ['윤', ['Yoon', 'Youn', 'Yune', 'Yeun']],
  ['장', ['Chang', 'Jahng', 'Jhang', 'Gang', 'Jeung', 'Jang', 'Zang']],
  ['신', ['Shin', 'Shinn', 'Sheen', 'Chin', 'Seen']],
  ['임', ['Lim', 'Yim', 'Rim', 'Leem', 'Rhim', 'Reem', 'Rym', 'Lym']],
  ['한', ['Hahn', 'Hann']],
  ['오', ['Oh', 'Oe', 'Au']],
  ['서', ['Suh', 'Su', 'Sur', 'So', 'Seu']],
  ['전', ['Jun', 'Chun', 'Chon', 'Jeun', 'Cheon', 'Chen', 'Jeon']],
  ['권', ['Kwon', 'Kweon', 'Kwun', 'Gwon']],
  ['황', ['Whang', 'Hoang', 'Whoang', 'Whoan']],
  ['송', ['Soung', 'Sung']],
  ['안', ['Ahn', 'Ann', 'Aan']],
  ['홍', ['Houng', 'Hyong']],
];

/** Spellings in common use, not checked against the source above (one each). */
const UNCHECKED: ReadonlyArray<[string, string]> = [
  ['리', 'Ri'], ['림', 'Rim'], ['고', 'Ko'], ['문', 'Moon'], ['양', 'Yang'], ['손', 'Son'],
  ['배', 'Bae'], ['백', 'Baek'], ['허', 'Heo'], ['남', 'Nam'], ['심', 'Shim'], ['노', 'Noh'],
  ['하', 'Ha'], ['곽', 'Kwak'], ['성', 'Sung'], ['차', 'Cha'], ['주', 'Joo'], ['우', 'Woo'],
  ['구', 'Koo'], ['민', 'Min'], ['진', 'Jin'], ['지', 'Ji'], ['엄', 'Uhm'], ['채', 'Chae'],
  ['원', 'Won'], ['천', 'Chun'], ['방', 'Bang'], ['공', 'Kong'], ['현', 'Hyun'], ['함', 'Ham'],
  ['변', 'Byun'], ['염', 'Yeom'], ['여', 'Yeo'], ['추', 'Choo'], ['도', 'Do'], ['석', 'Seok'],
  ['선', 'Sun'], ['설', 'Seol'], ['마', 'Ma'], ['길', 'Gil'], ['연', 'Yeon'], ['표', 'Pyo'],
  ['명', 'Myung'], ['기', 'Ki'], ['반', 'Ban'], ['왕', 'Wang'], ['금', 'Keum'], ['옥', 'Ok'],
  ['육', 'Yook'], ['인', 'In'], ['맹', 'Maeng'], ['탁', 'Tak'], ['국', 'Kook'], ['은', 'Eun'],
  ['편', 'Pyun'], ['용', 'Yong'], ['남궁', 'Namgoong'], ['황보', 'Hwangbo'], ['제갈', 'Jegal'],
  ['선우', 'Sunwoo'], ['독고', 'Dokgo'], ['사공', 'Sagong'],
];

export const POPULAR_SURNAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ...CHECKED,
  ...UNCHECKED.map(([hangul, spelling]): [string, readonly string[]] => [hangul, [spelling]]),
]);

/** 李, written 이 in the South and 리 in the North: MR and ALA-LC write Yi (ALA-LC 2009 rule 9). */
export const YI_SURNAMES: ReadonlySet<string> = new Set(['이', '리']);

/** 이 as the North reads it (리, initial ㄹ kept): DPRK and KCNA write Ri (Ri Son Gwon). */
export const RI_SURNAMES: ReadonlySet<string> = new Set(['이']);

/** How many leading syllables of a full name are the surname. */
export function surnameLength(syllables: readonly string[]): number {
  if (syllables.length >= 3 && COMPOUND_SURNAMES.has((syllables[0] ?? '') + (syllables[1] ?? ''))) return 2;
  return Math.min(1, syllables.length);
}

/**
 * Last syllables that make a word a place rather than a person (한라산, 강원도, 남포시, 신촌역):
 * the administrative units of RR ch.3 art.5 and the natural features of units.ts, and 역
 * (station), 항 (port), 섬 (island). Given names rarely end in them.
 */
const PLACE_ENDINGS: ReadonlySet<string> = new Set(['도', '시', '군', '읍', '면', '리', '산', '강', '섬', '봉', '역', '항']);

/**
 * A Hangul word that reads as a full name: a common surname (POPULAR_SURNAMES) and a
 * two-syllable given name — three syllables, or four after a two-syllable surname — as most
 * Korean names are written, and not ending like a place name. A guess for text with nothing
 * else to go by (the `glose romanize` command); the glossary's own `script.kind` comes first.
 */
export function looksLikeFullName(text: string): boolean {
  const word = text.normalize('NFC').trim();
  if (!/^[\uac00-\ud7a3]+$/u.test(word)) return false;
  const syllables = [...word];
  const cut = surnameLength(syllables);
  const surname = syllables.slice(0, cut).join('');
  if (!POPULAR_SURNAMES.has(surname) || syllables.length - cut !== 2) return false;
  return !PLACE_ENDINGS.has(syllables.at(-1)!);
}

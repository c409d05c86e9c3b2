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
 * Popular spellings, the first one listed per surname. Source: Infogalactic, "List of South
 * Korean surnames by prevalence", popular-spellings column (이 Lee, 정 Chung, 최 Choi, 조 Cho,
 * 장 Chang, 신 Shin, 한 Hahn, 오 Oh, 안 Ahn are checked against it by the test vectors); the
 * other rows are the spellings in common use (passports, press) and have not been checked
 * against that page. 리 and 류 are the North Korean spellings and keep their r.
 */
export const POPULAR_SURNAMES: ReadonlyMap<string, string> = new Map([
  ['김', 'Kim'], ['이', 'Lee'], ['리', 'Ri'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Chung'],
  ['강', 'Kang'], ['조', 'Cho'], ['윤', 'Yoon'], ['장', 'Chang'], ['임', 'Lim'], ['림', 'Rim'],
  ['한', 'Hahn'], ['오', 'Oh'], ['서', 'Seo'], ['신', 'Shin'], ['권', 'Kwon'], ['황', 'Hwang'],
  ['안', 'Ahn'], ['송', 'Song'], ['류', 'Ryu'], ['유', 'Yoo'], ['전', 'Jeon'], ['홍', 'Hong'],
  ['고', 'Ko'], ['문', 'Moon'], ['양', 'Yang'], ['손', 'Son'], ['배', 'Bae'], ['백', 'Baek'],
  ['허', 'Heo'], ['남', 'Nam'], ['심', 'Shim'], ['노', 'Noh'], ['하', 'Ha'], ['곽', 'Kwak'],
  ['성', 'Sung'], ['차', 'Cha'], ['주', 'Joo'], ['우', 'Woo'], ['구', 'Koo'], ['민', 'Min'],
  ['진', 'Jin'], ['지', 'Ji'], ['엄', 'Uhm'], ['채', 'Chae'], ['원', 'Won'], ['천', 'Chun'],
  ['방', 'Bang'], ['공', 'Kong'], ['현', 'Hyun'], ['함', 'Ham'], ['변', 'Byun'], ['염', 'Yeom'],
  ['여', 'Yeo'], ['추', 'Choo'], ['도', 'Do'], ['석', 'Seok'], ['선', 'Sun'], ['설', 'Seol'],
  ['마', 'Ma'], ['길', 'Gil'], ['연', 'Yeon'], ['표', 'Pyo'], ['명', 'Myung'], ['기', 'Ki'],
  ['반', 'Ban'], ['왕', 'Wang'], ['금', 'Keum'], ['옥', 'Ok'], ['육', 'Yook'], ['인', 'In'],
  ['맹', 'Maeng'], ['탁', 'Tak'], ['국', 'Kook'], ['은', 'Eun'], ['편', 'Pyun'], ['용', 'Yong'],
  ['남궁', 'Namgoong'], ['황보', 'Hwangbo'], ['제갈', 'Jegal'], ['선우', 'Sunwoo'], ['독고', 'Dokgo'],
  ['사공', 'Sagong'],
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

/**
 * People who keep their own Latin spelling (RR ch.3 art.7: "the romanization of personal
 * names and company names may continue to use the established spelling"). Press usage for
 * South Korean public figures follows it; the French press hyphenates the given name
 * (Yoon Suk-yeol), the English press keeps it as the person writes it (Yoon Suk Yeol).
 *
 * Source: the spelling each person uses officially (Office of the President of the Republic
 * of Korea, government and UN biographies), as carried by AP and AFP. The glossary
 * (src/data/glossary) is the fuller record; this list only lets the engine answer the press
 * systems without it.
 */
export interface EstablishedName {
  surname: string;
  /** The given name as the person writes it (spaces or hyphen kept). */
  given: string;
}

export const ESTABLISHED_NAMES: ReadonlyMap<string, EstablishedName> = new Map([
  ['박정희', { surname: 'Park', given: 'Chung-hee' }],
  ['전두환', { surname: 'Chun', given: 'Doo-hwan' }],
  ['노태우', { surname: 'Roh', given: 'Tae-woo' }],
  ['김영삼', { surname: 'Kim', given: 'Young-sam' }],
  ['김대중', { surname: 'Kim', given: 'Dae-jung' }],
  ['노무현', { surname: 'Roh', given: 'Moo-hyun' }],
  ['이명박', { surname: 'Lee', given: 'Myung-bak' }],
  ['박근혜', { surname: 'Park', given: 'Geun-hye' }],
  ['문재인', { surname: 'Moon', given: 'Jae-in' }],
  ['윤석열', { surname: 'Yoon', given: 'Suk Yeol' }],
  ['이재명', { surname: 'Lee', given: 'Jae-myung' }],
  ['반기문', { surname: 'Ban', given: 'Ki-moon' }],
  ['한덕수', { surname: 'Han', given: 'Duck-soo' }],
  ['한동훈', { surname: 'Han', given: 'Dong-hoon' }],
  ['김건희', { surname: 'Kim', given: 'Keon-hee' }],
]);

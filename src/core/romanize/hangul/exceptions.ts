/**
 * Word knowledge the spelling does not show, as data with its source: where a ㄴ is added,
 * where a compound tenses, which ㄹ-initial suffixes keep ㄴ+ㄹ as [ㄴㄴ], which verb
 * syllables merge with a preceding ㄱ ㄷ ㅂ, which Western loanwords begin with l or r.
 * Nothing here lists a romanised output except the conventional spellings at the end, which
 * the standards themselves print as exceptions.
 *
 * Entries are matched on the written Hangul; `+` marks the morpheme boundary.
 */

/**
 * ㄴ insertion between the parts of a compound (Standard Pronunciation art. 29; RR 2000 ch.3
 * art.1(2) prints 학여울 Hangnyeoul and 알약 allyak). An entry applies when the word starts with
 * it (학여울역 too). 백분율 is left out on purpose: ALA-LC 2009 writes paekpunyul (rule 3(b)
 * exception 2) although art. 29 lists [백뿐뉼].
 */
export const N_INSERTION: readonly string[] = [
  // RR 2000 ch.3 art.1(2)
  '학+여울', '알+약',
  // Standard Pronunciation art. 29 (표준 발음법 제29항) examples
  '솜+이불', '홑+이불', '막+일', '삯+일', '맨+입', '꽃+잎', '내복+약', '한+여름', '남존+여비',
  '신+여성', '색+연필', '직행+열차', '늑막+염', '콩+엿', '담+요', '눈+요기', '영업+용', '식용+유',
  '밤+윷', '들+일', '솔+잎', '설+익', '물+약', '불+여우', '서울+역', '물+엿', '휘발+유',
];

/**
 * Compounds whose second part starts tense although the spelling has no ㅅ (사잇소리).
 * DPRK 2012 rules p.6 (as cited by en.wikipedia "Romanization of Korean (North)"): 물곬 Mulkol,
 * 기대산 Kittaesan, 새별읍 Saeppyŏl-ŭp.
 */
export const COMPOUND_TENSING: readonly string[] = ['물+곬', '기+대산', '새+별'];

/**
 * Compounds that North Korean spelling writes without the sai-siot although the sound is said:
 * before ㄴ ㅁ it is an added [ㄴ] (Standard Pronunciation art. 30-2; DPRK 2012 rules p.6 prints
 * 뒤문 Twinmun, the South's 뒷문). Read only by systems with `saiSiot` (the DPRK rules).
 */
export const UNWRITTEN_SAI_SIOT: readonly string[] = ['뒤+문'];

/**
 * Syllables whose final ㅅ belongs to the word itself, not a sai-siot (옷 clothes, 맛 taste, 붓
 * brush…): native morphemes ending in ㅅ, and the verb stems with one. Sino-Korean syllables
 * never end in ㅅ, so any other ㅅ final before a consonant of a compound is taken as the
 * sai-siot (Hangul orthography art. 30).
 */
export const OWN_FINAL_S: ReadonlySet<string> = new Set([
  '옷', '맛', '멋', '빗', '못', '갓', '낫', '벗', '붓', '첫', '엿', '웃', '짓', '잣', '젓', '것',
  '헛', '덧', '솟', '씻', '섯', '곳', '뜻', '풋', '긋', '앗', '밧', '셋', '넷', '엇', '릇', '껏', '컷',
]);

/**
 * Sino-Korean suffixes beginning with ㄹ after which ㄴ+ㄹ is read [ㄴㄴ] when they follow a
 * word of two or more syllables (Standard Pronunciation art. 20 proviso: 의견란, 임진란,
 * 생산량, 결단력, 공권력, 상견례, 횡단로, 이원론, 입원료, 구근류; ALA-LC 2009 rule 3(b)
 * exception 1; RR 2000 prints 신문로 Sinmunno). 령 is left out: after 대관-, 추풍- it is
 * 嶺 "pass", read [ㄹㄹ] (대관령 Daegwallyeong).
 */
export const NN_SUFFIXES: ReadonlySet<string> = new Set(['란', '량', '력', '례', '로', '론', '료', '류']);

/**
 * One-syllable particles that may follow such a suffix (생산량이, 결단력을): the suffix must end
 * the word or come just before one of these, so that 조선로동당 (조선 + 로동당) is not read [ㄴㄴ].
 */
export const PARTICLES: ReadonlySet<string> = new Set(['이', '가', '은', '는', '을', '를', '의', '에', '도', '와', '과', '만']);

/**
 * Syllables that make an ㅎ after ㄱ ㄷ ㅂ ㅈ a verb or adverb ending, where RR writes the
 * merged aspirate (RR 2000 ch.3 art.1(4): 잡혀 japyeo) rather than the noun spelling
 * (proviso: 묵호 Mukho, 집현전 Jiphyeonjeon): the passive, causative and adverbial -히-.
 */
export const VERBAL_H_SYLLABLES: ReadonlySet<string> = new Set(['히', '혀', '혔', '힌', '힐', '힘']);

/** 하다 forms (생각하다 [생가카다]) count as verbal only before one of these endings, or at the end for 해, 했. */
export const HADA_SYLLABLES: ReadonlySet<string> = new Set(['하', '해', '했', '합', '할', '함']);
export const HADA_FINAL_FORMS: ReadonlySet<string> = new Set(['해', '했']);
export const HADA_ENDINGS: ReadonlySet<string> = new Set([
  '다', '고', '지', '게', '여', '면', '는', '니', '서', '도', '요', '야', '며',
]);

/**
 * Nouns ending in ㄺ, which keeps [ㄱ] before ㄱ (닭고기 [닥꼬기]); in verb stems ㄺ is read
 * [ㄹ] before ㄱ (Standard Pronunciation art. 11 proviso: 맑게 [말께], ALA-LC malke).
 */
export const LG_NOUNS: ReadonlySet<string> = new Set(['닭', '흙', '칡', '삵']);

/**
 * Stems whose ㄼ is read [ㅂ] before a consonant (Standard Pronunciation art. 10 proviso):
 * 밟- always (밟지 [밥찌], ALA-LC papchi), 넓- only in 넓죽하다, 넓둥글다. Elsewhere ㄼ is [ㄹ].
 */
export const LB_READ_AS_B: ReadonlyMap<string, readonly string[] | 'always'> = new Map<string, readonly string[] | 'always'>([
  ['밟', 'always'],
  ['넓', ['죽', '둥']],
]);

/** The citation ending of verbs: ㄹ + 다 at the end of a word is a verb (알다 [알다]), not art. 26. */
export const CITATION_ENDING = '다';

/**
 * Loanwords beginning with ㄹ: ALA-LC 2009 rule 10 writes r or l as the Western word has it,
 * and never applies the initial-sound law to them (라디오 radio, 레슬링 resŭlling, 린넨 linnen
 * are its examples; the others follow the same rule; 라면 is Japanese ramen, kept with r).
 */
export const WESTERN_INITIAL_L: ReadonlyMap<string, 'r' | 'l'> = new Map([
  ['라디오', 'r'], ['레슬링', 'r'], ['린넨', 'l'], ['라면', 'r'],
  ['로봇', 'r'], ['로켓', 'r'], ['러시아', 'r'], ['레몬', 'l'], ['리더', 'l'], ['라이터', 'l'],
  ['로마', 'r'], ['런던', 'l'], ['라틴', 'l'], ['레이저', 'l'], ['리스트', 'l'],
]);

/**
 * Conventional spellings the North Korean system keeps instead of its rule (DPRK system 2002,
 * UNGEGN E/CONF.94/INF.72, and KCNA usage): only whole words.
 */
export const DPRK_CONVENTIONAL: ReadonlyMap<string, string> = new Map([['평양', 'Pyongyang']]);

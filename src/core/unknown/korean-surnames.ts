/**
 * Korean surnames as the French and English press, the Revised Romanization (2000), McCune–
 * Reischauer and the DPRK's 1992 rules write them: every spelling of the ~100 most common
 * surnames, read back to Hangul. The order is prevalence (Statistics Korea, 2015 census, as
 * tabulated in "List of Korean surnames by prevalence"), so that a spelling two surnames share
 * reads first as the commoner (Chun: 전 before 천; So: 서 before 소). 리, 류, 로, 림, 량 and 렴
 * are the North Korean forms, with their initial r kept (DPRK 1992 rules; KCNA: Ri Son Gwon,
 * Ro Tu Chol); the South writes 이, 유, 노, 임, 양, 염 (Lee, Yoo, Roh, Lim, Yang, Yeom).
 * (romanize/hangul/surnames.ts holds the other direction: one popular spelling per surname.)
 */

/** `hangul spelling spelling…`, one surname per `|`, commonest first. */
const SURNAME_DATA =
  '김 kim gim kimm|이 lee yi rhee yee rhie i lie|박 park pak bak bahk|최 choi choe chwe choy|정 jung jeong chung jong cheong chong joung|' +
  '강 kang gang|조 cho jo joe|윤 yoon yun youn|장 jang chang|임 lim im yim|한 han hahn|오 oh o|서 seo suh so sur|신 shin sin|권 kwon gwon kweon|' +
  '황 hwang|안 ahn an|송 song|전 jeon jun chun chon jon|홍 hong|유 yoo yu you|고 ko go koh|문 moon mun|양 yang|손 son sohn|배 bae pae bai|' +
  '조 joh|백 baek paek paik baik back|허 heo hur huh ho|남 nam|심 shim sim|노 roh noh no|하 ha|곽 kwak gwak|성 sung seong|차 cha|' +
  '주 joo ju chu|우 woo u wu|구 koo ku gu|민 min|류 ryu ryoo rhyu|진 jin chin|지 ji chi|엄 eom um uhm om|채 chae|원 won weon|천 cheon|' +
  '방 bang pang|공 kong gong|현 hyun hyon hyeon|함 ham|변 byun byeon pyon|염 yeom yum yom|여 yeo yo|추 choo|도 do to doh|석 seok suk sok|' +
  '선 sun seon|설 seol sul sol|마 ma|길 kil gil|연 yeon yon|위 wi wee|표 pyo|명 myung myong myeong|기 ki gi|반 ban pan|왕 wang|금 keum kum geum|' +
  '옥 ok|육 yook yuk|인 in|맹 maeng|제 je|모 mo|탁 tak|국 kook kuk guk|은 eun|편 pyun pyeon phyon|용 yong|예 ye|경 kyung kyong gyeong|' +
  '봉 bong pong|계 kye gye|태 thae tae|빈 bin|리 ri|로 ro|림 rim|량 ryang|렴 ryom|라 ra|나 na|자 ja|동 dong tong|' +
  '남궁 namgung namgoong namkung|황보 hwangbo|제갈 jegal|선우 sunwoo seonu|독고 dokgo';

/** Folded spelling → the surnames it may be, commonest first (built once, on first use). */
const SURNAMES = new Map<string, string[]>();

function surnameTable(): Map<string, string[]> {
  if (SURNAMES.size === 0) {
    for (const row of SURNAME_DATA.split('|')) {
      const [hangul, ...spellings] = row.split(' ');
      for (const s of spellings) {
        const list = SURNAMES.get(s);
        if (!list) SURNAMES.set(s, [hangul!]);
        else if (!list.includes(hangul!)) list.push(hangul!);
      }
    }
  }
  return SURNAMES;
}

/** The surnames a folded word (lower-case, no accents) may spell, commonest first; empty if none. */
export function koreanSurnamesOf(folded: string): readonly string[] {
  return surnameTable().get(folded) ?? [];
}

/** Is the folded word a spelling of a common Korean surname? */
export function isKoreanSurname(folded: string): boolean {
  return surnameTable().has(folded);
}

/**
 * Spellings of surnames too much like common words, or more often Chinese, to start a Korean
 * name on their own shape (I, O, So, In, No, Do, Ho, Ma, Wang…): the guess still reads them.
 */
const NOT_SHAPE_SURNAMES: ReadonlySet<string> = new Set('i o u in no to do so go on ok un ho you yo lie joe back sur wee ye je mo ma ha na ra ja wang chu ju ki gi'.split(' '));

/** Every spelling that may begin a Korean name by its shape (for the matcher's first-word hashes). */
export function koreanShapeSurnames(): string[] {
  return [...surnameTable().keys()].filter((s) => !NOT_SHAPE_SURNAMES.has(s));
}

/** May this folded word begin a Korean name by its shape? */
export function isShapeSurname(folded: string): boolean {
  return surnameTable().has(folded) && !NOT_SHAPE_SURNAMES.has(folded);
}

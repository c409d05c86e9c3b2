/**
 * The data of names without an entry, as strings: read by the guess at the original script
 * (through tables.ts) and, compiled into the match table (match/table.ts), by the matcher's shape
 * rules — so that the content script receives them with the glossary instead of carrying them in
 * its start-up bundle.
 */

/**
 * Korean surnames as the French and English press, the Revised Romanization (2000), McCune–
 * Reischauer and the DPRK's 1992 rules write them: every spelling of the ~100 most common
 * surnames, read back to Hangul. The order follows prevalence (Statistics Korea's 2015 census,
 * the order romanize/hangul/surnames.ts takes from "List of South Korean surnames by
 * prevalence"; the North Korean forms and the rare surnames at the end are placed by Glose), so
 * that a spelling two surnames share reads first as the commoner (Chun: 전 before 천; So: 서
 * before 소). 리, 류, 로, 림, 량 and 렴
 * are the North Korean forms, with their initial r kept (DPRK 1992 rules; KCNA: Ri Son Gwon,
 * Ro Tu Chol); the South writes 이, 유, 노, 임, 양, 염 (Lee, Yoo, Roh, Lim, Yang, Yeom).
 * (romanize/hangul/surnames.ts holds the other direction: one popular spelling per surname.)
 *
 * `hangul spelling spelling…`, one surname per `|`, commonest first.
 */
export const SURNAME_DATA =
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

/**
 * Russian given names and the spellings the French and English press give them: the names of
 * a closed set are read back from a table rather than by rule, since their spellings are fixed
 * by usage (Sergueï / Sergei / Sergey → Сергей; Piotr / Pyotr → Пётр; Édouard → Эдуард) and
 * many keep a soft sign no rule restores (Игорь, Ольга, Дарья). Spellings: the French press's
 * traditional transcription (Wikipédia, « Transcription du russe en français », the usage of
 * AFP and Le Monde) and the English press's simplified BGN/PCGN (Reuters, AP, BBC). The names
 * are the commonest given names of Russia (Slavic, and the Tatar, Caucasian and Central Asian
 * names common there), as Glose's own selection.
 */
export const GIVEN_NAME_DATA =
  'александр *alexandre *alexander aleksandr alexandr aleksander|александра *alexandra aleksandra|алексей alexei alexey aleksei aleksey *alexis|' +
  'алина *alina|анастасия *anastasia anastassia|анатолий anatoli anatoly anatolii anatoliy|андрей *andrei andrey *andrej|анна *anna|антон *anton|' +
  'аркадий arkadi arkady arkadiy|арсений arseni arseny|артём artiom artyom artem|артемий artemi artemy artemiy|аслан *aslan|борис *boris|вадим *vadim|' +
  'валентин *valentin|валентина *valentina|валерий valeri valery valeriy valerii|варвара varvara|василий vassili vassily vasily vasili vasiliy|вера *vera|' +
  'виктор *viktor *victor|виктория *viktoria *victoria|виталий vitali vitaly vitaliy|владимир vladimir|владислав *vladislav|вячеслав viatcheslav vyacheslav|' +
  'галина galina|геннадий guennadi gennady gennadi gennadiy|георгий gueorgui *georgi georgy georgiy|герман guerman *german|глеб gleb|' +
  'григорий grigori grigory grigoriy|даниил daniil|дарья *daria darya|денис *denis|дмитрий dmitri dmitry dmitrii dmitriy|евгений evgueni ievgueni yevgeny yevgeni evgeny evgeni evgeniy|' +
  'евгения evguenia yevgenia evgenia|егор egor yegor iegor|екатерина ekaterina iekaterina yekaterina|елена *elena *helena yelena ielena|елизавета elizaveta ielizaveta yelizaveta|' +
  'захар zakhar|зинаида zinaida|иван *ivan|игорь *igor|илья ilia ilya|инна *inna|иосиф iossif iosif|ирина irina|кирилл kirill|' +
  'константин *konstantin|ксения ksenia *xenia *kseniya|лаврентий lavrenti lavrenty|лариса *larissa *larisa|лев *lev|леонид leonid|лидия *lidia lidiya|' +
  'любовь lioubov lyubov|людмила ludmila lioudmila lyudmila|максим *maxime *maxim maksim|марат *marat|маргарита margarita|марина *marina|мария *maria mariya|' +
  'михаил mikhail|надежда nadejda nadezhda|наталья *natalia natalya *nathalie|никита nikita|николай nikolai nikolay|нина *nina|олег *oleg|ольга *olga|' +
  'павел *pavel|пётр *piotr pyotr petr|полина *polina|рамзан ramzan|рашид *rachid *rashid|роман *roman|руслан rouslan ruslan|рустам roustam *rustam|' +
  'светлана svetlana|святослав sviatoslav svyatoslav|семён semion semyon|сергей serguei sergei sergey|софья *sofia sofya|станислав *stanislav|степан *stepan|' +
  'тамара *tamara|татьяна *tatiana tatyana|тимур timour *timur|фёдор fiodor fyodor fedor|эдуард edouard eduard|эльвира *elvira|' +
  'юлия ioulia yulia yuliya *julia|юрий iouri youri yuri yury yuriy|яков iakov yakov|ян *ian *yan|ярослав iaroslav yaroslav|кира *kira|мстислав mstislav|' +
  'осип ossip osip|модест *modeste *modest|рудольф *rudolf|эмиль *emil|исаак *isaak|казимир *kazimir|карен *karen|хабиб *khabib|алишер *alisher|динара *dinara|мирра *mirra|' +
  'камила *kamila|гарри *garry|вениамин veniamine veniamin|всеволод vsevolod|ефим efim yefim|жанна *janna zhanna|снежана snejana snezhana|эльдар *eldar';

/**
 * Given-name syllables, likeliest first: the order that ranks the Hangul a romanised syllable
 * may be (Yong is 영 before 용, Jong 정 before 종, Song 성 before 송). Glose's own ordering,
 * written from the syllables common in South Korean given names and in the names of North
 * Korean officials in KCNA reports: an order of likelihood, not measured counts.
 */
export const NAME_SYLLABLES =
  '영정수민지현성준진철호희은경재상동광미선숙연주용석남우태원한승명기훈일윤순옥혜해서소인유병창춘도건규환화문국복길학범근혁찬빈아나라리란애향금봉세중택익보만필웅욱식신열청관권강표설송실효섭홍천두덕룡렬련림무백부산삼생시안양엽예오완운월위율의이임장전제조차채초충치평풍하함헌협형황회후휘흥자숭곤대종손속허구결령례로록륜률묵분비사언요을작좌칠탁판항확활갑걸겸계고곡공과교균극녀년단담당돈돌래량려력렴뢰루륙린마매면모목묘바박반방배번벽변본';

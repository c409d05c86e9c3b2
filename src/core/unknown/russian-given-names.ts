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

/**
 * `Cyrillic spelling spelling…` (folded: lower case, no accents), one name per `|`. A spelling
 * marked `*` is also a given name of other languages (Anna, Roman, Boris, Ivan, Piotr, Victor…):
 * the shape rules ask more of the surname after it (rules/unknown-shapes.ts).
 */
const GIVEN_NAME_DATA =
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

/** Folded spelling → the Cyrillic given name (built once, on first use). */
const GIVEN = new Map<string, string>();

function givenTable(): Map<string, string> {
  if (GIVEN.size === 0) {
    for (const row of GIVEN_NAME_DATA.split('|')) {
      const [cyrillic, ...spellings] = row.split(' ');
      for (const s of spellings) {
        const shared = s.startsWith('*');
        const key = shared ? s.slice(1) : s;
        if (!GIVEN.has(key)) GIVEN.set(key, shared ? `*${cyrillic!}` : cyrillic!);
      }
    }
  }
  return GIVEN;
}

/** The Cyrillic given name a folded word spells (Sergueï → serguei → Сергей), if it is one of the table. */
export function russianGivenName(folded: string): string | undefined {
  const found = givenTable().get(folded);
  return found?.startsWith('*') ? found.slice(1) : found;
}

/** Is the folded word a given name of the table that no other language shares (Sergueï, Dmitri, Mikhaïl)? */
export function isDistinctlyRussianGivenName(folded: string): boolean {
  const found = givenTable().get(folded);
  return found !== undefined && !found.startsWith('*');
}

/** Every folded spelling of the table (for the matcher's first-word hashes). */
export function russianGivenNameSpellings(): IterableIterator<string> {
  return givenTable().keys();
}

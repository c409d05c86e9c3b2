/**
 * French usage ('fr'): the transcription French publishers and the French press use for Russian.
 * Source of every rule, unless stated otherwise: fr.wiktionary "Convention:Translittération du
 * cyrillique", table "Russe moderne" (the same rules as fr.wikipedia "Transcription du russe en
 * français"). Conventional spellings that override these rules (Eltsine, Gorbatchev) are data,
 * in conventional.ts.
 */
import { isSign, isVowel, type LetterRule } from './letters.ts';

/** Letters written the same in every position (fr.wiktionary table, "tous les cas"). */
const PLAIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', д: 'd', ж: 'j', з: 'z', к: 'k', л: 'l', м: 'm', о: 'o', п: 'p',
  р: 'r', т: 't', у: 'ou', ф: 'f', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ы: 'y',
  э: 'e', ё: 'io', ъ: '', ь: '',
  // Ukrainian ґ and Belarusian ў (fr.wikipedia "Transcription de l'ukrainien en français":
  // ґ g; ў is a [w], written ou as French writes у)
  ґ: 'g', ў: 'ou',
};

/** и and Ukrainian і are the same vowel [i] for these rules. */
function isI(letter: string | undefined): boolean {
  return letter === 'и' || letter === 'і';
}

/** The word ends in -ий or -ый (and the letter at `index` is that final й). */
function isDroppedFinalShortI(letters: readonly string[], index: number): boolean {
  if (index !== letters.length - 1 || index === 0) return false;
  const before = letters[index - 1];
  return before === 'и' || before === 'ы';
}

export const frenchLetter: LetterRule = (letters, index) => {
  const letter = letters[index] ?? '';
  const prev = index > 0 ? letters[index - 1] : undefined;
  const next = letters[index + 1];
  const afterVowel = isVowel(prev);
  switch (letter) {
    case 'г':
      // г → gu before е and и (Сергей → Sergueï, Георгий → Gueorgui), else g (Новгород)
      return next === 'е' || isI(next) || next === 'є' ? 'gu' : 'g';
    case 'е':
    case 'є':
      // е → ie at the start of a word (Екатеринбург → Iekaterinbourg) and after ь ъ (Васильев →
      // Vassiliev); e after и or й (Киев → Kiev); ïe after any other vowel (Дудаев → Doudaïev);
      // e after a consonant (Чехов → Tchekhov). Ukrainian є is always iotated: ie, ïe after a vowel.
      if (prev === undefined || isSign(prev)) return 'ie';
      if (letter === 'е' && (isI(prev) || prev === 'й')) return 'e';
      if (afterVowel) return 'ïe';
      return letter === 'є' ? 'ie' : 'e';
    case 'и':
    case 'і':
      // и → ï after a vowel other than и (Михаил → Mikhaïl), else i (Мир → Mir)
      return afterVowel && !isI(prev) ? 'ï' : 'i';
    case 'ї':
      // Ukrainian ї [ji]: ï (fr.wikipedia "Transcription de l'ukrainien en français")
      return 'ï';
    case 'й':
      // й is not written in words ending in -ий / -ый (Достоевский → Dostoïevski, Грозный →
      // Grozny); elsewhere ï (Алексей → Alekseï). At the start of a word, where no vowel precedes,
      // French writes i (Йошкар-Ола → Iochkar-Ola, fr.wikipedia).
      if (isDroppedFinalShortI(letters, index)) return '';
      return prev === undefined ? 'i' : 'ï';
    case 'н':
      // н → ne at the end of a word after и or ы (Гагарин → Gagarine, Солженицын → Soljenitsyne)
      return index === letters.length - 1 && (isI(prev) || prev === 'ы') ? 'ne' : 'n';
    case 'с':
      // с → ss between two vowels, so that French does not read [z] (Новосибирск → Novossibirsk)
      return afterVowel && isVowel(next) ? 'ss' : 's';
    case 'ю':
      // ю → iou (fr.wiktionary table); after a vowel ïou, as я → ïa and е → ïe there
      // (shared/romanization/README.md rules summary: "я ia (ïa after a vowel)")
      return afterVowel ? 'ïou' : 'iou';
    case 'я':
      // я → ia (Ярослав → Iaroslav), ïa after a vowel (same sources as ю)
      return afterVowel ? 'ïa' : 'ia';
    default:
      return PLAIN[letter];
  }
};

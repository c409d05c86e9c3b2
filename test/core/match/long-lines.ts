/**
 * Text without sentence punctuation, for the matcher's linear-time tests and benchmark: a tag
 * cloud or a transcript of names and short words. Sentences written for the purpose (press
 * conventions, no quotes), each ending in a lower-case word so that joining them without a full
 * stop changes no name's neighbours' case.
 */
const SENTENCES = [
  'Kim Jong-un a reçu Vladimir Poutine à Pyongyang hier',
  'le porte-parole du Kremlin Dmitri Peskov a démenti mardi',
  'la Corée du Nord a tiré un Hwasong-17 vers la mer du Japon selon Séoul ce matin',
  'Kim Yo-jong a menacé les militants de Séoul une fois de plus',
  'Sergueï Choïgou est allé à Vladivostok puis à Moscou en avion',
  'Lee Jae-myung et le Parti démocrate ont gagné les élections à Séoul en juin',
  'la fusée Soyouz est partie de Baïkonour avec trois hommes à bord',
  'Poutine et Kim ont visité le cosmodrome de Vostotchny en septembre',
  'Samsung et Hyundai investissent en Corée du Sud cette année',
  'les troupes nord-coréennes sont dans la région de Koursk depuis octobre',
  // Names of people the glossary does not know: the rules that look before a name run here.
  'le défenseur Marcus Lee a rejoint le club de Selhurst Park cet été',
  'Lee Jung-hoon a parlé et Lee a ajouté que Park Ji-sung viendrait samedi',
];

export function punctuationFreeLine(size: number): { line: string; sentences: string } {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    const s = SENTENCES[(k * 5) % SENTENCES.length]!;
    parts.push(s);
    length += s.length + 1;
  }
  return { line: parts.join(' '), sentences: `${parts.join('. ')}.` };
}

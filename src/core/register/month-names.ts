/**
 * Month names as text dates write them ("27 November 2026", "27. November 2026", "27 novembre
 * 2026", "27 de noviembre de 2026", "27 listopada 2026"), in English and the other languages
 * a register may be kept in, as data: full names, the forms a date uses (Polish writes the
 * month in the genitive: "listopada") and the usual abbreviations. dates.ts reads them.
 */
import { foldText, type Language } from './languages';

// prettier-ignore
export const MONTH_WORDS: Readonly<Record<Language, readonly (readonly string[])[]>> = {
  en: [
    ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May'], ['June', 'Jun'],
    ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sep', 'Sept'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec'],
  ],
  de: [
    ['Januar', 'Jänner', 'Jan', 'Jän'], ['Februar', 'Feb'], ['März', 'Mär', 'Mrz'], ['April', 'Apr'], ['Mai'], ['Juni', 'Jun'],
    ['Juli', 'Jul'], ['August', 'Aug'], ['September', 'Sep', 'Sept'], ['Oktober', 'Okt'], ['November', 'Nov'], ['Dezember', 'Dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept', 'set'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  nl: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  pl: [
    ['styczeń', 'stycznia', 'sty'], ['luty', 'lutego', 'lut'], ['marzec', 'marca', 'mar'], ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'], ['czerwiec', 'czerwca', 'cze'], ['lipiec', 'lipca', 'lip'], ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'], ['październik', 'października', 'paź'], ['listopad', 'listopada', 'lis'], ['grudzień', 'grudnia', 'gru'],
  ],
};

const MONTHS = new Map<string, number>();
for (const months of Object.values(MONTH_WORDS))
  months.forEach((names, i) => {
    for (const name of names) MONTHS.set(foldText(name), i + 1);
  });

/**
 * The month (1-12) a word names in any of the languages, with or without a final dot;
 * undefined for any other word.
 * @example monthOfName('Nov.') === 11; monthOfName('listopada') === 11; monthOfName('März') === 3
 */
export function monthOfName(word: string): number | undefined {
  return MONTHS.get(foldText(word.replace(/\.$/, '')));
}

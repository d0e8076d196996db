/**
 * Yes and No as registers write them, in English and the other languages a register may be
 * kept in (languages.ts), Excel's TRUE and FALSE in those languages' Excel included, as data;
 * and the one reader of a Yes/No cell, for every setting or column that is answered so.
 */
import { foldText, type Language } from './languages';

// prettier-ignore
export const YES_NO_WORDS: Readonly<Record<Language, { readonly yes: readonly string[]; readonly no: readonly string[] }>> = {
  en: { yes: ['Yes', 'Y', 'True', 'On'], no: ['No', 'N', 'False', 'Off'] },
  de: { yes: ['Ja', 'J', 'Wahr'], no: ['Nein', 'N', 'Falsch'] },
  fr: { yes: ['Oui', 'O', 'Vrai'], no: ['Non', 'N', 'Faux'] },
  es: { yes: ['Sí', 'S', 'Verdadero'], no: ['No', 'N', 'Falso'] },
  it: { yes: ['Sì', 'S', 'Vero'], no: ['No', 'N', 'Falso'] },
  nl: { yes: ['Ja', 'J', 'Waar'], no: ['Nee', 'N', 'Onwaar'] },
  pl: { yes: ['Tak', 'T', 'Prawda'], no: ['Nie', 'N', 'Fałsz'] },
};

const ANSWERS = new Map<string, boolean>();
for (const { yes, no } of Object.values(YES_NO_WORDS)) {
  for (const word of yes) ANSWERS.set(foldText(word), true);
  for (const word of no) ANSWERS.set(foldText(word), false);
}

/**
 * Yes or No as a cell holds it: a boolean, 1 or 0, or a word of any of the languages ("Yes",
 * "Ja", "Oui", "Sí", "Tak", "WAHR"); undefined when it is neither (a blank cell included).
 * @example readYesNo('Nein') === false; readYesNo(true) === true; readYesNo('maybe') === undefined
 */
export function readYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  return ANSWERS.get(foldText(value.trim()));
}

/** Yes and No as the template writes them in a language. */
export function yesNoIn(language: Language): { readonly yes: string; readonly no: string } {
  const words = YES_NO_WORDS[language];
  return { yes: words.yes[0], no: words.no[0] };
}

/**
 * Registers kept in other languages: the headers, sheet names and setting names German,
 * French, Spanish, Italian, Dutch and Polish registers use, as data (the column headers in
 * header-words-records.ts and header-words-support.ts). Each entry is keyed by the English
 * name the template writes (its header, or for a column the template leaves out the first
 * alias in schema.ts); its first word is what the template writes in that language, the
 * others are read too. schema.ts adds them to its aliases and sheet names; the template
 * writes the first. Words are compared folded (see `foldText`), so "Gerät", "Gerat" and
 * "Geraet" are one header, and case, accents and punctuation never matter.
 */
import type { TableName } from './schema';
import { RECORD_HEADER_WORDS } from './header-words-records';
import { SUPPORT_HEADER_WORDS } from './header-words-support';

/** The languages a register may be kept in besides English. */
export type ForeignLanguage = 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl';
export type Language = 'en' | ForeignLanguage;

export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];

/** Each language by its own name, for pick lists. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
};

/** The language of a code such as "de", "de-AT" or "fr-CA"; undefined when it is none of them. */
export function languageOf(code: string | undefined): Language | undefined {
  const lang = (code ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : undefined;
}

/** German umlauts as German writes them without (ä -> ae), so both spellings fold alike. */
const UMLAUTS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
};

/**
 * Text as words are compared: lower case, German umlauts as ae/oe/ue, other accents dropped
 * ("é" -> "e", "ż" -> "z", "ł" -> "l"). ASCII text is only lower-cased.
 * @example foldText('Gerät') === 'geraet'; foldText('Ilość') === 'ilosc'
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .replace(/[äöüßłøæœ]/g, (ch) => UMLAUTS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Words by language for one header, sheet or setting; the first of each is the template's. */
export type Words = Readonly<Partial<Record<ForeignLanguage, readonly string[]>>>;

/**
 * Column headers by the English header they stand for. The first word of each language is
 * the template's header in that language.
 */
export const HEADER_WORDS: Readonly<Record<string, Words>> = {
  ...RECORD_HEADER_WORDS,
  ...SUPPORT_HEADER_WORDS,
};

/** Sheet names of each table; the first is the template's sheet in that language. */
// prettier-ignore
export const SHEET_WORDS: Readonly<Partial<Record<TableName, Words>>> = {
  Purchases: {
    de: ['Käufe', 'Lizenzkäufe', 'Einkäufe', 'Lizenzen', 'Beschaffung'],
    fr: ['Achats', 'Achats de licences', 'Licences'],
    es: ['Compras', 'Compras de licencias', 'Licencias'],
    it: ['Acquisti', 'Acquisti licenze', 'Licenze'],
    nl: ['Aankopen', 'Licentieaankopen', 'Licenties'],
    pl: ['Zakupy', 'Zakupy licencji', 'Licencje'],
  },
  Assignments: {
    de: ['Zuweisungen', 'CAL-Zuweisungen', 'Zuordnungen'],
    fr: ['Attributions', 'Affectations', 'Attributions de CAL'],
    es: ['Asignaciones', 'Asignaciones de CAL'],
    it: ['Assegnazioni', 'Assegnazioni CAL'],
    nl: ['Toewijzingen', 'CAL-toewijzingen'],
    pl: ['Przypisania', 'Przypisania CAL'],
  },
  Servers: {
    de: ['Server'],
    fr: ['Serveurs'],
    es: ['Servidores'],
    it: ['Server'],
    nl: ['Servers'],
    pl: ['Serwery'],
  },
  Usage: {
    de: ['Nutzung', 'Nutzungsnachweis'],
    fr: ['Utilisation'],
    es: ['Uso'],
    it: ['Utilizzo'],
    nl: ['Gebruik'],
    pl: ['Użycie', 'Wykorzystanie'],
  },
  CloudRights: {
    de: ['Cloud-Rechte'],
    fr: ['Droits cloud'],
    es: ['Derechos en la nube'],
    it: ['Diritti cloud'],
    nl: ['Cloudrechten'],
    pl: ['Prawa w chmurze'],
  },
  Settings: {
    de: ['Einstellungen', 'Optionen'],
    fr: ['Paramètres', 'Réglages'],
    es: ['Configuración', 'Opciones'],
    it: ['Impostazioni', 'Opzioni'],
    nl: ['Instellingen', 'Opties'],
    pl: ['Ustawienia', 'Opcje'],
  },
};

/**
 * Settings by the English name the template writes. "Date order" says how text dates such
 * as 01.03.2025 are read (date-order.ts).
 */
// prettier-ignore
export const SETTING_WORDS: Readonly<Record<string, Words>> = {
  'As-of date': {
    de: ['Stichtag', 'Prüfdatum'],
    fr: ['Date de référence', "Date d'audit"],
    es: ['Fecha de referencia', 'Fecha de auditoría'],
    it: ['Data di riferimento', 'Data audit'],
    nl: ['Peildatum', 'Auditdatum'],
    pl: ['Data odniesienia', 'Data audytu'],
  },
  'Stale after days': {
    de: ['Inaktiv nach Tagen', 'Veraltet nach Tagen'],
    fr: ["Jours d'inactivité", 'Inactif après jours'],
    es: ['Días de inactividad', 'Inactivo tras días'],
    it: ['Giorni di inattività', 'Inattivo dopo giorni'],
    nl: ['Inactief na dagen', 'Dagen inactief'],
    pl: ['Dni bez aktywności', 'Nieaktywny po dniach'],
  },
  Organisation: {
    de: ['Organisation', 'Unternehmen', 'Firma'],
    fr: ['Organisation', 'Société', 'Entreprise'],
    es: ['Organización', 'Empresa'],
    it: ['Organizzazione', 'Azienda', 'Società'],
    nl: ['Organisatie', 'Bedrijf'],
    pl: ['Organizacja', 'Firma'],
  },
  'Date order': {
    de: ['Datumsformat', 'Datumsreihenfolge'],
    fr: ['Format de date', 'Ordre des dates'],
    es: ['Formato de fecha', 'Orden de fecha'],
    it: ['Formato data', 'Ordine data'],
    nl: ['Datumnotatie', 'Datumvolgorde'],
    pl: ['Format daty', 'Kolejność daty'],
  },
  'Windows Server CALs kept elsewhere': {
    de: ['Windows Server-CALs anderswo geführt'],
    fr: ['CAL Windows Server tenues ailleurs'],
    es: ['CAL de Windows Server registradas en otro lugar'],
    it: ['CAL Windows Server registrate altrove'],
    nl: ['Windows Server-CALs elders bijgehouden'],
    pl: ['CAL Windows Server prowadzone gdzie indziej'],
  },
  'Relies on Microsoft 365 Extended Use Rights': {
    de: ['Nutzt erweiterte Nutzungsrechte von Microsoft 365'],
    fr: ["S'appuie sur les droits d'utilisation étendus de Microsoft 365"],
    es: ['Usa los derechos de uso extendidos de Microsoft 365'],
    it: ['Usa i diritti di utilizzo estesi di Microsoft 365'],
    nl: ['Gebruikt uitgebreide gebruiksrechten van Microsoft 365'],
    pl: ['Korzysta z rozszerzonych praw użytkowania Microsoft 365'],
  },
};

function allWords(words: Words | undefined): string[] {
  return words ? Object.values(words).flat() : [];
}

/** Every foreign header of an English header (or first alias): what schema.ts adds. */
export function foreignHeaders(english: string): string[] {
  return allWords(HEADER_WORDS[english]);
}

/** Every foreign sheet name of a table. */
export function foreignSheetNames(table: TableName): string[] {
  return allWords(SHEET_WORDS[table]);
}

/** What the template writes in a language for an English word of one of the lists above. */
function translate(words: Words | undefined, english: string, language: Language): string {
  if (language === 'en') return english;
  return words?.[language]?.[0] ?? english;
}

export const headerIn = (english: string, language: Language): string =>
  translate(HEADER_WORDS[english], english, language);
export const sheetIn = (table: TableName, language: Language, english: string = table): string =>
  translate(SHEET_WORDS[table], english, language);
export const settingIn = (english: string, language: Language): string =>
  translate(SETTING_WORDS[english], english, language);

/** A key as schema.ts's headerKey makes it (no import: schema.ts imports this file). */
const settingKey = (text: string) =>
  foldText(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9]/g, '');

const SETTINGS_BY_KEY = new Map<string, string>(
  Object.entries(SETTING_WORDS).flatMap(([english, words]) =>
    allWords(words).map((word): [string, string] => [settingKey(word), settingKey(english)]),
  ),
);

/** The English name's key of a setting named in another language (by its key), if it is one. */
export function englishSetting(key: string): string | undefined {
  return SETTINGS_BY_KEY.get(key);
}

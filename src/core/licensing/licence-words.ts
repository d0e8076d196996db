/**
 * Licence names in the other languages a register may be kept in, as data: the words for a
 * User CAL, a Device CAL and "client access licence" in German, French, Spanish, Italian,
 * Dutch and Polish ("Benutzer-CAL", "Geräte-CAL", "CAL utilisateur", "CAL de dispositivo",
 * "CAL dispositivo", "licencja dostępowa na urządzenie"), read as the English words the
 * licence parser knows. Product names, versions and editions are not translated: Microsoft
 * sells them under their English names in every language (docs/languages.md lists sources).
 */

/** Words after folding (ä -> ae, accents dropped), and the English word each stands for. */
// prettier-ignore
const WORDS: Readonly<Record<string, 'user' | 'device' | 'standard'>> = {
  // de: Benutzer-CAL, Nutzer-CAL, Anwender-CAL; Geräte-CAL, Endgeräte-CAL
  benutzer: 'user', nutzer: 'user', anwender: 'user',
  geraet: 'device', geraete: 'device', endgeraet: 'device', endgeraete: 'device',
  // fr: CAL utilisateur, CAL par périphérique, CAL dispositif, CAL poste
  utilisateur: 'user', utilisateurs: 'user',
  peripherique: 'device', peripheriques: 'device', dispositif: 'device', dispositifs: 'device',
  // es: CAL de usuario, CAL de dispositivo; estándar
  usuario: 'user', usuarios: 'user', dispositivo: 'device', dispositivos: 'device', estandar: 'standard',
  // it: CAL utente, CAL dispositivo
  utente: 'user', utenti: 'user', dispositivi: 'device',
  // nl: gebruikers-CAL, apparaat-CAL
  gebruiker: 'user', gebruikers: 'user', apparaat: 'device', apparaten: 'device',
  // pl: CAL na użytkownika, CAL użytkownika, CAL na urządzenie, CAL urządzenia
  uzytkownik: 'user', uzytkownika: 'user', uzytkownikow: 'user',
  urzadzenie: 'device', urzadzenia: 'device', urzadzen: 'device',
};

/**
 * "Client access licence" written out in the languages, words run together after folding:
 * Clientzugriffslizenz, licence d'accès client, licencia de acceso de cliente, licenza di
 * accesso client, cliënttoegangslicentie, licencja dostępowa / dostępu klienta.
 */
const CAL_PHRASE =
  /zugriffslizenz|licencesdacces|licencedacces|licenciasdeacceso|licenciadeacceso|licenzediaccesso|licenzadiaccesso|toegangslicentie|licencjadostep|licencjedostep|licencjidostep/;

/** German umlauts as ae/oe/ue, other accents dropped, as the register's words are compared. */
function fold(text: string): string {
  return text
    .replace(/[äÄ]/g, 'ae')
    .replace(/[öÖ]/g, 'oe')
    .replace(/[üÜ]/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * A licence name's text with its accents folded, so its words survive being split at every
 * character that is not a letter or digit ("Geräte-CAL" stays one word, "geraete").
 */
export function foldLicenceText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text : fold(text);
}

/**
 * The words of a licence name with the other languages' words read as English: "benutzer" is
 * "user", "geraete" "device"; a written-out "client access licence" adds "cal".
 * @example englishWords(['exchange', 'server', '2019', 'standard', 'benutzer', 'cal'])
 *   // ['exchange', 'server', '2019', 'standard', 'user', 'cal']
 */
export function englishWords(list: readonly string[]): string[] {
  let changed = false;
  const out = list.map((word) => {
    const english = WORDS[word];
    if (english === undefined) return word;
    changed = true;
    return english;
  });
  if (list.length > 1 && !list.includes('cal') && CAL_PHRASE.test(list.join(''))) {
    out.push('cal');
    changed = true;
  }
  return changed ? out : (list as string[]);
}

/**
 * Registers kept in other languages: the headers, sheet names and setting names German,
 * French, Spanish, Italian, Dutch and Polish registers use, as data. Each entry is keyed by
 * the English name the template writes (its header, or for a column the template leaves out
 * the first alias in schema.ts); its first word is what the template writes in that language,
 * the others are read too. schema.ts adds them to its aliases and sheet names; the template
 * writes the first. Words are compared folded (see `foldText`), so "Gerät", "Gerat" and
 * "Geraet" are one header, and case, accents and punctuation never matter.
 */
import type { TableName } from './schema';

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

type Words = Readonly<Partial<Record<ForeignLanguage, readonly string[]>>>;

/**
 * Column headers by the English header they stand for. The first word of each language is
 * the template's header in that language.
 */
// prettier-ignore
export const HEADER_WORDS: Readonly<Record<string, Words>> = {
  Licence: {
    de: ['Lizenz', 'Lizenzname', 'Lizenzbezeichnung', 'Artikel', 'Artikelbezeichnung', 'Bezeichnung'],
    fr: ['Licence', 'Nom de la licence', 'Désignation', 'Article', 'Libellé'],
    es: ['Licencia', 'Nombre de la licencia', 'Artículo', 'Descripción'],
    it: ['Licenza', 'Nome licenza', 'Articolo', 'Descrizione'],
    nl: ['Licentie', 'Licentienaam', 'Artikel', 'Omschrijving'],
    pl: ['Licencja', 'Nazwa licencji', 'Pozycja', 'Opis'],
  },
  Quantity: {
    de: ['Anzahl', 'Menge', 'Stückzahl', 'Lizenzanzahl', 'Anzahl Lizenzen'],
    fr: ['Quantité', 'Nombre', 'Nombre de licences', 'Qté'],
    es: ['Cantidad', 'Número de licencias', 'Unidades'],
    it: ['Quantità', 'Numero di licenze', 'Qtà'],
    nl: ['Aantal', 'Hoeveelheid', 'Aantal licenties'],
    pl: ['Ilość', 'Liczba', 'Liczba licencji'],
  },
  'Purchase date': {
    de: ['Kaufdatum', 'Bestelldatum', 'Rechnungsdatum', 'Gekauft am', 'Erworben am', 'Datum'],
    fr: ["Date d'achat", 'Date de commande', 'Date de facture', 'Acheté le'],
    es: ['Fecha de compra', 'Fecha de pedido', 'Fecha de factura'],
    it: ['Data di acquisto', 'Data acquisto', 'Data ordine', 'Data fattura'],
    nl: ['Aankoopdatum', 'Besteldatum', 'Factuurdatum', 'Gekocht op'],
    pl: ['Data zakupu', 'Data zamówienia', 'Data faktury'],
  },
  'Invoice number': {
    de: ['Rechnungsnummer', 'Rechnung', 'Rechnungs-Nr.', 'Rechnungsnr'],
    fr: ['Numéro de facture', 'N° de facture', 'No facture', 'Facture'],
    es: ['Número de factura', 'N.º de factura', 'Nº factura', 'Factura'],
    it: ['Numero fattura', 'N. fattura', 'Fattura'],
    nl: ['Factuurnummer', 'Factuurnr', 'Factuur'],
    pl: ['Numer faktury', 'Nr faktury', 'Faktura'],
  },
  'Order number': {
    de: ['Bestellnummer', 'Bestell-Nr.', 'Bestellung', 'Auftragsnummer', 'Auftrag'],
    fr: ['Numéro de commande', 'N° de commande', 'Bon de commande', 'Commande'],
    es: ['Número de pedido', 'N.º de pedido', 'Pedido', 'Orden de compra'],
    it: ['Numero ordine', 'N. ordine', 'Ordine'],
    nl: ['Bestelnummer', 'Bestelling', 'Ordernummer', 'Inkoopordernummer'],
    pl: ['Numer zamówienia', 'Nr zamówienia', 'Zamówienie'],
  },
  Reseller: {
    de: ['Händler', 'Lieferant', 'Anbieter', 'Verkäufer'],
    fr: ['Revendeur', 'Fournisseur', 'Distributeur'],
    es: ['Distribuidor', 'Proveedor', 'Revendedor'],
    it: ['Rivenditore', 'Fornitore', 'Distributore'],
    nl: ['Leverancier', 'Wederverkoper', 'Distributeur'],
    pl: ['Sprzedawca', 'Dostawca', 'Dystrybutor'],
  },
  'Agreement number': {
    de: ['Vertragsnummer', 'Vertrag', 'Lizenzvertrag', 'Autorisierungsnummer'],
    fr: ['Numéro de contrat', 'N° de contrat', 'Contrat', "Numéro d'autorisation"],
    es: ['Número de contrato', 'Contrato', 'Número de autorización'],
    it: ['Numero contratto', 'Contratto', 'Numero di autorizzazione'],
    nl: ['Contractnummer', 'Contract', 'Overeenkomst', 'Autorisatienummer'],
    pl: ['Numer umowy', 'Nr umowy', 'Umowa', 'Numer autoryzacji'],
  },
  'SA end date': {
    de: ['SA-Ende', 'SA Ablaufdatum', 'SA gültig bis', 'Software Assurance bis', 'Ablaufdatum', 'Gültig bis'],
    fr: ['Fin de SA', 'Date de fin SA', 'Fin Software Assurance', "Date d'expiration", 'Expiration'],
    es: ['Fin de SA', 'Fecha de fin de SA', 'Fecha de vencimiento', 'Vencimiento'],
    it: ['Fine SA', 'Scadenza SA', 'Data di scadenza', 'Scadenza'],
    nl: ['Einddatum SA', 'SA-einde', 'Vervaldatum', 'Verloopt op'],
    pl: ['Koniec SA', 'Data końca SA', 'Data wygaśnięcia', 'Ważna do'],
  },
  'Licence type': {
    de: ['Lizenzform', 'Lizenzprogramm'],
    fr: ['Type de licence', 'Programme de licence'],
    es: ['Tipo de licencia', 'Programa de licencias'],
    it: ['Tipo di licenza', 'Programma di licenza'],
    nl: ['Licentietype', 'Licentieprogramma'],
    pl: ['Typ licencji', 'Program licencyjny'],
  },
  'Proof location': {
    de: ['Nachweis', 'Lizenznachweis', 'Ablageort', 'Beleg', 'Dokument'],
    fr: ['Emplacement de la preuve', "Preuve d'achat", 'Justificatif', 'Document'],
    es: ['Ubicación del justificante', 'Justificante', 'Prueba de compra', 'Documento'],
    it: ['Posizione della prova', "Prova d'acquisto", 'Documento'],
    nl: ['Locatie bewijs', 'Aankoopbewijs', 'Bewijs', 'Document'],
    pl: ['Lokalizacja dowodu', 'Dowód zakupu', 'Dokument'],
  },
  Notes: {
    de: ['Notizen', 'Bemerkungen', 'Anmerkungen', 'Kommentar'],
    fr: ['Remarques', 'Commentaires', 'Commentaire'],
    es: ['Notas', 'Observaciones', 'Comentarios'],
    it: ['Note', 'Commenti'],
    nl: ['Opmerkingen', 'Notities'],
    pl: ['Uwagi', 'Notatki', 'Komentarz'],
  },
  Product: {
    de: ['Produkt', 'Produktname'],
    fr: ['Produit', 'Logiciel'],
    es: ['Producto'],
    it: ['Prodotto'],
    nl: ['Product'],
    pl: ['Produkt'],
  },
  Version: {
    de: ['Version'],
    fr: ['Version'],
    es: ['Versión'],
    it: ['Versione'],
    nl: ['Versie'],
    pl: ['Wersja'],
  },
  Edition: {
    de: ['Edition', 'Ausgabe'],
    fr: ['Édition'],
    es: ['Edición'],
    it: ['Edizione'],
    nl: ['Editie'],
    pl: ['Edycja'],
  },
  'CAL type': {
    de: ['CAL-Typ', 'CAL-Art', 'Lizenzart', 'Typ'],
    fr: ['Type de CAL', 'Type'],
    es: ['Tipo de CAL', 'Tipo'],
    it: ['Tipo di CAL', 'Tipo CAL', 'Tipo'],
    nl: ['CAL-type', 'Soort CAL'],
    pl: ['Typ CAL', 'Rodzaj CAL', 'Typ'],
  },
  'Assigned to': {
    de: ['Zugewiesen an', 'Benutzer', 'Nutzer', 'Mitarbeiter', 'Inhaber', 'Name'],
    fr: ['Attribué à', 'Affecté à', 'Utilisateur', 'Titulaire', 'Nom'],
    es: ['Asignado a', 'Usuario', 'Titular', 'Nombre'],
    it: ['Assegnato a', 'Utente', 'Intestatario', 'Nome'],
    nl: ['Toegewezen aan', 'Gebruiker', 'Medewerker', 'Houder', 'Naam'],
    pl: ['Przypisano do', 'Użytkownik', 'Pracownik', 'Imię i nazwisko'],
  },
  Account: {
    de: ['Konto', 'Benutzerkonto', 'Benutzername', 'Anmeldename', 'E-Mail-Adresse'],
    fr: ['Compte', "Nom d'utilisateur", 'Identifiant', 'Adresse e-mail', 'Courriel'],
    es: ['Cuenta', 'Nombre de usuario', 'Correo electrónico', 'Correo'],
    it: ['Account', 'Nome utente', 'Indirizzo e-mail'],
    nl: ['Account', 'Gebruikersnaam', 'E-mailadres'],
    pl: ['Konto', 'Nazwa użytkownika', 'Adres e-mail', 'Login'],
  },
  Device: {
    de: ['Gerät', 'Gerätename', 'Computername', 'Rechner', 'Rechnername'],
    fr: ['Appareil', 'Périphérique', 'Poste', 'Poste de travail', 'Ordinateur', "Nom de l'ordinateur"],
    es: ['Dispositivo', 'Equipo', 'Nombre del equipo'],
    it: ['Dispositivo', 'Postazione', 'Nome computer'],
    nl: ['Apparaat', 'Werkplek', 'Computernaam'],
    pl: ['Urządzenie', 'Komputer', 'Nazwa komputera', 'Stanowisko'],
  },
  'Assigned on': {
    de: ['Zugewiesen am', 'Zuweisungsdatum', 'Zugeteilt am', 'Seit'],
    fr: ['Attribué le', 'Affecté le', "Date d'attribution", "Date d'affectation"],
    es: ['Asignado el', 'Fecha de asignación'],
    it: ['Assegnato il', 'Data di assegnazione', 'Data assegnazione'],
    nl: ['Toegewezen op', 'Toewijzingsdatum', 'Datum toegewezen'],
    pl: ['Data przypisania', 'Przypisano dnia'],
  },
  'Reassigned from': {
    de: ['Neu zugewiesen von', 'Übertragen von', 'Vorheriger Inhaber', 'Vorheriger Benutzer'],
    fr: ['Réattribué depuis', 'Réaffecté de', 'Ancien titulaire', 'Utilisateur précédent'],
    es: ['Reasignado de', 'Titular anterior', 'Usuario anterior'],
    it: ['Riassegnato da', 'Titolare precedente', 'Utente precedente'],
    nl: ['Opnieuw toegewezen van', 'Vorige houder', 'Vorige gebruiker'],
    pl: ['Przeniesiono od', 'Poprzedni użytkownik', 'Poprzedni posiadacz'],
  },
  Reason: {
    de: ['Grund', 'Begründung'],
    fr: ['Motif', 'Raison'],
    es: ['Motivo', 'Razón'],
    it: ['Motivo', 'Motivazione'],
    nl: ['Reden'],
    pl: ['Powód', 'Przyczyna'],
  },
  Status: {
    de: ['Status', 'Zustand'],
    fr: ['Statut', 'État'],
    es: ['Estado'],
    it: ['Stato'],
    nl: ['Status'],
    pl: ['Status', 'Stan'],
  },
  'Last activity': {
    de: ['Letzte Aktivität', 'Letzte Anmeldung', 'Zuletzt aktiv'],
    fr: ['Dernière activité', 'Dernière connexion'],
    es: ['Última actividad', 'Último inicio de sesión'],
    it: ['Ultima attività', 'Ultimo accesso'],
    nl: ['Laatste activiteit', 'Laatste aanmelding'],
    pl: ['Ostatnia aktywność', 'Ostatnie logowanie'],
  },
  Server: {
    de: ['Server', 'Servername'],
    fr: ['Serveur', 'Nom du serveur'],
    es: ['Servidor', 'Nombre del servidor'],
    it: ['Server', 'Nome server'],
    nl: ['Server', 'Servernaam'],
    pl: ['Serwer', 'Nazwa serwera'],
  },
  'Licence reference': {
    de: ['Lizenzreferenz', 'Lizenzverweis', 'Referenz'],
    fr: ['Référence de licence', 'Référence'],
    es: ['Referencia de licencia', 'Referencia'],
    it: ['Riferimento licenza', 'Riferimento'],
    nl: ['Licentiereferentie', 'Referentie'],
    pl: ['Referencja licencji', 'Referencja'],
  },
  'Licence required': {
    de: ['Benötigte Lizenz', 'Erforderliche Lizenz'],
    fr: ['Licence requise', 'Licence nécessaire'],
    es: ['Licencia requerida', 'Licencia necesaria'],
    it: ['Licenza richiesta', 'Licenza necessaria'],
    nl: ['Vereiste licentie', 'Benodigde licentie'],
    pl: ['Wymagana licencja'],
  },
  'Last logon': {
    de: ['Letzte Anmeldung', 'Letzte Aktivität'],
    fr: ['Dernière connexion', 'Dernière activité'],
    es: ['Último inicio de sesión', 'Última actividad'],
    it: ['Ultimo accesso', 'Ultima attività'],
    nl: ['Laatste aanmelding', 'Laatste activiteit'],
    pl: ['Ostatnie logowanie', 'Ostatnia aktywność'],
  },
  Source: {
    de: ['Quelle'],
    fr: ['Source'],
    es: ['Origen', 'Fuente'],
    it: ['Fonte', 'Origine'],
    nl: ['Bron'],
    pl: ['Źródło'],
  },
  'Captured on': {
    de: ['Erfasst am', 'Exportdatum'],
    fr: ['Relevé le', "Date d'extraction", "Date d'export"],
    es: ['Capturado el', 'Fecha de exportación'],
    it: ['Rilevato il', 'Data di esportazione'],
    nl: ['Vastgelegd op', 'Exportdatum'],
    pl: ['Data pobrania', 'Data eksportu'],
  },
  'Lists every user of the CAL': {
    de: ['Listet alle Benutzer der CAL', 'Alle Benutzer der CAL'],
    fr: ['Liste tous les utilisateurs de la CAL', 'Tous les utilisateurs de la CAL'],
    es: ['Lista todos los usuarios de la CAL', 'Todos los usuarios de la CAL'],
    it: ['Elenca tutti gli utenti della CAL', 'Tutti gli utenti della CAL'],
    nl: ['Bevat alle gebruikers van de CAL', 'Alle gebruikers van de CAL'],
    pl: ['Zawiera wszystkich użytkowników CAL', 'Wszyscy użytkownicy CAL'],
  },
  'Lists every account of domain': {
    de: ['Listet alle Konten der Domäne', 'Alle Konten der Domäne'],
    fr: ['Liste tous les comptes du domaine', 'Tous les comptes du domaine'],
    es: ['Lista todas las cuentas del dominio', 'Todas las cuentas del dominio'],
    it: ['Elenca tutti gli account del dominio', 'Tutti gli account del dominio'],
    nl: ['Bevat alle accounts van het domein', 'Alle accounts van het domein'],
    pl: ['Zawiera wszystkie konta domeny', 'Wszystkie konta domeny'],
  },
  Plan: {
    de: ['Tarif', 'Cloud-Tarif', 'Abonnement'],
    fr: ['Forfait', 'Abonnement cloud', 'Abonnement'],
    es: ['Plan', 'Suscripción'],
    it: ['Piano', 'Abbonamento'],
    nl: ['Abonnement', 'Cloudabonnement'],
    pl: ['Plan', 'Subskrypcja'],
  },
  'Stands for (CALs)': {
    de: ['Entspricht (CALs)', 'Entspricht'],
    fr: ['Équivaut à (CAL)', 'Équivaut à'],
    es: ['Equivale a (CAL)', 'Equivale a'],
    it: ['Equivale a (CAL)', 'Equivale a'],
    nl: ['Staat voor (CALs)', 'Staat voor'],
    pl: ['Odpowiada (CAL)', 'Odpowiada'],
  },
  Confirmed: {
    de: ['Bestätigt', 'Geprüft'],
    fr: ['Confirmé', 'Vérifié'],
    es: ['Confirmado', 'Verificado'],
    it: ['Confermato', 'Verificato'],
    nl: ['Bevestigd', 'Gecontroleerd'],
    pl: ['Potwierdzone', 'Zweryfikowane'],
  },
  Setting: {
    de: ['Einstellung', 'Parameter'],
    fr: ['Paramètre', 'Réglage'],
    es: ['Configuración', 'Parámetro', 'Ajuste'],
    it: ['Impostazione', 'Parametro'],
    nl: ['Instelling'],
    pl: ['Ustawienie', 'Parametr'],
  },
  // The template's explanation of each setting: no column the engine reads.
  About: {
    de: ['Erläuterung'],
    fr: ['Explication'],
    es: ['Explicación'],
    it: ['Spiegazione'],
    nl: ['Toelichting'],
    pl: ['Objaśnienie'],
  },
  Value: {
    de: ['Wert'],
    fr: ['Valeur'],
    es: ['Valor'],
    it: ['Valore'],
    nl: ['Waarde'],
    pl: ['Wartość'],
  },
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

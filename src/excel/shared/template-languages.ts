/**
 * The template's own texts in the languages a register may be kept in (headers, sheet and
 * setting names come from the engine's languages.ts): the Settings rows' explanations, the
 * validation messages, how date columns are shown, and the Date order a new register states.
 * template-spec.ts builds the template in a language from these.
 */
import type { Language } from '../../core';

export interface TemplateTexts {
  /** Number format of date cells (Excel's codes, the same in every language). */
  readonly dateFormat: string;
  /** The Settings' Date order of a new register: the pattern its admins write dates in. */
  readonly dateOrder?: string;
  /** The explanation of each setting, by its English name. */
  readonly about: Readonly<Record<string, string>>;
  readonly notADate: { readonly title: string; readonly message: string };
  readonly unknownLicence: { readonly title: string; readonly message: string };
  readonly unknownStatus: { readonly title: string; readonly message: string };
  readonly notWhole: { readonly title: string; readonly message: string };
  readonly unknownLicenceType: { readonly title: string; readonly message: string };
  readonly yesOrNo: { readonly title: string; readonly message: string };
  /** The Usage table's "Lists every user of the CAL" column: Yes or No. */
  readonly listsEveryUser: { readonly title: string; readonly message: string };
}

// prettier-ignore
export const TEMPLATE_TEXTS: Readonly<Record<Language, TemplateTexts>> = {
  en: {
    dateFormat: 'yyyy-mm-dd',
    about: {
      'As-of date': 'The date the register is judged at. Empty: today.',
      'Stale after days': 'Days without activity after which an assignment is stale.',
      Organisation: 'Shown on the audit sheet.',
      'Date order': 'How text dates such as 01/03/2025 are read: Day first or Month first.',
      'Windows Server CALs kept elsewhere': 'Yes when Windows Server CALs are recorded in another register: the check that Exchange, SharePoint, Skype and Project Server users hold one is then off.',
      'Relies on Microsoft 365 Extended Use Rights': 'Yes when Subscription Edition servers are licensed through Microsoft 365 E3/E5 instead of Software Assurance: every user of them must then hold such a plan.',
    },
    notADate: { title: 'Not a date', message: 'Enter a date such as 2025-03-01.' },
    unknownLicence: { title: 'Unknown licence', message: 'Pick a licence from the list, or keep the wording of your invoice.' },
    unknownStatus: { title: 'Unknown status', message: 'Use Active (or leave empty), Left, Disabled, or Absent for a temporary absence.' },
    notWhole: { title: 'Not a whole number', message: 'Enter a whole number of 0 or more.' },
    unknownLicenceType: { title: 'Unknown licence type', message: 'Licence only, Licence + SA (with Software Assurance), or Subscription.' },
    yesOrNo: { title: 'Yes or No', message: 'Yes once you have checked the row against the Product Terms.' },
    listsEveryUser: { title: 'Yes or No', message: "Yes when the row's source lists every user of its CAL (an Exchange CAL user report)." },
  },
  de: {
    dateFormat: 'dd.mm.yyyy',
    dateOrder: 'TT.MM.JJJJ',
    about: {
      'As-of date': 'Das Datum, zu dem das Register geprüft wird. Leer: heute.',
      'Stale after days': 'Tage ohne Aktivität, nach denen eine Zuweisung veraltet ist.',
      Organisation: 'Steht auf dem Prüfblatt.',
      'Date order': 'Wie Datumsangaben als Text (01.03.2025) gelesen werden: Tag zuerst.',
      'Windows Server CALs kept elsewhere': 'Ja, wenn Windows Server-CALs in einem anderen Register geführt werden: Die Prüfung, ob Exchange-, SharePoint-, Skype- und Project Server-Benutzer eine haben, entfällt dann.',
      'Relies on Microsoft 365 Extended Use Rights': 'Ja, wenn Subscription-Edition-Server über Microsoft 365 E3/E5 statt Software Assurance lizenziert sind: Jeder ihrer Benutzer braucht dann einen solchen Plan.',
    },
    notADate: { title: 'Kein Datum', message: 'Geben Sie ein Datum ein, z. B. 01.03.2025.' },
    unknownLicence: { title: 'Unbekannte Lizenz', message: 'Wählen Sie eine Lizenz aus der Liste oder übernehmen Sie die Bezeichnung der Rechnung.' },
    unknownStatus: { title: 'Unbekannter Status', message: 'Aktiv (oder leer), Ausgeschieden, Deaktiviert, oder Abwesend bei vorübergehender Abwesenheit.' },
    notWhole: { title: 'Keine ganze Zahl', message: 'Geben Sie eine ganze Zahl ab 0 ein.' },
    unknownLicenceType: { title: 'Unbekannte Lizenzform', message: 'Licence only, Licence + SA (mit Software Assurance) oder Subscription.' },
    yesOrNo: { title: 'Ja oder Nein', message: 'Ja, sobald Sie die Zeile mit den Product Terms abgeglichen haben.' },
    listsEveryUser: { title: 'Ja oder Nein', message: 'Ja, wenn die Quelle der Zeile alle Benutzer ihrer CAL auflistet (ein Exchange-CAL-Benutzerbericht).' },
  },
  fr: {
    dateFormat: 'dd/mm/yyyy',
    dateOrder: 'JJ/MM/AAAA',
    about: {
      'As-of date': "La date à laquelle le registre est jugé. Vide : aujourd'hui.",
      'Stale after days': 'Jours sans activité après lesquels une attribution est inactive.',
      Organisation: "Affichée sur la feuille d'audit.",
      'Date order': 'Comment les dates écrites en texte (01/03/2025) sont lues : jour en premier.',
      'Windows Server CALs kept elsewhere': 'Oui si les CAL Windows Server sont tenues dans un autre registre : la vérification que les utilisateurs d\'Exchange, SharePoint, Skype et Project Server en ont une est alors désactivée.',
      'Relies on Microsoft 365 Extended Use Rights': 'Oui si les serveurs en Subscription Edition sont couverts par Microsoft 365 E3/E5 au lieu de la Software Assurance : chacun de leurs utilisateurs doit alors avoir un tel abonnement.',
    },
    notADate: { title: 'Pas une date', message: 'Saisissez une date, par exemple 01/03/2025.' },
    unknownLicence: { title: 'Licence inconnue', message: 'Choisissez une licence dans la liste, ou gardez le libellé de votre facture.' },
    unknownStatus: { title: 'Statut inconnu', message: 'Actif (ou vide), Parti, Désactivé, ou Absent pour une absence temporaire.' },
    notWhole: { title: 'Pas un nombre entier', message: 'Saisissez un nombre entier de 0 ou plus.' },
    unknownLicenceType: { title: 'Type de licence inconnu', message: 'Licence only, Licence + SA (avec Software Assurance) ou Subscription.' },
    yesOrNo: { title: 'Oui ou Non', message: 'Oui une fois la ligne vérifiée dans les Product Terms.' },
    listsEveryUser: { title: 'Oui ou Non', message: 'Oui si la source de la ligne liste tous les utilisateurs de sa CAL (un rapport des utilisateurs de CAL Exchange).' },
  },
  es: {
    dateFormat: 'dd/mm/yyyy',
    dateOrder: 'DD/MM/AAAA',
    about: {
      'As-of date': 'La fecha a la que se evalúa el registro. Vacía: hoy.',
      'Stale after days': 'Días sin actividad tras los que una asignación está inactiva.',
      Organisation: 'Se muestra en la hoja de auditoría.',
      'Date order': 'Cómo se leen las fechas escritas como texto (01/03/2025): día primero.',
      'Windows Server CALs kept elsewhere': 'Sí si las CAL de Windows Server se registran en otro registro: la comprobación de que los usuarios de Exchange, SharePoint, Skype y Project Server tienen una queda desactivada.',
      'Relies on Microsoft 365 Extended Use Rights': 'Sí si los servidores Subscription Edition se licencian con Microsoft 365 E3/E5 en lugar de Software Assurance: cada uno de sus usuarios debe tener entonces ese plan.',
    },
    notADate: { title: 'No es una fecha', message: 'Escriba una fecha, por ejemplo 01/03/2025.' },
    unknownLicence: { title: 'Licencia desconocida', message: 'Elija una licencia de la lista o mantenga el texto de su factura.' },
    unknownStatus: { title: 'Estado desconocido', message: 'Activo (o vacío), Baja, Deshabilitado, o Ausente para una ausencia temporal.' },
    notWhole: { title: 'No es un número entero', message: 'Escriba un número entero de 0 o más.' },
    unknownLicenceType: { title: 'Tipo de licencia desconocido', message: 'Licence only, Licence + SA (con Software Assurance) o Subscription.' },
    yesOrNo: { title: 'Sí o No', message: 'Sí cuando haya comprobado la fila en los Product Terms.' },
    listsEveryUser: { title: 'Sí o No', message: 'Sí si el origen de la fila lista todos los usuarios de su CAL (un informe de usuarios de CAL de Exchange).' },
  },
  it: {
    dateFormat: 'dd/mm/yyyy',
    dateOrder: 'GG/MM/AAAA',
    about: {
      'As-of date': 'La data alla quale il registro viene valutato. Vuota: oggi.',
      'Stale after days': 'Giorni senza attività dopo i quali un’assegnazione è inattiva.',
      Organisation: 'Mostrata sul foglio di audit.',
      'Date order': 'Come si leggono le date scritte come testo (01/03/2025): prima il giorno.',
      'Windows Server CALs kept elsewhere': 'Sì se le CAL Windows Server sono registrate in un altro registro: il controllo che gli utenti di Exchange, SharePoint, Skype e Project Server ne abbiano una viene disattivato.',
      'Relies on Microsoft 365 Extended Use Rights': 'Sì se i server Subscription Edition sono licenziati tramite Microsoft 365 E3/E5 invece della Software Assurance: ogni loro utente deve allora avere tale piano.',
    },
    notADate: { title: 'Non è una data', message: 'Inserire una data, ad esempio 01/03/2025.' },
    unknownLicence: { title: 'Licenza sconosciuta', message: 'Scegliere una licenza dall’elenco o mantenere la dicitura della fattura.' },
    unknownStatus: { title: 'Stato sconosciuto', message: 'Attivo (o vuoto), Cessato, Disabilitato, o Assente per un’assenza temporanea.' },
    notWhole: { title: 'Non è un numero intero', message: 'Inserire un numero intero pari o superiore a 0.' },
    unknownLicenceType: { title: 'Tipo di licenza sconosciuto', message: 'Licence only, Licence + SA (con Software Assurance) o Subscription.' },
    yesOrNo: { title: 'Sì o No', message: 'Sì dopo aver verificato la riga nei Product Terms.' },
    listsEveryUser: { title: 'Sì o No', message: 'Sì se la fonte della riga elenca tutti gli utenti della sua CAL (un report degli utenti CAL di Exchange).' },
  },
  nl: {
    dateFormat: 'dd-mm-yyyy',
    dateOrder: 'DD-MM-JJJJ',
    about: {
      'As-of date': 'De datum waarop het register wordt beoordeeld. Leeg: vandaag.',
      'Stale after days': 'Dagen zonder activiteit waarna een toewijzing verouderd is.',
      Organisation: 'Staat op het auditblad.',
      'Date order': 'Hoe datums als tekst (01-03-2025) worden gelezen: dag eerst.',
      'Windows Server CALs kept elsewhere': 'Ja als Windows Server-CALs in een ander register worden bijgehouden: de controle of gebruikers van Exchange, SharePoint, Skype en Project Server er een hebben, staat dan uit.',
      'Relies on Microsoft 365 Extended Use Rights': 'Ja als Subscription Edition-servers via Microsoft 365 E3/E5 in plaats van Software Assurance zijn gelicentieerd: elke gebruiker ervan moet dan zo\'n abonnement hebben.',
    },
    notADate: { title: 'Geen datum', message: 'Voer een datum in, bijvoorbeeld 01-03-2025.' },
    unknownLicence: { title: 'Onbekende licentie', message: 'Kies een licentie uit de lijst, of houd de omschrijving van uw factuur aan.' },
    unknownStatus: { title: 'Onbekende status', message: 'Actief (of leeg), Uit dienst, Uitgeschakeld, of Afwezig bij tijdelijke afwezigheid.' },
    notWhole: { title: 'Geen geheel getal', message: 'Voer een geheel getal van 0 of meer in.' },
    unknownLicenceType: { title: 'Onbekend licentietype', message: 'Licence only, Licence + SA (met Software Assurance) of Subscription.' },
    yesOrNo: { title: 'Ja of Nee', message: 'Ja zodra u de rij in de Product Terms hebt gecontroleerd.' },
    listsEveryUser: { title: 'Ja of Nee', message: 'Ja als de bron van de rij alle gebruikers van de CAL bevat (een Exchange-CAL-gebruikersrapport).' },
  },
  pl: {
    dateFormat: 'dd.mm.yyyy',
    dateOrder: 'DD.MM.RRRR',
    about: {
      'As-of date': 'Data, na którą oceniany jest rejestr. Puste: dzisiaj.',
      'Stale after days': 'Dni bez aktywności, po których przypisanie jest nieaktualne.',
      Organisation: 'Widoczna na arkuszu audytu.',
      'Date order': 'Jak czytane są daty zapisane jako tekst (01.03.2025): najpierw dzień.',
      'Windows Server CALs kept elsewhere': 'Tak, jeśli CAL Windows Server są prowadzone w innym rejestrze: sprawdzanie, czy użytkownicy Exchange, SharePoint, Skype i Project Server mają taką licencję, jest wtedy wyłączone.',
      'Relies on Microsoft 365 Extended Use Rights': 'Tak, jeśli serwery Subscription Edition są licencjonowane przez Microsoft 365 E3/E5 zamiast Software Assurance: każdy ich użytkownik musi wtedy mieć taki plan.',
    },
    notADate: { title: 'To nie jest data', message: 'Wpisz datę, np. 01.03.2025.' },
    unknownLicence: { title: 'Nieznana licencja', message: 'Wybierz licencję z listy lub zachowaj nazwę z faktury.' },
    unknownStatus: { title: 'Nieznany status', message: 'Aktywny (lub puste), Odszedł, Wyłączony lub Nieobecny przy chwilowej nieobecności.' },
    notWhole: { title: 'To nie jest liczba całkowita', message: 'Wpisz liczbę całkowitą 0 lub większą.' },
    unknownLicenceType: { title: 'Nieznany typ licencji', message: 'Licence only, Licence + SA (z Software Assurance) lub Subscription.' },
    yesOrNo: { title: 'Tak lub Nie', message: 'Tak po sprawdzeniu wiersza w Product Terms.' },
    listsEveryUser: { title: 'Tak lub Nie', message: 'Tak, jeśli źródło wiersza zawiera wszystkich użytkowników jego CAL (raport użytkowników CAL Exchange).' },
  },
};

/**
 * The template's own texts in the languages a register may be kept in (headers, sheet and
 * setting names come from the engine's languages.ts): the Settings rows' explanations, the
 * validation messages, how date columns are shown, and the Date order a new register states.
 * template-spec.ts builds the template in a language from these.
 */
import type { Language } from '../core';

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
    },
    notADate: { title: 'Not a date', message: 'Enter a date such as 2025-03-01.' },
    unknownLicence: { title: 'Unknown licence', message: 'Pick a licence from the list, or keep the wording of your invoice.' },
    unknownStatus: { title: 'Unknown status', message: 'Use Active (or leave empty), Left, Disabled, or Absent for a temporary absence.' },
    notWhole: { title: 'Not a whole number', message: 'Enter a whole number of 0 or more.' },
  },
  de: {
    dateFormat: 'dd.mm.yyyy',
    dateOrder: 'TT.MM.JJJJ',
    about: {
      'As-of date': 'Das Datum, zu dem das Register geprüft wird. Leer: heute.',
      'Stale after days': 'Tage ohne Aktivität, nach denen eine Zuweisung veraltet ist.',
      Organisation: 'Steht auf dem Prüfblatt.',
      'Date order': 'Wie Datumsangaben als Text (01.03.2025) gelesen werden: Tag zuerst.',
    },
    notADate: { title: 'Kein Datum', message: 'Geben Sie ein Datum ein, z. B. 01.03.2025.' },
    unknownLicence: { title: 'Unbekannte Lizenz', message: 'Wählen Sie eine Lizenz aus der Liste oder übernehmen Sie die Bezeichnung der Rechnung.' },
    unknownStatus: { title: 'Unbekannter Status', message: 'Aktiv (oder leer), Ausgeschieden, Deaktiviert, oder Abwesend bei vorübergehender Abwesenheit.' },
    notWhole: { title: 'Keine ganze Zahl', message: 'Geben Sie eine ganze Zahl ab 0 ein.' },
  },
  fr: {
    dateFormat: 'dd/mm/yyyy',
    dateOrder: 'JJ/MM/AAAA',
    about: {
      'As-of date': "La date à laquelle le registre est jugé. Vide : aujourd'hui.",
      'Stale after days': 'Jours sans activité après lesquels une attribution est inactive.',
      Organisation: "Affichée sur la feuille d'audit.",
      'Date order': 'Comment les dates écrites en texte (01/03/2025) sont lues : jour en premier.',
    },
    notADate: { title: 'Pas une date', message: 'Saisissez une date, par exemple 01/03/2025.' },
    unknownLicence: { title: 'Licence inconnue', message: 'Choisissez une licence dans la liste, ou gardez le libellé de votre facture.' },
    unknownStatus: { title: 'Statut inconnu', message: 'Actif (ou vide), Parti, Désactivé, ou Absent pour une absence temporaire.' },
    notWhole: { title: 'Pas un nombre entier', message: 'Saisissez un nombre entier de 0 ou plus.' },
  },
  es: {
    dateFormat: 'dd/mm/yyyy',
    dateOrder: 'DD/MM/AAAA',
    about: {
      'As-of date': 'La fecha a la que se evalúa el registro. Vacía: hoy.',
      'Stale after days': 'Días sin actividad tras los que una asignación está inactiva.',
      Organisation: 'Se muestra en la hoja de auditoría.',
      'Date order': 'Cómo se leen las fechas escritas como texto (01/03/2025): día primero.',
    },
    notADate: { title: 'No es una fecha', message: 'Escriba una fecha, por ejemplo 01/03/2025.' },
    unknownLicence: { title: 'Licencia desconocida', message: 'Elija una licencia de la lista o mantenga el texto de su factura.' },
    unknownStatus: { title: 'Estado desconocido', message: 'Activo (o vacío), Baja, Deshabilitado, o Ausente para una ausencia temporal.' },
    notWhole: { title: 'No es un número entero', message: 'Escriba un número entero de 0 o más.' },
  },
  it: {
    dateFormat: 'dd/mm/yyyy',
    dateOrder: 'GG/MM/AAAA',
    about: {
      'As-of date': 'La data alla quale il registro viene valutato. Vuota: oggi.',
      'Stale after days': 'Giorni senza attività dopo i quali un’assegnazione è inattiva.',
      Organisation: 'Mostrata sul foglio di audit.',
      'Date order': 'Come si leggono le date scritte come testo (01/03/2025): prima il giorno.',
    },
    notADate: { title: 'Non è una data', message: 'Inserire una data, ad esempio 01/03/2025.' },
    unknownLicence: { title: 'Licenza sconosciuta', message: 'Scegliere una licenza dall’elenco o mantenere la dicitura della fattura.' },
    unknownStatus: { title: 'Stato sconosciuto', message: 'Attivo (o vuoto), Cessato, Disabilitato, o Assente per un’assenza temporanea.' },
    notWhole: { title: 'Non è un numero intero', message: 'Inserire un numero intero pari o superiore a 0.' },
  },
  nl: {
    dateFormat: 'dd-mm-yyyy',
    dateOrder: 'DD-MM-JJJJ',
    about: {
      'As-of date': 'De datum waarop het register wordt beoordeeld. Leeg: vandaag.',
      'Stale after days': 'Dagen zonder activiteit waarna een toewijzing verouderd is.',
      Organisation: 'Staat op het auditblad.',
      'Date order': 'Hoe datums als tekst (01-03-2025) worden gelezen: dag eerst.',
    },
    notADate: { title: 'Geen datum', message: 'Voer een datum in, bijvoorbeeld 01-03-2025.' },
    unknownLicence: { title: 'Onbekende licentie', message: 'Kies een licentie uit de lijst, of houd de omschrijving van uw factuur aan.' },
    unknownStatus: { title: 'Onbekende status', message: 'Actief (of leeg), Uit dienst, Uitgeschakeld, of Afwezig bij tijdelijke afwezigheid.' },
    notWhole: { title: 'Geen geheel getal', message: 'Voer een geheel getal van 0 of meer in.' },
  },
  pl: {
    dateFormat: 'dd.mm.yyyy',
    dateOrder: 'DD.MM.RRRR',
    about: {
      'As-of date': 'Data, na którą oceniany jest rejestr. Puste: dzisiaj.',
      'Stale after days': 'Dni bez aktywności, po których przypisanie jest nieaktualne.',
      Organisation: 'Widoczna na arkuszu audytu.',
      'Date order': 'Jak czytane są daty zapisane jako tekst (01.03.2025): najpierw dzień.',
    },
    notADate: { title: 'To nie jest data', message: 'Wpisz datę, np. 01.03.2025.' },
    unknownLicence: { title: 'Nieznana licencja', message: 'Wybierz licencję z listy lub zachowaj nazwę z faktury.' },
    unknownStatus: { title: 'Nieznany status', message: 'Aktywny (lub puste), Odszedł, Wyłączony lub Nieobecny przy chwilowej nieobecności.' },
    notWhole: { title: 'To nie jest liczba całkowita', message: 'Wpisz liczbę całkowitą 0 lub większą.' },
  },
};

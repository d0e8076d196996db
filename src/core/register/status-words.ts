/**
 * The words registers use for an assignee's status, in English and in the other languages a
 * register may be kept in (languages.ts), as data: assignee.ts reads a Status cell through
 * them, and the template's Status pick list offers the first word of each status.
 */
import { foldText, type Language } from './languages';
import type { Status } from './records';

type StatusWords = Readonly<Record<Status, readonly string[]>>;

// prettier-ignore
export const STATUS_WORDS: Readonly<Record<Language, StatusWords>> = {
  en: {
    Active: ['Active', 'Enabled', 'True', 'Yes', 'Current', 'In use', 'Assigned', 'Employed'],
    Left: ['Left', 'Leaver', 'Has left', 'Terminated', 'Departed', 'Former', 'Former employee', 'Retired', 'Deleted', 'Removed', 'Decommissioned'],
    Disabled: ['Disabled', 'Inactive', 'Suspended', 'Locked', 'Blocked', 'False', 'No'],
    Absent: ['Absent', 'On leave', 'Leave', 'Parental leave', 'Maternity leave', 'Paternity leave', 'Sick leave', 'Sabbatical', 'Temporarily absent'],
  },
  de: {
    Active: ['Aktiv', 'Aktuell', 'In Verwendung', 'Zugewiesen', 'Beschäftigt', 'Wahr', 'Ja'],
    Left: ['Ausgeschieden', 'Ausgetreten', 'Gekündigt', 'Ehemalig', 'Ehemaliger Mitarbeiter', 'Gelöscht', 'Entfernt', 'Ausgemustert'],
    Disabled: ['Deaktiviert', 'Inaktiv', 'Gesperrt', 'Gesperrt (AD)', 'Falsch', 'Nein'],
    Absent: ['Abwesend', 'Beurlaubt', 'Urlaub', 'Elternzeit', 'Mutterschutz', 'Krank', 'Sabbatical', 'Vorübergehend abwesend'],
  },
  fr: {
    Active: ['Actif', 'Active', 'En poste', 'Attribué', 'Vrai', 'Oui'],
    Left: ['Parti', 'Partie', 'A quitté', "A quitté l'entreprise", 'Sorti', 'Sortie', 'Ancien employé', 'Supprimé', 'Retiré'],
    Disabled: ['Désactivé', 'Désactivée', 'Inactif', 'Inactive', 'Bloqué', 'Suspendu', 'Faux', 'Non'],
    Absent: ['Absent', 'Absente', 'En congé', 'Congé', 'Congé parental', 'Congé maternité', 'Congé paternité', 'Arrêt maladie', 'Absent temporairement'],
  },
  es: {
    Active: ['Activo', 'Activa', 'En uso', 'Asignado', 'Verdadero', 'Sí'],
    Left: ['Baja', 'De baja', 'Dado de baja', 'Cesado', 'Exempleado', 'Ex empleado', 'Eliminado', 'Retirado'],
    Disabled: ['Deshabilitado', 'Desactivado', 'Inactivo', 'Bloqueado', 'Suspendido', 'Falso', 'No'],
    Absent: ['Ausente', 'De permiso', 'Permiso', 'Excedencia', 'Baja por maternidad', 'Baja por paternidad', 'Baja médica', 'Ausente temporalmente'],
  },
  it: {
    Active: ['Attivo', 'Attiva', 'In servizio', 'In uso', 'Assegnato', 'Vero', 'Sì'],
    Left: ['Cessato', 'Cessata', 'Uscito', 'Uscita', 'Dimesso', 'Ex dipendente', 'Eliminato', 'Rimosso'],
    Disabled: ['Disabilitato', 'Disattivato', 'Inattivo', 'Bloccato', 'Sospeso', 'Falso', 'No'],
    Absent: ['Assente', 'In congedo', 'Congedo', 'Congedo parentale', 'Maternità', 'Malattia', 'Assente temporaneamente'],
  },
  nl: {
    Active: ['Actief', 'In dienst', 'In gebruik', 'Toegewezen', 'Waar', 'Ja'],
    Left: ['Uit dienst', 'Vertrokken', 'Oud-medewerker', 'Verwijderd'],
    Disabled: ['Uitgeschakeld', 'Gedeactiveerd', 'Inactief', 'Geblokkeerd', 'Onwaar', 'Nee'],
    Absent: ['Afwezig', 'Met verlof', 'Verlof', 'Ouderschapsverlof', 'Zwangerschapsverlof', 'Ziek', 'Tijdelijk afwezig'],
  },
  pl: {
    Active: ['Aktywny', 'Aktywna', 'Aktywne', 'Zatrudniony', 'Przypisany', 'Prawda', 'Tak'],
    Left: ['Odszedł', 'Odeszła', 'Zwolniony', 'Zwolniona', 'Były pracownik', 'Usunięty', 'Usunięta'],
    Disabled: ['Wyłączony', 'Wyłączona', 'Nieaktywny', 'Nieaktywna', 'Zablokowany', 'Dezaktywowany', 'Fałsz', 'Nie'],
    Absent: ['Nieobecny', 'Nieobecna', 'Urlop', 'Na urlopie', 'Urlop macierzyński', 'Urlop rodzicielski', 'Zwolnienie lekarskie', 'Chwilowo nieobecny'],
  },
};

/** A status word as compared: folded, single spaces. */
function key(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

const BY_WORD = new Map<string, Status>([['', 'Active']]);
for (const words of Object.values(STATUS_WORDS))
  for (const [status, list] of Object.entries(words) as [Status, readonly string[]][])
    for (const word of list) if (!BY_WORD.has(key(word))) BY_WORD.set(key(word), status);

/** The status a word names, in any of the languages; undefined for a word none of them uses. */
export function statusOfWord(text: string): Status | undefined {
  // Fast path: most cells say "Active" or "Left" as the template writes them.
  return BY_WORD.get(text.toLowerCase()) ?? BY_WORD.get(key(text));
}

/** The template's Status pick list in a language: its first word for each status. */
export function statusChoices(language: Language): string[] {
  const words = STATUS_WORDS[language];
  return (['Active', 'Left', 'Disabled', 'Absent'] as const).map((status) => words[status][0]);
}
